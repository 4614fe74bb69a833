import { createHash } from 'node:crypto';
import { createGitHubForge } from '../../src/adapters/github/create-github-forge.ts';
import { createEd25519Signer, generateSigningKey } from '../../src/adapters/signing/ed25519-keys.ts';
import { renderReportEnvelope } from '../../src/core/report/report-envelope.ts';
import type { VerificationReport } from '../../src/core/report/report-schema.ts';
import { renderReportFile, signingPayload } from '../../src/core/report/signing-payload.ts';
import type { GitHubApiMock, RecordedCall } from './github-api.ts';
import { createTestProbot, testAppId } from './github-app.ts';
import type { FakeRoute } from './github-fake.ts';
import { actionsAppId, createPullsFake } from './github-fake-pulls.ts';
import { testRequest } from './github-octokit.ts';
import { examplePayload, type Payload } from './github-payloads.ts';
import { gatesCheckPayload, pullRequestPayload } from './github-pull-payloads.ts';

/** The repository every example payload is about. */
export const lifecycleRepo = 'Codertocat/Hello-World';

export interface TestSigner {
  readonly keyId: string;
  readonly publicKey: string;
  readonly sign: (payload: string) => Promise<string>;
}

/** A fresh Ed25519 report-signing key, as a runner would hold it. */
export function createTestSigner(): TestSigner {
  const key = generateSigningKey();
  const signer = createEd25519Signer(key.privateKeyPem);
  return { keyId: key.keyId, publicKey: key.publicKey, sign: signer.sign };
}

/** `.github/shopfloor.yml` trusting `signers`, plus any extra top-level YAML (e.g. a `merge:` block). */
export function policyText(signers: readonly Pick<TestSigner, 'keyId' | 'publicKey'>[], extra = ''): string {
  const list = signers.map((s) => `  - keyId: "${s.keyId}"\n    publicKey: "${s.publicKey}"`).join('\n');
  return `apiVersion: shopfloor/v1\nsigners:\n${list}\n${extra}`;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The `shopfloor/gates` check run text a verify job publishes: the signed report file in its envelope.
 * The report proves `head` on `base` for the work order text the App committed, with the built-in gates
 * (and `test-first`) passing unless `gates` says otherwise.
 */
export async function signedGatesText(signer: TestSigner, input: {
  readonly head: string; readonly base: string; readonly workOrderText: string; readonly workOrderId: string | undefined;
  readonly gates?: readonly { readonly id: string; readonly status: VerificationReport['gates'][number]['status']; readonly required?: boolean; readonly annotations?: VerificationReport['gates'][number]['annotations'] }[];
}): Promise<string> {
  type GateInput = NonNullable<typeof input.gates>[number];
  const gates: readonly GateInput[] = input.gates ?? ['scope', 'secrets', 'dependencies', 'test-first'].map((id) => ({ id, status: 'pass' as const }));
  const unsigned: VerificationReport = {
    schemaVersion: 'shopfloor.verification-report/v1', runId: `verify-${input.head.slice(0, 8)}`, repo: lifecycleRepo,
    workOrder: input.workOrderId === undefined ? null : { id: input.workOrderId, contentHash: `sha256:${sha256(input.workOrderText)}`, kind: 'feature' },
    base: input.base, head: input.head, tree: input.head, dirty: false, policyDigest: `sha256:${'b'.repeat(64)}`,
    gates: gates.map((gate) => ({ id: gate.id, kind: 'builtin', required: gate.required ?? true, status: gate.status, attempts: 1, durationMs: 10, annotations: gate.annotations ?? [] })),
    omitted: [], environment: { os: 'linux', arch: 'x64', node: 'v20.20.0', runner: 'self-hosted', cpus: 2 },
    verdict: { passed: gates.every((gate) => gate.status === 'pass' || gate.required === false), complete: true, reasons: [] },
    startedAt: '2026-11-22T05:00:00.000Z', finishedAt: '2026-11-22T05:01:00.000Z',
  };
  const report = { ...unsigned, signature: { algorithm: 'ed25519' as const, keyId: signer.keyId, value: await signer.sign(signingPayload(unsigned)) } };
  return renderReportEnvelope(renderReportFile(report), 'Signed report attached.')!;
}

/** API calls per phase of the lifecycle (REST through the OpenAPI check, plus GraphQL). */
export interface LifecycleCalls {
  /** The App handling `issues.labeled`: tracking comment, branch, work order commit, check run, dispatch. */
  readonly intake: number;
  /** What the simulated runner did with its `GITHUB_TOKEN`: agent commit, draft PR, signed gates check run. */
  readonly runner: number;
  /** The App deciding on `pull_request.opened` (no report yet: a hold saying it waits for one). */
  readonly holdDecision: number;
  /** The App deciding on `check_run.completed` for the gates: mark ready, merge check, merge. */
  readonly mergeDecision: number;
  /** Every call the App made from the labeled issue to the merge (intake + both decisions). */
  readonly appTotal: number;
}

/**
 * Drives the App from a labeled issue to a merged agent PR against the stateful fake: `issues.labeled`
 * → tracking comment, branch, work order commit and dispatch; then the runner, simulated through the
 * API as the action would do it (agent commit on the branch, draft PR, signed `shopfloor/gates` check
 * run, all with GitHub Actions' App id); then `pull_request.opened` and `check_run.completed` to the
 * App, which merges with the expected head SHA. The caller owns `api` (and calls `api.done()`); the
 * canary half continues from the returned fake, whose `main` is at `mergeSha`, passing its own fake
 * routes in `routes` (they are tried before the pull-request routes).
 */
export async function runLifecycleToMerge(api: GitHubApiMock, options: { readonly signer?: TestSigner; readonly agentFiles?: Readonly<Record<string, string>>; readonly routes?: readonly FakeRoute[] } = {}) {
  const signer = options.signer ?? createTestSigner();
  const pulls = createPullsFake(api, { appId: testAppId, ...(options.routes ? { routes: options.routes } : {}) });
  const { fake } = pulls;
  // Merged alone, as before the train (the train's own lifecycle: probot-train.test.ts).
  fake.files.set('main:.github/shopfloor.yml', { text: policyText([signer], 'merge:\n  queue: none\n'), sha: 'policy' });
  const { probot, app } = await createTestProbot();
  let deliveries = 0;
  const deliver = async (name: string, payload: Payload) => {
    await probot.receive({ id: `lifecycle-${++deliveries}`, name, payload } as never);
    await app.idle();
  };
  // GraphQL calls are in `api.calls` too (checked against GitHub's schema, named `graphql/...`).
  const count = () => api.calls.length;

  // Each App delivery's own calls (REST and GraphQL), for checks such as "no GET twice in one delivery".
  const deliveryCalls: Record<'intake' | 'hold' | 'merge', RecordedCall[]> = { intake: [], hold: [], merge: [] };
  const start = count();
  const intakeFrom = api.calls.length;
  await deliver('issues', examplePayload('issues.labeled', (p) => {
    p.label.name = 'shopfloor';
  }));
  const intake = count() - start;
  deliveryCalls.intake = api.calls.slice(intakeFrom);
  const dispatch = fake.dispatches.at(-1) as { inputs: { branch: string; work_order: string } } | undefined;
  if (!dispatch) throw new Error('the App did not dispatch the implement workflow for the labeled issue');
  const { branch, work_order: workOrderId } = dispatch.inputs;
  const workOrderText = fake.files.get(`${branch}:workorders/${workOrderId}.yml`)!.text;

  const beforeRunner = count();
  pulls.actAs({ appId: actionsAppId, login: 'github-actions[bot]' });
  const runner = createGitHubForge({ request: testRequest(), retry: { sleep: async () => {} } });
  const agentFiles = options.agentFiles ?? { 'src/greeting.ts': 'export const greeting = "Hello, World";\n' };
  let head = '';
  for (const [path, text] of Object.entries(agentFiles)) head = (await runner.ensureFile(lifecycleRepo, branch, path, text, `${workOrderId}: implement`)).value.commitSha;
  const pull = (await runner.ensurePullRequest(lifecycleRepo, { head: branch, base: 'main', title: `Work order ${workOrderId}`, body: `Implements ${workOrderId}.`, draft: true })).value;
  pulls.actAs();
  let runnerCalls = count() - beforeRunner;

  const beforeHold = count();
  const holdFrom = api.calls.length;
  await deliver('pull_request', pullRequestPayload('opened', { number: pull.number, ref: branch, sha: head, draft: true }));
  const holdDecision = count() - beforeHold;
  deliveryCalls.hold = api.calls.slice(holdFrom);

  const beforeGates = count();
  pulls.actAs({ appId: actionsAppId, login: 'github-actions[bot]' });
  const base = fake.refs.get('main')!;
  await runner.ensureCheckRun(lifecycleRepo, {
    name: 'shopfloor/gates', headSha: head, status: 'completed', conclusion: 'success', externalId: `verify-${head.slice(0, 8)}`,
    output: { title: 'Gates passed', summary: 'All required gates passed.', text: await signedGatesText(signer, { head, base, workOrderText, workOrderId }) },
  });
  pulls.actAs();
  runnerCalls += count() - beforeGates;
  const beforeMerge = count();
  const mergeFrom = api.calls.length;
  await deliver('check_run', gatesCheckPayload({ number: pull.number, ref: branch, sha: head }, actionsAppId));
  const mergeDecision = count() - beforeMerge;
  deliveryCalls.merge = api.calls.slice(mergeFrom);

  const merged = pulls.pull(pull.number);
  if (!merged?.merged) throw new Error(`the lifecycle did not merge PR #${pull.number}: ${fake.checkRuns.filter((run) => run.name === 'shopfloor/merge').map((run) => JSON.stringify(run.output)).join('\n')}`);
  const calls: LifecycleCalls = { intake, runner: runnerCalls, holdDecision, mergeDecision, appTotal: intake + holdDecision + mergeDecision };
  return { api, pulls, fake, probot, app, signer, deliver, branch, workOrderId, pullNumber: pull.number, head, mergeSha: fake.refs.get('main')!, calls, deliveryCalls };
}
