/**
 * Where an agent run reports what it does, live. The run-document adapters implement it (file, PR
 * comment, check run, web view); everything an agent does goes through it, already redacted.
 */
export const runSections = ['conductor', 'coordinator', 'architect', 'implementer', 'verifier', 'triage', 'terminal', 'user'] as const;
export type RunSection = (typeof runSections)[number];
export type SectionState = 'pending' | 'active' | 'done' | 'failed';
export type RunStatus = 'initializing' | 'running' | 'waiting' | 'completing' | 'completed' | 'failed' | 'blocked';

export interface RunRecorder {
  readonly runId: string;
  /** Appends one line (or several, newline-separated) to a section; proposals stay apart from canon. */
  readonly appendLine: (section: RunSection, text: string, options?: { readonly target?: 'proposal' | 'canon'; readonly source?: 'agent' | 'user' | 'system' }) => Promise<void>;
  readonly markSection: (section: RunSection, state: SectionState) => Promise<void>;
  readonly setStatus: (status: RunStatus, detail?: string) => Promise<void>;
  /** Moves a section's proposal into its canon (or discards it). */
  readonly commitProposal: (section: RunSection) => Promise<void>;
  readonly discardProposal: (section: RunSection) => Promise<void>;
}
