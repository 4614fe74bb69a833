import examples from '@octokit/webhooks-examples';
import { Probot } from 'probot';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import shopfloorProbotApp from '../../src/entrypoints/probot-app.ts';
import { mockGitHubApi, type GitHubApiMock } from '../helpers/github-api.ts';
import { testAppId } from '../helpers/github-app.ts';
import { createGitStore } from '../helpers/github-fake-git.ts';
import { createPullsFake } from '../helpers/github-fake-pulls.ts';
import { testPrivateKey, TestOctokit } from '../helpers/github-octokit.ts';
import { examplePayload } from '../helpers/github-payloads.ts';

let api: GitHubApiMock;
beforeEach(() => {
  api = mockGitHubApi();
});
afterEach(() => {
  vi.unstubAllEnvs();
  api.done();
});

/** A logger that keeps every line, so the test sees what the App reported (Probot asks for children per delivery). */
function recordingLog() {
  const lines: { level: string; text: string }[] = [];
  const log: Record<string, unknown> = { level: 'info' };
  for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal']) {
    log[level] = (...args: unknown[]) => void lines.push({ level, text: args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ') });
  }
  log.child = () => log;
  return { log, lines };
}

it('every one of the 329 example payloads of @octokit/webhooks-examples goes through the loaded App (probot.load, no server) without a handler error', async () => {
  vi.stubEnv('APP_ID', String(testAppId));
  const store = createGitStore({ pullRoutes: false });
  const pulls = createPullsFake(api, { appId: testAppId, routes: [store.route] });
  pulls.fake.permissions.set('Codertocat', 'admin');
  // The pull requests the examples talk about exist, as they did when GitHub recorded them.
  pulls.fake.addPull(2, 'changes', 'c'.repeat(40));
  pulls.fake.addPull(104, 'feature-104', 'd'.repeat(40));
  const { log, lines } = recordingLog();
  const probot = new Probot({ appId: testAppId, privateKey: testPrivateKey(), secret: 'secret', log: log as never, Octokit: TestOctokit });
  await probot.load(shopfloorProbotApp);
  const all = (examples as unknown as { name: string; examples: Record<string, unknown>[] }[]).flatMap((group) => group.examples.map((payload) => ({ name: group.name, payload })));
  expect(all).toHaveLength(329);
  let delivery = 0;
  for (const { name, payload } of all) {
    const copy = structuredClone(payload) as Record<string, unknown>;
    copy.installation ??= { id: 2, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMg==' };
    await probot.receive({ id: `example-${++delivery}`, name, payload: copy } as never);
  }
  // The App answers each webhook within its budget and finishes the rest in its queue: wait for that too.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const failures = lines.filter((line) => line.level === 'error' || line.level === 'fatal');
  expect(failures).toEqual([]);
  const ignored = lines.filter((line) => line.text.includes('the payload does not fit'));
  console.info(`webhook examples: ${all.length} delivered, ${ignored.length} ignored at the edge (${[...new Set(ignored.map((line) => /ignored (\S+)/.exec(line.text)?.[1]))].join(', ')})`);
});

it('a payload of an older shape is read, one that does not fit is logged in one line and ignored, and neither throws', async () => {
  vi.stubEnv('APP_ID', String(testAppId));
  createPullsFake(api, { appId: testAppId });
  const { log, lines } = recordingLog();
  const probot = new Probot({ appId: testAppId, privateKey: testPrivateKey(), secret: 'secret', log: log as never, Octokit: TestOctokit });
  await probot.load(shopfloorProbotApp);
  // `workflow_run.completed` without `workflow_run.path` (documented, older deliveries): not the canary, no error.
  const older = structuredClone(examplePayload('workflow_run.completed', (p) => void (p.workflow_run.conclusion = 'failure')));
  delete older.workflow_run.path;
  await probot.receive({ id: 'older-1', name: 'workflow_run', payload: older } as never);
  const unfit = structuredClone(examplePayload('issues.labeled', (p) => void (p.label.name = 'shopfloor')));
  unfit.issue.number = 'one';
  await probot.receive({ id: 'unfit-1', name: 'issues', payload: unfit } as never);
  expect(lines.filter((line) => line.level === 'error' || line.level === 'fatal')).toEqual([]);
  const ignored = lines.filter((line) => line.text.includes('does not fit'));
  expect(ignored.map((line) => line.text)).toEqual(['shopfloor: ignored issues.labeled delivery unfit-1: the payload does not fit (issue.number: Invalid input: expected number, received string)']);
  expect(api.calls.filter((call) => !call.path.includes('/access_tokens'))).toEqual([]);
});
