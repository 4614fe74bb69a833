import type { PreparedScope } from '../../core/agents/path-guard.ts';
import type { ApprovalFact } from '../../core/merge/merge-facts.ts';
import type { StoryEvent } from '../../core/loop/render-loop-story.ts';
import type { WorkOrderProgress } from '../../core/loop/work-order-progress.ts';
import type { WorkOrder } from '../../core/workorder/work-order-schema.ts';
import type { AgentProvider } from '../../ports/agent-provider.ts';
import type { AgentWorkspace } from '../../ports/agent-workspace.ts';
import type { Git } from '../../ports/git.ts';
import type { ProcessRunner } from '../../ports/process-runner.ts';
import type { RunRecorder } from '../../ports/run-recorder.ts';
import type { SignatureVerifier } from '../../ports/report-signer.ts';
import type { ScratchSpace } from '../../ports/scratch-space.ts';
import type { TrustedKey } from '../verify/check-report.ts';
import type { VerifyChangeOptions } from '../verify/verify-types.ts';

/** What the verify step takes from the composition root: adapters, signer, clock, environment. */
export type VerifyBase = Pick<VerifyChangeOptions, 'git' | 'runner' | 'store' | 'registry' | 'locator' | 'filesAt' | 'signer' | 'clock' | 'sourceEnv' | 'environment' | 'concurrency'>;

/** A provider for one work order, or why there is none (then the work order is held, not failed). */
export type ProviderChoice = { readonly ok: true; readonly provider: AgentProvider; readonly ownKeyEnv?: string } | { readonly ok: false; readonly reason: string; readonly releaseBy: string };

/** A run document that is open: its recorder, and `close` to end it. */
export interface OpenRun {
  readonly runId: string;
  readonly recorder: RunRecorder;
  readonly close: () => Promise<void>;
}

/** Everything the local loop touches, passed in by the composition root. */
export interface LoopPorts {
  readonly git: Git;
  readonly runner: ProcessRunner;
  readonly scratch: ScratchSpace;
  readonly verify: VerifyBase;
  /** Keys whose reports may merge here: the policy's `signers` plus this repository's local key. */
  readonly trusted: readonly TrustedKey[];
  readonly verifier: SignatureVerifier;
  readonly providerFor: (workOrder: WorkOrder) => Promise<ProviderChoice>;
  readonly createWorkspace: (root: string, scope: PreparedScope) => AgentWorkspace;
  readonly hash: (text: string) => string;
  /** Opens a run document (`.shopfloor/runs/<runId>`) before anything else happens. */
  readonly openRun: (runId: string, objective: string) => Promise<OpenRun>;
  /** Approvals recorded with `shopfloor approve`, each bound to an agent branch SHA. */
  readonly approvalsFor: (workOrderId: string) => Promise<readonly ApprovalFact[]>;
  /** Appends one JSON line to `.shopfloor/records/` (merge attempts, canaries) for metrics. */
  readonly record: (line: Readonly<Record<string, unknown>>) => Promise<void>;
  readonly readText: (path: string) => Promise<string>;
  readonly clock: () => number;
  readonly randomHex: (bytes: number) => string;
}

/** How a run is configured. */
export interface LoopOptions {
  readonly repoDir: string;
  readonly main: string;
  readonly parallel: number;
  /** Dispatch the work orders ready at the start, land them, then stop. */
  readonly once: boolean;
  /** Land through the merge train (`core/train`): candidates verified at once, each on the one ahead, instead of one at a time. */
  readonly speculative?: boolean;
  /** Where this run's worktrees go (`.shopfloor/worktrees`); emptied at start. */
  readonly worktreesDir: string;
  /** Where patch series go without a remote (`.shopfloor/patches`). */
  readonly patchesDir: string;
  /** The environment agents and gates are built from (allowlisted further down). */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly secrets: readonly string[];
  /** Work orders to give a fresh agent attempt even when unchanged (`--retry`). */
  readonly retry?: readonly string[];
  /** Work orders whose refused out-of-scope part a user accepted to drop (`--accept-drop`), and who. */
  readonly acceptDrop?: { readonly ids: readonly string[]; readonly by: string };
  readonly signal?: AbortSignal;
  readonly onProgress?: (rows: readonly WorkOrderProgress[]) => void;
  readonly onEvent?: (event: LoopEvent) => void;
}

/** What happened on main, in order: the story the demo and the JSON output tell. */
export type LoopEvent = StoryEvent;
