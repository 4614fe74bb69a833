import type { ReportAgentSpend } from '../../core/report/report-schema.ts';
import type { Platform } from '../../core/env/build-environment.ts';
import type { GateResult, GateSpec } from '../../core/gates/gate-spec.ts';
import type { Policy } from '../../core/policy/policy-schema.ts';
import type { WorkOrder } from '../../core/workorder/work-order-schema.ts';
import type { ArtifactStore } from '../../ports/artifact-store.ts';
import type { CommandLocator } from '../../ports/command-locator.ts';
import type { Git } from '../../ports/git.ts';
import type { PackageRegistries } from '../../ports/package-registry.ts';
import type { ProcessBox, ProcessRunner } from '../../ports/process-runner.ts';
import type { BoxSettings } from '../work-copy/open-work-copy.ts';
import type { RepoFiles } from '../../ports/repo-files.ts';
import type { ReportSigner } from '../../ports/report-signer.ts';

/** What the terminal (or a run document) hears while gates run. */
export type GateProgress =
  | { readonly type: 'planned'; readonly gates: readonly GateSpec[] }
  | { readonly type: 'started'; readonly id: string; readonly at: number }
  | { readonly type: 'retrying'; readonly id: string; readonly attempt: number }
  | { readonly type: 'finished'; readonly result: GateResult };

/** A work order with the file it came from; the text is hashed into the report. */
export interface LoadedWorkOrder {
  readonly value: WorkOrder;
  readonly file: string;
  readonly text: string;
}

/** Everything `verifyChange` needs, passed in: no globals, so the local loop and canary code can call it. */
export interface VerifyChangeOptions {
  readonly repoDir: string;
  /** Revisions; resolved to full SHAs. */
  readonly base: string;
  readonly head: string;
  readonly workOrder?: LoadedWorkOrder;
  /** What the agents that wrote `head` spent; signed into the report when given. */
  readonly agents?: readonly ReportAgentSpend[];
  readonly policy: Policy;
  readonly policyFile: string;
  readonly policyText: string;
  /** `--gates a,b`: run only these and what they need; the verdict is then incomplete. */
  readonly gates?: readonly string[];
  readonly runner: ProcessRunner;
  readonly git: Git;
  readonly store: ArtifactStore;
  /** Publish times, one registry per ecosystem (npm, cargo, pypi), for the dependencies gate. */
  readonly registry: PackageRegistries;
  readonly locator: CommandLocator;
  /** RepoFiles rooted at a directory (golden files, test overlays in worktrees). */
  readonly filesAt: (dir: string) => RepoFiles;
  readonly signer?: ReportSigner;
  readonly clock: { readonly now: () => number };
  readonly onProgress?: (event: GateProgress) => void;
  /** The environment gate environments are built from (allowlisted, never inherited wholesale). */
  readonly sourceEnv: Readonly<Record<string, string | undefined>>;
  /** Secret values this process holds outside `sourceEnv` (the signing key, tokens read from inputs): never in a log. */
  readonly knownSecrets?: readonly string[];
  /** Where temporary worktrees go; never inside the user's checkout. */
  readonly scratchDir: string;
  readonly runId: string;
  readonly environment: { readonly os: Platform; readonly arch: string; readonly node: string; readonly runner: string; readonly cpus: number };
  /** Default: `environment.cpus`. */
  readonly concurrency?: number;
  /** Run in `repoDir` as it is (head must be its HEAD; uncommitted changes mark the report dirty) instead of a clean worktree of `head`. */
  readonly inPlace?: boolean;
  /** Rewrite golden files from this run's output instead of comparing. */
  readonly updateGolden?: boolean;
  readonly signal?: AbortSignal;
  /** What publishing refused of the agent's change (outside the scope) and what was decided: the `scope` gate lists it. */
  readonly refused?: RefusedChanges;
  /** Also attach the report to `head` as a git note under this ref (e.g. `refs/notes/shopfloor`); never for a dirty checkout. */
  readonly noteRef?: string;
}

/**
 * Paths an agent changed outside its scope, left out of the commit and kept as a patch. `hold`: nobody
 * decided yet, the `scope` gate fails and is required; `drop` (policy `scope.outside: drop`) or
 * `accepted` (a user accepted the drop): it still fails, listing them, but does not block.
 */
export interface RefusedChanges {
  readonly paths: readonly string[];
  /** Where the refused patch is kept (artifact store path or digest). */
  readonly patch?: string;
  readonly decision: 'hold' | 'drop' | 'accepted';
  /** Who accepted the drop, and how (`accepted` only). */
  readonly decidedBy?: string;
}

/** Bad input found before any gate ran (unknown gate, missing command): nothing was written. */
export class VerifyInputError extends Error {
  override readonly name = 'VerifyInputError';
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}

/** The facts one gate run needs besides its spec. */
export interface GateContext {
  readonly options: VerifyChangeOptions;
  readonly workDir: string;
  /** The box the gate's processes run in (the work copy, or the checkout with .git masked). */
  readonly box: ProcessBox;
  /** What every box of this verification offers (for gates that make their own work copies). */
  readonly boxSettings: BoxSettings;
  readonly base: string;
  readonly head: string;
  readonly dirty: boolean;
  /** Results of gates that already finished, for gates that read them (secrets reads their logs). */
  readonly finished: ReadonlyMap<string, GateResult>;
}
