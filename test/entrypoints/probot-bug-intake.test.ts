import { afterEach, beforeEach, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkWorkOrderFile } from '../../src/core/workorder/check-work-order-file.ts';
import { mockGitHubApi, type GitHubApiMock } from '../helpers/github-api.ts';
import { createTestProbot, testAppId } from '../helpers/github-app.ts';
import { createGitHubFake } from '../helpers/github-fake.ts';
import { createGitStore } from '../helpers/github-fake-git.ts';
import { driveRedCanary, seedAgentMerge } from '../helpers/github-lifecycle-canary.ts';
import { examplePayload } from '../helpers/github-payloads.ts';

let api: GitHubApiMock;
beforeEach(() => {
  api = mockGitHubApi();
});
afterEach(() => api.done());

const policy = 'apiVersion: shopfloor/v1\ncanary:\n  flows:\n    - id: smoke\n      run: npm run smoke\nrevert:\n  maxPerDay: 2\n';

/**
 * A red canary makes the App open its bug work order issue; then GitHub's `issues.labeled` for that
 * issue (body as the App wrote it), sent either as the App's issue (`performed_via_github_app`, the
 * `[bot]` author) or as a person's copy of the same body. Returns the work order intake committed.
 */
async function labelBugIssue(author: 'app' | 'person') {
  const { probot, app } = await createTestProbot();
  const store = createGitStore();
  const fake = createGitHubFake(api, { appId: testAppId, routes: [store.route] });
  fake.files.set('main:.github/shopfloor.yml', { text: policy, sha: 'p'.repeat(40) });
  const seed = seedAgentMerge(fake, store, { lastGood: true });
  const bug = (await driveRedCanary({ probot, idle: app.idle, api, fake, store })).bugIssue!;
  const appObject = examplePayload('check_run.created').check_run.app;
  const payload = examplePayload('issues.labeled', (p) => {
    p.label.name = 'shopfloor';
    Object.assign(p.issue, { number: bug.number, title: bug.title, body: bug.body, labels: bug.labels.map((label) => ({ ...p.issue.labels[0], name: label.name })) });
    if (author === 'app') {
      p.issue.performed_via_github_app = { ...appObject, id: testAppId, slug: 'shopfloor', name: 'Shopfloor' };
      p.issue.user = { ...p.issue.user, login: 'shopfloor[bot]', type: 'Bot' };
    } else p.issue.performed_via_github_app = null;
  });
  await probot.receive({ id: `label-${author}`, name: 'issues', payload } as never);
  await app.idle();
  const branch = [...fake.refs.keys()].find((name) => name.startsWith(`agent/issue-${bug.number}/`))!;
  const path = `workorders/issue-${bug.number}.yml`;
  const file = fake.files.get(`${branch}:${path}`)!;
  return { seed, bug, path, text: file.text, workOrder: parse(file.text) as Record<string, unknown> & { provenance: Record<string, unknown> } };
}

it("the App's own bug issue becomes a work order with provenance.revertOf = the culprit, repro and kind bugfix, valid by the work order rules", async () => {
  const { seed, bug, path, text, workOrder } = await labelBugIssue('app');
  expect(workOrder.provenance).toEqual({ issue: bug.number, requester: 'shopfloor[bot]', source: 'canary', revertOf: seed.mergeSha });
  expect(workOrder).toMatchObject({ kind: 'bugfix', repro: { run: 'npm run smoke' }, scope: { paths: expect.arrayContaining(['src/app.ts', 'src/feature.ts', 'test/**']) } });
  expect(checkWorkOrderFile(text, path).findings).toEqual([]);
});

it("a person's issue with the same body (marker included) gets no revertOf and no repro", async () => {
  const { bug, path, text, workOrder } = await labelBugIssue('person');
  expect(bug.body).toContain('<!-- shopfloor:work-order-provenance ');
  expect(workOrder.provenance).toMatchObject({ issue: bug.number, source: 'issue' });
  expect(workOrder.provenance).not.toHaveProperty('revertOf');
  expect(workOrder).not.toHaveProperty('repro');
  expect(checkWorkOrderFile(text, path).findings.filter((finding) => finding.severity === 'error')).toEqual([]);
});
