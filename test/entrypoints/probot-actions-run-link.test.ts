import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mockGitHubApi, type GitHubApiMock } from '../helpers/github-api.ts';
import { createTestProbot } from '../helpers/github-app.ts';
import { createGitHubFake } from '../helpers/github-fake.ts';
import { examplePayload, type Payload } from '../helpers/github-payloads.ts';

let api: GitHubApiMock;
beforeEach(() => {
  api = mockGitHubApi();
});
afterEach(() => api.done());

const receive = (probot: Awaited<ReturnType<typeof createTestProbot>>['probot'], id: string, name: 'issues' | 'workflow_run', payload: Payload) => probot.receive({ id, name, payload } as never);

/** A delivery of the implement workflow's run, titled as the shipped workflow's run-name titles it. */
const implementRun = (repo: string, title: string, runNumber: number, path = '.github/workflows/shopfloor-implement.yml') => examplePayload('workflow_run.completed', (p) => {
  p.repository.full_name = repo;
  p.workflow_run.path = path;
  p.workflow_run.display_title = title;
  p.workflow_run.html_url = `https://github.com/${repo}/actions/runs/${runNumber}`;
  p.workflow_run.head_branch = p.repository.default_branch;
  p.workflow_run.pull_requests = [];
});

describe("the App's tracking comment links the Actions run", () => {
  it('links the workflow until the run is known, then the run itself, from the workflow_run delivery', async () => {
    const { probot } = await createTestProbot();
    const fake = createGitHubFake(api, { appId: 4242 });
    await receive(probot, 'delivery-1', 'issues', examplePayload('issues.labeled', (p) => void (p.label.name = 'shopfloor')));
    const body = () => fake.comments[0]!.body;
    const runId = /^<!-- shopfloor:run-document run=(\S+) -->/.exec(body())![1]!;
    const fullName = examplePayload('issues.labeled').repository.full_name as string;
    expect(body()).toContain(`[Actions run](https://github.com/${fullName}/actions/workflows/shopfloor-implement.yml) (not started yet: the workflow's runs)`);

    // Another workflow's run, or a title naming no run, changes nothing and costs no API call.
    const before = api.calls.length;
    await receive(probot, 'delivery-2', 'workflow_run', implementRun(fullName, `shopfloor implement issue-1 (implement) run ${runId}`, 7, '.github/workflows/ci.yml'));
    await receive(probot, 'delivery-3', 'workflow_run', implementRun(fullName, 'shopfloor implement issue-1 (implement)', 8));
    expect(api.calls.slice(before).filter((call) => !call.path.includes('access_tokens'))).toEqual([]);

    await receive(probot, 'delivery-4', 'workflow_run', implementRun(fullName, `shopfloor implement issue-1 (implement) run ${runId}`, 9));
    expect(body()).toContain(`[Actions run](https://github.com/${fullName}/actions/runs/9)`);
    expect(body()).not.toContain('not started yet');
    expect(body()).toContain(`Actions run: https://github.com/${fullName}/actions/runs/9`);

    // The same run again is a no-op write-wise; a retry's new run replaces the link.
    const writes = api.writes().length;
    await receive(probot, 'delivery-5', 'workflow_run', implementRun(fullName, `shopfloor implement issue-1 (implement) run ${runId}`, 9));
    expect(api.writes()).toHaveLength(writes);
    await receive(probot, 'delivery-6', 'workflow_run', implementRun(fullName, `shopfloor implement issue-1 (implement) run ${runId}`, 10));
    expect(body()).toContain(`[Actions run](https://github.com/${fullName}/actions/runs/10)`);
  });
});
