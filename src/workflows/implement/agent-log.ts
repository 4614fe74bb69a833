import type { Redactor } from '../../core/redaction/redact-secrets.ts';
import type { RunRecorder, RunSection } from '../../ports/run-recorder.ts';

/** Everything an agent run writes to its run document, redacted on the way out. */
export interface AgentLog {
  readonly note: (text: string) => Promise<void>;
  /** A refused action: visible in the role's section and kept for the result. */
  readonly refuse: (what: string, reason: string) => Promise<void>;
  /** Shopfloor's own line in the role's section (what its box did: blocked connections). */
  readonly record: (text: string) => Promise<void>;
  readonly conductor: (text: string) => Promise<void>;
  /** Streams process output into Terminal, whole lines at a time so a secret split across chunks is still caught. */
  readonly terminal: (chunk: string, stream: 'stdout' | 'stderr') => void;
  readonly flushTerminal: () => Promise<void>;
  /** The attempt is over: what is left is flushed, and a Terminal that showed output is marked done. */
  readonly closeTerminal: () => Promise<void>;
  readonly refusals: () => readonly string[];
  readonly redact: Redactor;
}

export function createAgentLog(recorder: RunRecorder, section: RunSection, redact: Redactor): AgentLog {
  const refusals: string[] = [];
  const partial = { stdout: '', stderr: '' };
  let pending: Promise<void> = Promise.resolve();
  let terminalUsed = false;
  const append = (target: RunSection, text: string, source: 'agent' | 'system') => recorder.appendLine(target, redact(text), { source, target: target === 'conductor' || target === 'terminal' ? 'canon' : 'proposal' });
  const emitLines = (text: string) => {
    if (text === '') return;
    // A Terminal that shows output is active until the attempt ends, so a finished run never reads "not finished".
    if (!terminalUsed) pending = pending.then(() => recorder.markSection('terminal', 'active'));
    terminalUsed = true;
    pending = pending.then(() => append('terminal', text, 'agent'));
  };
  const flush = async () => {
    emitLines(partial.stdout);
    emitLines(partial.stderr);
    partial.stdout = '';
    partial.stderr = '';
    await pending;
  };
  return {
    redact,
    note: (text) => append(section, text, 'agent'),
    refuse: async (what, reason) => {
      const line = `refused ${what}: ${reason}`;
      refusals.push(redact(line));
      await append(section, `✗ ${line}`, 'system');
    },
    record: (text) => append(section, text, 'system'),
    conductor: (text) => append('conductor', text, 'system'),
    terminal: (chunk, stream) => {
      const text = partial[stream] + chunk;
      const cut = text.lastIndexOf('\n');
      partial[stream] = cut === -1 ? text : text.slice(cut + 1);
      // Unbounded lines are flushed anyway: a process printing no newline must not grow memory forever.
      if (partial[stream].length > 64 * 1024) {
        emitLines(partial[stream]);
        partial[stream] = '';
      }
      if (cut !== -1) emitLines(text.slice(0, cut));
    },
    flushTerminal: flush,
    closeTerminal: async () => {
      await flush();
      if (terminalUsed) await recorder.markSection('terminal', 'done');
    },
    refusals: () => [...refusals],
  };
}
