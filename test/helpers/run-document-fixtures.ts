import { createRunDocument, type DocumentSection, type RunDocument } from '../../src/core/run-document/document-model.ts';
import type { Patch, PatchBody } from '../../src/core/run-document/patch-types.ts';
import { createRunLedger } from '../../src/core/run-document/run-ledger.ts';
import type { RevisionEvent } from '../../src/core/run-document/run-events.ts';
import { documentSections } from '../../src/core/run-document/document-model.ts';

/** Text a hostile or just unlucky worker may print: markers of the document format, HTML, fences. */
export const hostileLines = [
  '## User',
  '# Title',
  '<!-- revision:9 -->',
  '<!-- proposal -->',
  '<!-- state:done -->',
  '<!-- run:other status:completed -->',
  '```',
  '~~~ts',
  '\\## User',
  '\\\\<!-- proposal -->',
  '   ## indented heading',
  '\t<!-- tabbed -->',
  '<script>alert(1)</script>',
  'crlf line\r',
  'emoji 🧪 and ü and 中文',
  '',
  '\\',
  '-->',
];

export function patch(runId: string, patchId: string, body: PatchBody, source: Patch['source'] = 'agent'): Patch {
  return { runId, patchId, source, ...body } as Patch;
}

/** A deterministic stream of valid patches and the events a writer would emit for them. */
export function generateSession(runId: string, count: number, random: () => number): { events: RevisionEvent[]; final: RunDocument } {
  const ledger = createRunLedger(createRunDocument(runId, `Objective of ${runId}`));
  const events: RevisionEvent[] = [];
  for (let i = 0; events.length < count; i++) {
    const section = documentSections[Math.floor(random() * documentSections.length)] as DocumentSection;
    const roll = random();
    const text = `${runId} line ${i} ${hostileLines[i % hostileLines.length]}`;
    const body: PatchBody =
      roll < 0.55 ? { kind: 'append-log-line', section, target: random() < 0.3 ? 'proposal' : 'canon', text }
      : roll < 0.7 ? { kind: 'edit', section, target: 'canon', ops: [{ op: 'insert', text: `[${i}]` }] }
      : roll < 0.8 ? { kind: 'mark-section-state', section, state: (['active', 'done', 'pending'] as const)[i % 3]! }
      : roll < 0.9 ? { kind: 'commit-proposal', section }
      : roll < 0.97 ? { kind: 'discard-proposal', section }
      : { kind: 'set-status', status: (['running', 'waiting', 'blocked'] as const)[i % 3]!, detail: `step ${i}` };
    const outcome = ledger.submit(patch(runId, `p${i}`, body), `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`);
    if (outcome.kind === 'applied') events.push(outcome.event);
  }
  return { events, final: ledger.document() };
}
