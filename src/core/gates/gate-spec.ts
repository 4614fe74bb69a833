import type { ShellName } from '../policy/gates-schema.ts';

/** Built-in gates: policy checks that land in the signed report like any command. */
export type BuiltinGate = 'scope' | 'dependencies' | 'secrets' | 'test-first';

/** Where a gate was declared, so a bad command can be reported at file:line:col. */
export interface GateOrigin {
  readonly file: string;
  readonly path: readonly (string | number)[];
}

/** One gate ready to schedule: a policy gate, a work-order acceptance command or a built-in check. */
export interface GateSpec {
  readonly id: string;
  readonly kind: string;
  readonly required: boolean;
  readonly needs: readonly string[];
  /** Gates that must have finished (in any state) first; ordering only, e.g. `secrets` reads their logs. */
  readonly after: readonly string[];
  readonly run?: string;
  readonly builtin?: BuiltinGate;
  readonly shell?: ShellName;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly env: readonly string[];
  readonly cache: readonly string[];
  readonly workingDirectory?: string;
  /** Repository-relative file the normalised output must equal. */
  readonly golden?: string;
  readonly origin?: GateOrigin;
}

export type GateStatus = 'pass' | 'fail' | 'flaky' | 'error' | 'skipped' | 'cached';

/** A problem located in a file, parsed from a tool's output. */
export interface Annotation {
  readonly path: string;
  readonly line: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly level: 'error' | 'warning' | 'notice';
  readonly message: string;
  readonly title?: string;
}

/** What one gate ended as; flat, like a process result. */
export interface GateResult {
  readonly id: string;
  readonly kind: string;
  readonly required: boolean;
  readonly status: GateStatus;
  /** Why it is not a plain pass: the skip reason, the timeout, the failing check. */
  readonly reason?: string;
  readonly attempts: number;
  readonly durationMs: number;
  readonly exitCode?: number;
  readonly logDigest?: string;
  readonly annotations: readonly Annotation[];
  readonly cachedFrom?: { readonly runId: string; readonly reportDigest?: string };
  readonly cacheKey?: string;
}
