import type { Platform } from '../core/env/build-environment.ts';
import type { RefusedConnection } from '../core/isolation/blocked-connections.ts';
import type { Isolation, ProcessBox } from '../core/isolation/process-box.ts';

export type { Isolation, ProcessBox };

export type ShellName = 'bash' | 'sh' | 'pwsh' | 'powershell' | 'cmd';


/** What to run. Either `argv` (no shell: nothing is interpreted) or `script` with a `shell`. */
export type ProcessRequest = {
  readonly cwd: string;
  /** The complete environment; nothing is inherited. Build it with `buildEnvironment`. */
  readonly env: Readonly<Record<string, string>>;
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  readonly input?: string;
  /** Called with each chunk as it arrives (progress displays, live run documents, log files). */
  readonly onOutput?: (chunk: string, stream: 'stdout' | 'stderr') => void;
  /** In-memory capture per stream; beyond it the head is dropped and `truncated` is set. Default 1 MiB. */
  readonly maxCaptureBytes?: number;
  /** Where the judged code may write and what it may read; default: `cwd` alone, no network. */
  readonly box?: ProcessBox;
  /** Called for each connection the box's allowlist refused (only where `box.allowHosts` is enforced). */
  readonly onNetworkRefused?: (connection: RefusedConnection) => void;
} & ({ readonly argv: readonly [string, ...string[]] } | { readonly script: string; readonly shell: ShellName });

/** A finished process, flat like execa's result. A non-zero exit is data, not an exception. */
export interface ProcessResult {
  /** Undefined when the process never started or was killed by a signal. */
  readonly exitCode: number | undefined;
  readonly signal: string | undefined;
  readonly timedOut: boolean;
  readonly aborted: boolean;
  /** Set when the command could not be started at all (not found, not executable). */
  readonly startError: string | undefined;
  readonly durationMs: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly truncated: boolean;
}

/** Runs commands; a timeout or abort kills the whole process tree (taskkill /T /F on Windows). */
export interface ProcessRunner {
  readonly platform: Platform;
  /** Whether what this runner starts is confined; reports record it and signing depends on it. */
  readonly isolation: Isolation;
  readonly run: (request: ProcessRequest) => Promise<ProcessResult>;
}
