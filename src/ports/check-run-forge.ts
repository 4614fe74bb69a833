/** The slice of a forge a check run needs (GitHub's Checks API shape, kept small). */
export type CheckRunStatus = 'queued' | 'in_progress' | 'completed';
export type CheckRunConclusion = 'success' | 'failure' | 'neutral' | 'cancelled' | 'timed_out' | 'action_required' | 'skipped';

export interface CheckRunOutput {
  readonly title: string;
  /** GitHub limit: 65,535 characters. */
  readonly summary: string;
  readonly text?: string;
}

export interface CheckRunState {
  readonly status: CheckRunStatus;
  /** Required by GitHub when status is `completed`. */
  readonly conclusion?: CheckRunConclusion;
  readonly output: CheckRunOutput;
  readonly detailsUrl?: string;
}

export interface CheckRunForge {
  readonly createCheckRun: (repo: string, headSha: string, name: string, state: CheckRunState) => Promise<{ readonly id: number }>;
  readonly updateCheckRun: (repo: string, checkRunId: number, state: CheckRunState) => Promise<void>;
}
