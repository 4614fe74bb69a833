/**
 * The run document: one per run id, the live record of what every agent role is doing. A section holds
 * canon text (accepted) and optionally a proposal (live worker text that replaces the canon when
 * committed). The revision counts applied patches; it never goes down.
 */
export const documentSections = ['conductor', 'coordinator', 'architect', 'implementer', 'verifier', 'triage', 'terminal', 'user'] as const;
export type DocumentSection = (typeof documentSections)[number];

export const sectionStates = ['pending', 'active', 'done', 'failed'] as const;
export type DocumentSectionState = (typeof sectionStates)[number];

export const runStatuses = ['initializing', 'running', 'waiting', 'completing', 'completed', 'failed', 'blocked'] as const;
export type DocumentRunStatus = (typeof runStatuses)[number];

/** Statuses after which the run accepts no more patches. */
export const finalRunStatuses: readonly DocumentRunStatus[] = ['completed', 'failed'];

/** Headings as they appear in the rendered document, in document order. */
export const sectionTitles = {
  conductor: 'Conductor',
  coordinator: 'Coordinator',
  architect: 'Architect',
  implementer: 'Implementer',
  verifier: 'Verifier',
  triage: 'Triage',
  terminal: 'Terminal',
  user: 'User',
} as const satisfies Record<DocumentSection, string>;

export interface DocumentSectionContent {
  readonly id: DocumentSection;
  readonly state: DocumentSectionState;
  readonly canon: string;
  /** Absent when no worker is proposing anything for this section. */
  readonly proposal?: string;
}

export interface RunDocument {
  readonly runId: string;
  readonly revision: number;
  /** One line; newlines are folded to spaces when the run is created. */
  readonly objective: string;
  readonly status: DocumentRunStatus;
  /** Free text explaining the status (why blocked, why failed); one line, may be empty. */
  readonly statusDetail: string;
  /** Always all sections, in `documentSections` order. */
  readonly sections: readonly DocumentSectionContent[];
}

const runIdPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** A run id is also a directory name and a URL segment, so it is kept to a safe alphabet. */
export function checkRunId(runId: string): { ok: true } | { ok: false; reason: string } {
  if (runIdPattern.test(runId) && !runId.includes('..')) return { ok: true };
  return { ok: false, reason: `run id "${runId.slice(0, 120)}" is not valid: use 1-100 letters, digits, ".", "_" or "-", starting with a letter or digit` };
}

/** A fresh document at revision 0: every section pending and empty, status `initializing`. */
export function createRunDocument(runId: string, objective: string): RunDocument {
  return {
    runId,
    revision: 0,
    objective: foldLine(objective).trim() || 'Untitled run',
    status: 'initializing',
    statusDetail: '',
    sections: documentSections.map((id) => ({ id, state: 'pending', canon: '' })),
  };
}

/** Newlines and carriage returns folded to spaces: for one-line fields such as the objective. */
export function foldLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ');
}

export function sectionIndex(section: string): number {
  return (documentSections as readonly string[]).indexOf(section);
}

export function getSection(document: RunDocument, section: DocumentSection): DocumentSectionContent {
  return document.sections[sectionIndex(section)]!;
}

export function isDocumentSection(value: string): value is DocumentSection {
  return sectionIndex(value) >= 0;
}
