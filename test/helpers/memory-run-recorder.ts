import type { RunRecorder, RunSection, RunStatus, SectionState } from '../../src/ports/run-recorder.ts';

export interface RecordedLine {
  readonly section: RunSection;
  readonly text: string;
  readonly target: 'proposal' | 'canon';
  readonly source: 'agent' | 'user' | 'system';
}

/** An in-memory RunRecorder: everything written is kept in order so tests can read the run document back. */
export function createMemoryRunRecorder(runId = 'run-test'): RunRecorder & {
  readonly lines: RecordedLine[];
  readonly states: Map<RunSection, SectionState>;
  readonly statuses: { status: RunStatus; detail?: string }[];
  readonly text: (section?: RunSection) => string;
} {
  const lines: RecordedLine[] = [];
  const states = new Map<RunSection, SectionState>();
  const statuses: { status: RunStatus; detail?: string }[] = [];
  return {
    runId,
    lines,
    states,
    statuses,
    text: (section) => lines.filter((line) => !section || line.section === section).map((line) => line.text).join('\n'),
    appendLine: async (section, text, options) => void lines.push({ section, text, target: options?.target ?? 'proposal', source: options?.source ?? 'agent' }),
    markSection: async (section, state) => void states.set(section, state),
    setStatus: async (status, detail) => void statuses.push(detail === undefined ? { status } : { status, detail }),
    commitProposal: async (section) => {
      for (const line of lines) if (line.section === section && line.target === 'proposal') Object.assign(line, { target: 'canon' });
    },
    discardProposal: async (section) => {
      for (let index = lines.length - 1; index >= 0; index--) if (lines[index]!.section === section && lines[index]!.target === 'proposal') lines.splice(index, 1);
    },
  };
}
