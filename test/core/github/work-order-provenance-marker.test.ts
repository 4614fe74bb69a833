import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { withKeyMarker } from '../../../src/core/github/forge-key.ts';
import { issueToWorkOrder } from '../../../src/core/github/issue-work-order.ts';
import { renderWorkOrderIssue } from '../../../src/core/github/render-bug-issue.ts';
import { readProvenanceMarker, renderProvenanceMarker } from '../../../src/core/github/work-order-provenance-marker.ts';
import { buildBugWorkOrder } from '../../../src/core/revert/build-bug-work-order.ts';
import { checkWorkOrderFile } from '../../../src/core/workorder/check-work-order-file.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const culprit = 'c'.repeat(40);
const appId = 4242;
const bug = (run = 'npm run smoke') => buildBugWorkOrder({
  culprit: { sha: culprit, subject: 'Add the feature', files: ['src/app.ts'] }, revertSha: 'a'.repeat(40), revertBranch: `shopfloor/revert/${culprit.slice(0, 12)}`,
  failingCheck: { name: 'smoke', run }, workOrders: ['issue-1'], testGlobs: ['test/**'],
}).workOrder;
/** The body the App's `ensureIssue` writes for a bug work order. */
const appBody = (run?: string) => withKeyMarker(`revert-bug/${culprit}`, renderWorkOrderIssue(bug(run), [{ heading: 'Evidence', lines: ['- Revert pull request: #9'] }]));
const issue = (body: string, authorAppId?: number) => ({ number: 50, title: bug().title, body, author: authorAppId ? 'shopfloor[bot]' : 'mallory', labels: ['shopfloor', 'bug'], ...(authorAppId !== undefined ? { authorAppId } : {}) });

describe('a bug work order issue through intake', () => {
  it("keeps revertOf, repro, kind and scope when this App opened the issue, and the YAML passes the work order rules", () => {
    const result = issueToWorkOrder(issue(appBody(), appId), sha256, appId);
    expect(result).toMatchObject({ ok: true, fromForm: true, removedHidden: 0 });
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      id: 'issue-50', kind: 'bugfix', repro: bug().repro, scope: { paths: ['src/app.ts', 'test/**'] },
      provenance: { issue: 50, requester: 'shopfloor[bot]', source: 'canary', revertOf: culprit },
    });
    expect(checkWorkOrderFile(stringify(result.value), 'workorders/issue-50.yml').findings).toEqual([]);
  });

  it.each([
    ['a person pastes the App\'s body into their own issue', undefined, appId],
    ['another App opened it', 777, appId],
    ['the caller names no App of its own', appId, undefined],
  ])('ignores the marker when %s: source issue, no revertOf, no repro', (_case, authorAppId, ownAppId) => {
    const result = issueToWorkOrder(issue(appBody(), authorAppId), sha256, ownAppId);
    expect(result).toMatchObject({ ok: true, value: { kind: 'bugfix', provenance: { issue: 50, source: 'issue' } } });
    expect(result.ok && result.value.provenance).not.toHaveProperty('revertOf');
    expect(result.ok && result.value).not.toHaveProperty('repro');
  });
});

describe('readProvenanceMarker', () => {
  it.each([
    ['the App body', appBody(), { revertOf: culprit, repro: bug().repro }],
    ['a reproducer that contains "-->" and quotes', appBody('npm run smoke -- --grep "a --> b"'), { revertOf: culprit, repro: { run: 'npm run smoke -- --grep "a --> b"' } }],
    ['CRLF line ends', appBody().replace(/\n/g, '\r\n'), { revertOf: culprit }],
    ['only the key marker (an issue opened before the marker existed)', `<!-- shopfloor:key=revert-bug/${culprit} -->\n### Goal\n\nx`, { revertOf: culprit }],
    ['a key marker that is not on the first line', `quote:\n<!-- shopfloor:key=revert-bug/${culprit} -->\n`, undefined],
    ['a marker that does not decode', '<!-- shopfloor:work-order-provenance %E0%A4%A -->', undefined],
    ['a marker whose data fails the schema', `<!-- shopfloor:work-order-provenance ${encodeURIComponent(JSON.stringify({ revertOf: 'not-a-sha' }))} -->`, undefined],
    ['a marker with an extra field', `<!-- shopfloor:work-order-provenance ${encodeURIComponent(JSON.stringify({ revertOf: culprit, status: 'done' }))} -->`, undefined],
    ['a plain issue', 'It crashes.', undefined],
  ])('%s', (_case, body, expected) => {
    const read = readProvenanceMarker(body);
    if (expected === undefined) expect(read).toBeUndefined();
    else expect(read).toMatchObject(expected);
  });

  it('writes no marker for a work order that reverts nothing', () => {
    const { provenance: _provenance, ...rest } = bug();
    expect(renderProvenanceMarker(rest as ReturnType<typeof bug>)).toBeUndefined();
    expect(renderWorkOrderIssue(rest as ReturnType<typeof bug>)).not.toContain('<!--');
  });
});
