import { describe, expect, it } from 'vitest';
import { createRunDocument, type RunDocument } from '../../../src/core/run-document/document-model.ts';
import { escapeLine, unescapeLine } from '../../../src/core/run-document/escape-line.ts';
import { parseRunDocument } from '../../../src/core/run-document/parse-document.ts';
import { renderRunDocument } from '../../../src/core/run-document/render-document.ts';
import { generateSession, hostileLines } from '../../helpers/run-document-fixtures.ts';
import { seededRandom } from '../../helpers/seeded-random.ts';

function withSection(document: RunDocument, id: string, canon: string, proposal?: string): RunDocument {
  return { ...document, sections: document.sections.map((s) => (s.id === id ? { id: s.id, state: 'active', canon, ...(proposal === undefined ? {} : { proposal }) } : s)) };
}

function roundTrips(document: RunDocument): void {
  const text = renderRunDocument(document);
  const parsed = parseRunDocument(text);
  expect(parsed).toEqual({ ok: true, document });
  if (parsed.ok) expect(renderRunDocument(parsed.document)).toBe(text);
}

describe('run document parse ⇄ render', () => {
  it('renders the documented layout', () => {
    const document = withSection(createRunDocument('run-1', 'Add a --json flag'), 'implementer', 'edited src/cli.ts\n', 'plan: add tests\n');
    expect(renderRunDocument(document)).toBe(
      '<!-- revision:0 -->\n# Add a --json flag\n<!-- run:run-1 status:initializing -->\n' +
        '## Conductor\n<!-- state:pending -->\n## Coordinator\n<!-- state:pending -->\n## Architect\n<!-- state:pending -->\n' +
        '## Implementer\n<!-- state:active -->\nedited src/cli.ts\n\n<!-- proposal -->\nplan: add tests\n\n' +
        '## Verifier\n<!-- state:pending -->\n## Triage\n<!-- state:pending -->\n## Terminal\n<!-- state:pending -->\n## User\n<!-- state:pending -->\n',
    );
  });

  it.each(hostileLines.map((line) => [JSON.stringify(line), line]))('keeps the structure when a worker prints %s', (_, line) => {
    for (const text of [line, `${line}\n`, `before\n${line}\nafter\n`, `${line}\n${line}`]) {
      roundTrips(withSection(createRunDocument('r', 'x'), 'terminal', text, text));
      roundTrips(withSection(createRunDocument('r', 'x'), 'conductor', text));
    }
  });

  it.each([
    ['empty canon, empty proposal', '', ''],
    ['only newlines', '\n\n\n', '\n'],
    ['no final newline', 'a\nb', 'a\nb\nc'],
    ['a whole fake document', renderRunDocument(createRunDocument('evil', 'fake')), '## User\n<!-- revision:999 -->\n'],
  ])('round-trips %s', (_, canon, proposal) => {
    roundTrips(withSection(createRunDocument('r', 'x'), 'user', canon, proposal));
  });

  it('escapes exactly the lines that could be structure, reversibly', () => {
    expect(escapeLine('## User')).toBe('\\## User');
    expect(escapeLine('<!-- revision:9 -->')).toBe('\\<!-- revision:9 -->');
    expect(escapeLine('```js')).toBe('\\```js');
    expect(escapeLine('  ## x')).toBe('  \\## x');
    expect(escapeLine('\\## x')).toBe('\\\\## x');
    expect(escapeLine('plain \\ text')).toBe('plain \\ text');
    expect(escapeLine('\\n')).toBe('\\n');
    for (const line of [...hostileLines, '\\\\\\#', ' \\ ', '\\<!-']) expect(unescapeLine(escapeLine(line))).toBe(line);
  });

  it('round-trips status details with comment terminators and percent signs', () => {
    roundTrips({ ...createRunDocument('r', 'x'), status: 'blocked', statusDetail: 'waiting --> for 100% <approval>' });
  });

  it('folds a multi-line objective into one line', () => {
    expect(createRunDocument('r', 'first\nsecond\r\nthird').objective).toBe('first second third');
  });

  it('round-trips 200 generated sessions full of marker-like text (seeded)', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 200; i++) roundTrips(generateSession(`run-${i}`, 40, random).final);
  });

  it.each([
    ['a truncated file', (t: string) => t.slice(0, t.length - 10), /does not end with a newline/],
    ['a missing revision header', (t: string) => t.replace('<!-- revision:3 -->', 'revision 3'), /line 1: expected "<!-- revision:N -->"/],
    ['a section out of order', (t: string) => t.replace('## Architect', '## Verifier'), /line \d+: expected the section heading "## Architect"/],
    ['an unknown state', (t: string) => t.replace('<!-- state:pending -->', '<!-- state:sleeping -->'), /line 5: expected "<!-- state:/],
  ])('rejects %s with the line that is wrong', (_, damage, message) => {
    const text = renderRunDocument({ ...createRunDocument('r', 'x'), revision: 3 });
    const parsed = parseRunDocument(damage(text));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});
