import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubForge } from '../../../src/adapters/github/create-github-forge.ts';
import { renderApprovalRecord } from '../../../src/core/github/approval-record.ts';
import type { ReportFacts } from '../../../src/core/merge/merge-facts.ts';
import { workOrderSchema } from '../../../src/core/workorder/work-order-schema.ts';
import type { Forge } from '../../../src/ports/forge.ts';
import type { CommitComparison } from '../../../src/ports/git-data-forge.ts';
import { gatherMergeFacts } from '../../../src/workflows/github/gather-merge-facts.ts';
import { publishReportCheck } from '../../../src/workflows/github/publish-report-check.ts';
import { sampleReport } from '../../core/report/report-fixture.ts';
import { mockGitHubApi, type GitHubApiMock } from '../../helpers/github-api.ts';
import { testAppId } from '../../helpers/github-app.ts';
import { createGitHubFake } from '../../helpers/github-fake.ts';
import { testRequest } from '../../helpers/github-octokit.ts';

const repo = 'octo/shop';
const head = '2'.repeat(40);
let api: GitHubApiMock;
let fake: ReturnType<typeof createGitHubFake>;
let forge: Forge;

beforeEach(() => {
  api = mockGitHubApi();
  fake = createGitHubFake(api, { appId: testAppId });
  forge = createGitHubForge({ request: testRequest(), retry: { sleep: async () => {} } });
  fake.addPull(5, 'agent/wo-1/abcdef12', head, ['src/a.ts', 'package.json']);
});
afterEach(() => api.done());

describe('publishReportCheck', () => {
  it('puts a report on its head as one completed check run with every annotation, in batches of 50', async () => {
    const pull = await forge.getPullRequest(repo, 5);
    const report = sampleReport(7, 20);
    const first = await publishReportCheck(forge, repo, pull, report);
    expect(first).toMatchObject({ published: true });
    expect(fake.checkRuns).toHaveLength(1);
    const writes = api.writes().filter((call) => call.path.includes('check-runs'));
    expect(writes.map((call) => (call.body as { output: { annotations?: unknown[] } }).output.annotations?.length ?? 0)).toEqual([50, 50, 40]);
    await publishReportCheck(forge, repo, pull, report);
    expect(fake.checkRuns).toHaveLength(1);
    expect(api.writes().filter((call) => call.path.includes('check-runs')).at(-1)!.body).not.toHaveProperty('output.annotations');
  });

  it('ignores a report for another head without an API call', async () => {
    const pull = await forge.getPullRequest(repo, 5);
    const before = api.calls.length;
    expect(await publishReportCheck(forge, repo, pull, { ...sampleReport(), head: '9'.repeat(40) })).toMatchObject({ published: false, reason: expect.stringContaining('the report is for 9999999') });
    expect(api.calls.length).toBe(before);
  });
});

describe('gatherMergeFacts', () => {
  const workOrder = workOrderSchema.parse({
    apiVersion: 'shopfloor/v1', id: 'wo-1', title: 'T', goal: 'G', kind: 'feature', scope: { paths: ['src/**'] },
    acceptance: { commands: [{ name: 'unit', run: 'npm test' }] }, provenance: { requester: 'octocat' },
  });
  const report: ReportFacts = { trusted: true, headSha: head, baseSha: '1'.repeat(40), workOrderHash: 'h', digest: 'd', gates: [] };
  // `main...head` as compare answers it: main resolved to its head, the PR's files since the merge base.
  const sinceMain: CommitComparison = {
    status: 'ahead', baseSha: 'a'.repeat(40), commits: [], truncated: false, filesTruncated: false,
    files: [{ path: 'src/a.ts', status: 'modified' }, { path: 'package.json', status: 'modified' }],
  };

  it('reads head, main, changes, approvals for this head only (from our own replies) and holds', async () => {
    const mine = { issue: 5, user: { login: 'shopfloor[bot]' }, performed_via_github_app: { id: testAppId } };
    fake.comments.push(
      { ...mine, id: 1, body: `Approved\n${renderApprovalRecord({ user: 'mona', sha: head, permission: 'write' })}` },
      { ...mine, id: 2, body: renderApprovalRecord({ user: 'old', sha: 'f'.repeat(40), permission: 'admin' }) },
      { id: 3, issue: 5, user: { login: 'eve' }, body: renderApprovalRecord({ user: 'eve', sha: head, permission: 'admin' }) },
      { ...mine, id: 4, body: `Held\n<!-- shopfloor:hold user=mona sha=${head} -->` },
    );
    const facts = await gatherMergeFacts(forge, { repo, pullNumber: 5, ownAppId: testAppId, workOrder, workOrderHash: 'h', report, sinceMain });
    expect(facts).toMatchObject({
      headSha: head, mainSha: 'a'.repeat(40), report, packageScriptsChanged: true, requester: 'octocat', agentActor: 'shopfloor[bot]',
      approvals: [{ user: 'mona', sha: head, permission: 'write' }], holds: ['held by @mona with /shopfloor hold'], acceptanceGates: ['acceptance:unit'],
    });
    expect(facts.changes.map((change) => change.path)).toEqual(['src/a.ts', 'package.json']);
  });

  it('takes the files from the comparison, and asks the PR files API only when compare cut the list at 300', async () => {
    const listed = await gatherMergeFacts(forge, { repo, pullNumber: 5, ownAppId: testAppId, workOrder, workOrderHash: 'h', report, sinceMain: { ...sinceMain, files: [{ path: 'src/b.ts', status: 'added' }] } });
    expect(listed.changes).toEqual([{ status: 'A', path: 'src/b.ts', oldMode: '100644', newMode: '100644' }]);
    expect(api.calls.map((call) => call.operationId)).not.toContain('pulls/list-files');
    const cut = await gatherMergeFacts(forge, { repo, pullNumber: 5, ownAppId: testAppId, workOrder, workOrderHash: 'h', report, sinceMain: { ...sinceMain, files: [], filesTruncated: true, truncated: true } });
    expect(cut.changes.map((change) => change.path)).toEqual(['src/a.ts', 'package.json']);
    expect(api.calls.map((call) => call.operationId)).toContain('pulls/list-files');
  });

  it('drops a report about another head', async () => {
    const facts = await gatherMergeFacts(forge, { repo, pullNumber: 5, ownAppId: testAppId, workOrder, workOrderHash: 'h', report: { ...report, headSha: '9'.repeat(40) }, sinceMain });
    expect(facts.report).toBeUndefined();
    expect(facts.holds).toEqual([]);
  });
});
