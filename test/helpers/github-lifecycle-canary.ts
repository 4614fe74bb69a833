import type { Probot } from 'probot';
import type { GitHubApiMock, RecordedCall } from './github-api.ts';
import type { createGitHubFake } from './github-fake.ts';
import type { GitStore } from './github-fake-git.ts';
import { examplePayload, type Payload } from './github-payloads.ts';

type Fake = ReturnType<typeof createGitHubFake>;

/** What `seedAgentMerge` put on main. */
export interface AgentMergeSeed {
  readonly baseSha: string;
  readonly agentSha: string;
  readonly mergeSha: string;
  readonly pullNumber: number;
  readonly branch: string;
  readonly workOrderId: string;
}

export const canaryWorkflowPath = '.github/workflows/shopfloor-canary.yml';

/**
 * The lifecycle's part-2 starting state: main is an agent merge. A base commit, the agent's commit on
 * `agent/<work order>/<short id>` (changes `src/app.ts`, adds `src/feature.ts`), and main's merge commit
 * with Shopfloor's `Work-Order:` and `Report-Digest:` trailers; the agent PR is merged as that commit.
 * `lastGood` sets `refs/shopfloor/canary/last-good` to the base (otherwise the ref is absent). Part 1 can
 * call it on its own fake (with `createGitStore().route` among its routes) once its PR is merged, passing
 * that PR's number and work order id; an existing PR of that number is kept and marked merged.
 */
export function seedAgentMerge(fake: Fake, store: GitStore, options: { readonly pullNumber?: number; readonly workOrderId?: string; readonly branch?: string; readonly lastGood?: boolean; readonly base?: string; readonly labels?: readonly string[]; readonly date?: string } = {}): AgentMergeSeed {
  const workOrderId = options.workOrderId ?? 'issue-1';
  const pullNumber = options.pullNumber ?? 7;
  const branch = options.branch ?? `agent/${workOrderId}/abcdef12`;
  const date = options.date ?? '2026-11-22T04:00:00Z';
  const baseFiles = { 'README.md': '# demo\n', 'src/app.ts': 'export const answer = 42;\n' };
  const baseSha = options.base ?? store.commit({ parents: [], files: baseFiles, message: 'Initial commit', date });
  const baseTree = options.base ? store.filesAt(options.base) : baseFiles;
  const agentFiles = { ...baseTree, 'src/app.ts': 'export const answer = 41;\n', 'src/feature.ts': 'export const feature = true;\n', [`workorders/${workOrderId}.yml`]: `id: ${workOrderId}\n` };
  const agentSha = store.commit({ parents: [baseSha], files: agentFiles, message: 'Implement the feature', date });
  const mergeSha = store.commit({
    parents: [baseSha, agentSha], files: agentFiles, date,
    message: `Merge pull request #${pullNumber} from ${branch}\n\nWork-Order: ${workOrderId}\nReport-Digest: sha256:${'d'.repeat(64)}\nAgent-Branch: ${branch}\n`,
  });
  // Part 1 may already have this PR in its fake: keep it (one PR per number) and only record the merge.
  if (!fake.pulls.some((pull) => pull.number === pullNumber)) fake.addPull(pullNumber, branch, agentSha, ['src/app.ts', 'src/feature.ts']);
  store.setMerged(pullNumber, mergeSha, { title: 'Implement the feature', labels: [...(options.labels ?? [])], base: 'main' });
  // The flags github-fake-pulls.ts reads, so either area's routes see the PR merged.
  Object.assign(fake.pulls.find((pull) => pull.number === pullNumber)!, { state: 'closed', merged: true });
  fake.refs.set('main', mergeSha);
  if (options.lastGood) store.otherRefs.set('refs/shopfloor/canary/last-good', baseSha);
  return { baseSha, agentSha, mergeSha, pullNumber, branch, workOrderId };
}

/** A `workflow_run.completed` of the canary workflow on main (GitHub's recorded example, edited). */
export function canaryRunPayload(headSha: string, edit: (payload: Payload) => void = () => {}): Payload {
  return examplePayload('workflow_run.completed', (p) => {
    p.workflow_run.path = canaryWorkflowPath;
    p.workflow_run.name = 'Shopfloor canary';
    p.workflow_run.conclusion = 'failure';
    p.workflow_run.status = 'completed';
    p.workflow_run.event = 'push';
    p.workflow_run.head_branch = p.repository.default_branch;
    p.workflow_run.head_sha = headSha;
    p.workflow_run.head_repository = { ...p.workflow_run.head_repository, full_name: p.repository.full_name };
    edit(p);
  });
}

/** Calls that are not the installation token (Probot fetches it once per installation). */
const apiCalls = (calls: readonly RecordedCall[]) => calls.filter((call) => !call.path.startsWith('/app/installations/'));

/**
 * Lifecycle part 2: a red canary `workflow_run` for main's head → revert PR → bug work order issue.
 * Returns the API calls it took (reads and writes, the installation token left out) and what it made.
 */
export async function driveRedCanary(input: { readonly probot: Probot; readonly idle: () => Promise<void>; readonly api: GitHubApiMock; readonly fake: Fake; readonly store: GitStore; readonly deliveryId?: string }) {
  const before = input.api.calls.length;
  const red = input.fake.refs.get('main')!;
  await input.probot.receive({ id: input.deliveryId ?? `canary-${red}`, name: 'workflow_run', payload: canaryRunPayload(red) } as never);
  await input.idle();
  const calls = apiCalls(input.api.calls.slice(before));
  const revertPull = input.fake.pulls.find((pull) => pull.head.ref.startsWith('shopfloor/revert/'));
  const bugIssue = input.store.issues.find((issue) => issue.labels.some((label) => label.name === 'shopfloor'));
  return {
    calls: calls.length,
    writes: calls.filter((call) => call.method !== 'GET').length,
    operations: calls.map((call) => call.operationId),
    revertPull,
    bugIssue,
  };
}
