import type { Forge } from '../../ports/forge.ts';
import type { SignatureVerifier } from '../../ports/report-signer.ts';
import type { RunStateStore } from '../../ports/run-state-store.ts';
import type { TrainForge } from '../../ports/train-forge.ts';

/** What the App's settings say (read by the entrypoint from env; the repo policy comes from the default branch). */
export interface GitHubAppSettings {
  /** This App's id: its own comments are ignored, and approvals are read only from them. */
  readonly appId: number;
  /** Workflow file dispatched for the implement job, e.g. `shopfloor-implement.yml`. */
  readonly implementWorkflow: string;
  /** Other Apps whose comments may run commands (by App id, never by login). */
  readonly allowedBotAppIds: readonly number[];
  /** Where work orders live in the repo. */
  readonly workOrderDir: string;
  /** The canary workflow file (matched on the run's path); culprit finding and runner reverts are dispatched to it. Default `shopfloor-canary.yml`. */
  readonly canaryWorkflow: string;
  /** The verify workflow file; a merge-train car whose verification is retried is dispatched to it. Default `shopfloor-verify.yml`. */
  readonly verifyWorkflow?: string;
}

/** Everything a GitHub workflow step needs, passed in by the composition root. */
export interface GitHubAppDeps {
  readonly forge: Forge;
  readonly settings: GitHubAppSettings;
  /** Run state refs (`refs/shopfloor/runs/<run id>`), the authoritative run documents. */
  readonly runs: RunStateStore;
  /** Names this handling of one delivery on this App instance (unique across replicas and redeliveries). */
  readonly handler: string;
  /** Called for each compare-and-swap write that lost a race and was planned again. */
  readonly onConflict?: (runId: string) => void;
  /** ISO time for run events. */
  readonly now: () => string;
  /** Hex sha256; workflows stay free of node:crypto. */
  readonly sha256: (text: string) => string;
  readonly log?: (message: string) => void;
  /** Checks signed reports against the policy's signers (Ed25519 in production); without it no report is trusted. */
  readonly verifier?: SignatureVerifier;
  /** The merge train's git writes (staging branches, main by fast-forward); without them the App merges each PR alone. */
  readonly train?: TrainForge;
}

export const defaultAppSettings = {
  implementWorkflow: 'shopfloor-implement.yml',
  allowedBotAppIds: [],
  workOrderDir: 'workorders',
  canaryWorkflow: 'shopfloor-canary.yml',
} as const satisfies Omit<GitHubAppSettings, 'appId'>;
