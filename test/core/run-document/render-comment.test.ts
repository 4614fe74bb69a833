import { describe, expect, it } from 'vitest';
import { createRunDocument, type DocumentSectionContent, type RunDocument } from '../../../src/core/run-document/document-model.ts';
import { diffProposal } from '../../../src/core/run-document/proposal-diff.ts';
import { renderRunComment } from '../../../src/core/run-document/render-comment.ts';

function documentWith(sections: Partial<Record<DocumentSectionContent['id'], Partial<DocumentSectionContent>>>): RunDocument {
  const base = createRunDocument('run-7', 'Fix the parser');
  return { ...base, status: 'running', revision: 12, sections: base.sections.map((s) => ({ ...s, ...sections[s.id] })) };
}

describe('renderRunComment', () => {
  it('shows status, revision, section states, canon and proposals as a diff', () => {
    const body = renderRunComment(documentWith({ implementer: { state: 'active', canon: 'a\nb\n', proposal: 'a\nc\n' } }));
    expect(body).toContain('<!-- shopfloor:run-document run=run-7 -->\n### 🔄 Running: Fix the parser\n\nRevision 12\n');
    expect(body).toContain('- [ ] Conductor\n- [ ] Coordinator\n- [ ] Architect\n- [ ] Implementer — running\n');
    expect(body).toContain('#### Implementer ●\n\na\nb\n\nProposal (not yet accepted):\n\n```diff\n a\n-b\n+c\n```');
    expect(body).not.toContain('#### Verifier');
  });

  it('ticks each finished phase and always links the Actions run', () => {
    const body = renderRunComment(documentWith({ conductor: { state: 'done', canon: 'plan\n' }, implementer: { state: 'done' }, verifier: { state: 'failed' } }), { fullLogUrl: 'https://github.com/o/r/actions/runs/5' });
    expect(body).toContain('Revision 12 · [Actions run](https://github.com/o/r/actions/runs/5)\n');
    expect(body).toContain('- [x] Conductor\n');
    expect(body).toContain('- [x] Implementer\n- [ ] Verifier — failed\n');
  });

  it("keeps an agent's closed code fence as a fence, and escapes one that is never closed", () => {
    const body = renderRunComment(documentWith({ implementer: { canon: 'Here:\n```ts\nconst a = 1; // @octocat\n<!-- shopfloor:run-state -->\n# not a heading\n```\n~~~\nnever closed\n## Verifier\n' } }));
    expect(body).toContain('Here:\n```ts\nconst a = 1; // @\u2060octocat\n\\<!-- shopfloor:run-state -->\n# not a heading\n```\n\\~~~\nnever closed\n\\## Verifier');
  });

  it('fences Terminal output with more backticks than it contains, and escapes marker lines elsewhere', () => {
    const body = renderRunComment(documentWith({ terminal: { canon: 'before\n````\n## User\n' }, user: { canon: '## User\n<!-- revision:9 -->\n' } }));
    expect(body).toContain('`````text\nbefore\n````\n## User\n`````');
    expect(body).toContain('#### User ○\n\n\\## User\n\\<!-- revision:9 -->');
  });

  it.each([
    ['a generous limit', 100_000, false],
    ['a tight limit', 3_000, true],
  ])('under %s keeps the canon and cuts only the oldest Terminal lines', (_, maxChars, cut) => {
    const terminal = Array.from({ length: 200 }, (_, i) => `line ${String(i).padStart(3, '0')} ${'.'.repeat(20)}`).join('\n');
    const body = renderRunComment(documentWith({ conductor: { canon: 'The plan stays.\n' }, terminal: { canon: `${terminal}\n` } }), { maxChars, fullLogUrl: 'https://example.test/log' });
    expect(body.length).toBeLessThanOrEqual(maxChars);
    expect(body).toContain('The plan stays.');
    expect(body).toContain('line 199');
    expect(body.includes('line 000')).toBe(!cut);
    if (cut) expect(body).toMatch(/_\d+ earlier lines left out to fit GitHub's size limit; \[full log\]\(https:\/\/example\.test\/log\)\._/);
  });

  it('drops proposals before it ever cuts canon, and cuts canon only as a last resort', () => {
    const big = 'p'.repeat(5_000);
    const withProposal = renderRunComment(documentWith({ conductor: { canon: 'canon\n' }, architect: { canon: 'x\n', proposal: `${big}\n` } }), { maxChars: 2_000 });
    expect(withProposal).toContain('canon');
    expect(withProposal).toContain('_A proposal is pending (left out to fit GitHub\'s size limit)._');
    const huge = renderRunComment(documentWith({ conductor: { canon: `${'c'.repeat(10_000)}\n` } }), { maxChars: 2_000 });
    expect(huge.length).toBeLessThanOrEqual(2_000);
    expect(huge).toMatch(/… cut at 2,000 characters; the full document is in the run store\.\n$/);
  });
});

describe('diffProposal', () => {
  it.each([
    ['an append', 'a\nb\n', 'a\nb\nc\n', ['  a', '  b', '+ c']],
    ['a rewrite in the middle', 'a\nb\nc\n', 'a\nB\nc\n', ['  a', '- b', '+ B', '  c']],
    ['a deletion', 'a\nb\nc\n', 'a\nc\n', ['  a', '- b', '  c']],
    ['a fresh proposal', '', 'x\n', ['+ x']],
  ])('marks %s', (_, canon, proposal, expected) => {
    expect(diffProposal(canon, proposal).map((l) => `${l.kind === 'same' ? ' ' : l.kind === 'added' ? '+' : '-'} ${l.text}`)).toEqual(expected);
  });
});
