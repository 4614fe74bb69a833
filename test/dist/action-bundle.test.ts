import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readReportEnvelope } from '../../src/core/report/report-envelope.ts';
import type { Git } from '../../src/ports/git.ts';
import { buildActionBundle, runActionBundle, startGitHubServer } from '../helpers/action-bundle.ts';
import { startArtifactService } from '../helpers/actions-artifact-service.ts';
import { createActionGitHubState } from '../helpers/github-action-routes.ts';
import { appRunDocument, createRunCommentRoute, postAppComment } from '../helpers/github-fake-run-comment.ts';
import { createGitRepo, writeFiles } from '../helpers/git-repo.ts';
import { baseFiles, workOrderFileText } from '../helpers/implement-fixture.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const priceCheck = `node -e "process.exit(require('./src/price.js').total(2, 3) === 5 ? 0 : 1)"`;
const policy = `apiVersion: shopfloor/v1
gates:
  - id: price
    run: ${JSON.stringify(priceCheck)}
  - id: lint
    run: "node -e \\"console.log('lint ok')\\""
canary:
  build: "true"
  flows:
    - id: price
      run: ${JSON.stringify(priceCheck)}
`;

const transcript = join(import.meta.dirname, '../fixtures/agents/replay/goodbye.json');
const planTranscript = join(import.meta.dirname, '../fixtures/agents/replay/plan-goodbye.json');
const workOrderYaml = workOrderFileText;
const implementPolicy = `apiVersion: shopfloor/v1
agents:
  commands: [["node", "scripts/check.mjs"]]
  providers:
    demo: { type: replay }
  defaultProvider: demo
`;

let bundle: string;
let removeBundle: () => Promise<void> = async () => undefined;
let server: Awaited<ReturnType<typeof startGitHubServer>> | undefined;
beforeAll(async () => {
  ({ bundle, remove: removeBundle } = await buildActionBundle());
}, 120_000);
afterAll(() => removeBundle());
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function github() {
  const state = createActionGitHubState();
  const comment = createRunCommentRoute(state);
  server = await startGitHubServer([comment.route, state.route]);
  return { state, server, comment };
}

/** A shop repository with a bare origin, as actions/checkout leaves it (origin/main fetched). */
async function shop(files: Record<string, string> = {}) {
  const repo = await createGitRepo({ 'src/price.js': 'exports.total = (a, b) => a + b;\n', '.github/shopfloor.yml': policy, 'README.md': '# shop\n', '.gitignore': '.shopfloor/\n', ...files });
  const origin = join(await makeTempDir('shopfloor-origin-'), 'origin.git');
  execFileSync('git', ['clone', '--quiet', '--bare', repo.dir, origin]);
  execFileSync('git', ['remote', 'add', 'origin', origin], { cwd: repo.dir });
  execFileSync('git', ['fetch', '--quiet', 'origin'], { cwd: repo.dir });
  return { ...repo, origin };
}

async function land(dir: string, git: Git, id: string, files: Record<string, string>): Promise<string> {
  await git.createBranch(dir, `agent/${id}`, 'main');
  await git.checkout(dir, `agent/${id}`);
  await writeFiles(dir, files);
  await git.addAll(dir);
  await git.commit(dir, `${id}: change`);
  await git.checkout(dir, 'main');
  const merged = await git.merge(dir, `agent/${id}`, `Merge agent/${id}\n\nWork-Order: ${id}`);
  if (!merged.ok) throw new Error(merged.message);
  return merged.sha;
}

/** Four merges on main; wo-3 breaks the price. */
async function brokenShop() {
  const repo = await shop();
  const merges: Record<string, string> = {};
  for (let n = 1; n <= 4; n++) merges[`wo-${n}`] = await land(repo.dir, repo.git, `wo-${n}`, n === 3 ? { 'src/price.js': 'exports.total = (a, b) => a + b + 1;\n' } : { [`src/cart-${n}.js`]: `// feature ${n}\n` });
  execFileSync('git', ['push', '--quiet', 'origin', 'main'], { cwd: repo.dir });
  return { ...repo, merges };
}

const gitOut = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();

describe('dist/action.js run as a runner runs it', { timeout: 120_000 }, () => {
  it('rejects bad inputs with one ::error:: line per input, exit 2 and no stack trace', async () => {
    const { dir } = await shop();
    const missing = await runActionBundle(bundle, { workspace: dir, inputs: {} });
    expect(missing.exitCode).toBe(2);
    expect(missing.stdout).toContain('::error::input "command" is required; set `command:` to one of implement, verify, canary, bisect, revert, metrics');
    const bisect = await runActionBundle(bundle, { workspace: dir, inputs: { command: 'bisect', runners: '0' } });
    expect(bisect.exitCode).toBe(2);
    expect(bisect.stdout.split('\n').filter((l) => l.startsWith('::error::'))).toEqual(['::error::input "runners" "0" is not valid; give a whole number from 1 to 64']);
    const key = await runActionBundle(bundle, { workspace: dir, inputs: { command: 'verify', 'signing-key': 'not a key' } });
    expect(key.exitCode).toBe(2);
    expect(key.stdout).toMatch(/::error::input "signing-key": .*pass the PEM of an Ed25519 private key/);
    const merge = await runActionBundle(bundle, { workspace: dir, inputs: { command: 'verify' }, event: { pull_request: { number: 3, head: { sha: 'c'.repeat(40) } } } });
    expect(merge.exitCode).toBe(2);
    expect(merge.stdout).toContain(`but the pull request head is cccccccccccc: a report proves only its own commit. Check out the head: actions/checkout with \`ref: \${{ github.event.pull_request.head.sha }}\``);
    for (const result of [missing, bisect, key, merge]) expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at /);
  });

  it('implement: continues the App\'s agent branch, streams the run document to the tracking comment, pushes in-scope changes and opens the draft PR', async () => {
    const { dir, origin, git } = await shop({ ...baseFiles, 'src/price.js': 'exports.total = (a, b) => a + b;\n', '.github/shopfloor.yml': implementPolicy });
    // What the App did on the issue: a branch from main with the work order file, and the tracking comment.
    const branch = 'agent/wo-1/1a2b3c4d';
    await git.createBranch(dir, branch, 'main');
    await git.checkout(dir, branch);
    await writeFiles(dir, { 'workorders/wo-1.yml': workOrderYaml });
    await git.addAll(dir);
    await git.commit(dir, 'Add work order wo-1 from #12');
    execFileSync('git', ['push', '--quiet', 'origin', branch], { cwd: dir });
    await git.checkout(dir, 'main');
    execFileSync('git', ['branch', '-D', branch], { cwd: dir });
    const { state, server: api, comment } = await github();
    postAppComment(state, 12, appRunDocument('wo-1-1a2b3c4d', 'Add a goodbye function', [{ kind: 'set-status', status: 'waiting', detail: 'waiting for a runner to pick up the implement job' }]));
    const result = await runActionBundle(bundle, {
      workspace: dir, apiUrl: api.url,
      inputs: { command: 'implement', 'work-order': 'wo-1', 'run-id': 'wo-1-1a2b3c4d', branch, issue: '12', provider: 'replay', transcript, 'github-token': 'ghs_CANARYactionToken000000000000000001' },
    });
    expect(api.problems).toEqual([]);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ verdict: 'finished', branch });
    // The replayed transcript's turns are the run's spend, as Action outputs.
    expect(Number(result.outputs['spend-turns'])).toBeGreaterThan(0);
    expect(result.outputs['spend-usd']).toMatch(/^\d+\.\d{4}$/);
    expect(gitOut(origin, 'rev-parse', branch)).toBe(result.outputs.commit);
    expect(gitOut(origin, 'show', `${branch}:src/greet.ts`)).toContain('goodbye');
    expect(gitOut(origin, 'show', `${branch}:workorders/wo-1.yml`)).toContain('id: wo-1');
    expect(state.pulls).toMatchObject([{ head: { ref: branch }, base: 'main', draft: true, title: 'wo-1: Add a goodbye function' }]);
    expect(String(state.pulls[0]!.body)).toMatch(/tracking comment on #12[\s\S]*### Evidence[\s\S]*`src\/greet.ts`/);
    expect(result.outputs['pr-number']).toBe(String(state.pulls[0]!.number));
    // The App's comment was adopted and carries the run document; no second comment appeared.
    expect(state.comments).toHaveLength(1);
    expect(state.comments[0]!.updates).toBeGreaterThan(0);
    expect(state.comments[0]!.body).toContain('#### Implementer');
    expect(comment.reads).toHaveLength(state.comments[0]!.updates);
    // The token appears once, in the ::add-mask:: command that hides it from the log; nowhere else.
    expect(result.stdout.split('\n').filter((line) => line.includes('ghs_CANARY'))).toEqual(['::add-mask::ghs_CANARYactionToken000000000000000001']);
    expect(`${state.comments[0]!.body}${String(state.pulls[0]!.body)}`).not.toContain('ghs_CANARY');
  });

  it('implement with phase plan: the architect\'s contract goes into the tracking comment; nothing is pushed', async () => {
    const { dir, origin } = await shop({ ...baseFiles, '.github/shopfloor.yml': implementPolicy, 'workorders/wo-1.yml': workOrderYaml });
    const { state, server } = await github();
    const result = await runActionBundle(bundle, {
      workspace: dir, apiUrl: server.url,
      inputs: { command: 'implement', phase: 'plan', 'work-order': 'wo-1', 'run-id': 'wo-1-plan', issue: '12', provider: 'replay', transcript: planTranscript, 'github-token': 'ghs_test' },
    });
    expect(server.problems).toEqual([]);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs.verdict).toBe('planned');
    expect(state.comments).toHaveLength(1);
    expect(state.comments[0]!.body).toContain('add goodbye next to greet');
    expect(state.comments[0]!.body).toContain('answer rejected (attempt 1): workOrderId must be wo-1');
    expect(result.summary).toContain('| `src/greet.test.ts` | a test that fails without goodbye |');
    expect(state.pulls).toEqual([]);
    expect(gitOut(origin, 'for-each-ref', '--format=%(refname)', 'refs/heads/agent')).toBe('');
  });

  it('verify: signed report, gates check run carrying the envelope, outputs, and a summary even when artifact upload fails', async () => {
    const { dir, head } = await shop();
    const { state, server } = await github();
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const result = await runActionBundle(bundle, { workspace: dir, apiUrl: server.url, inputs: { command: 'verify', 'signing-key': pem, 'github-token': 'ghs_test' } });
    expect(server.problems).toEqual([]);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs.verdict).toBe('pass');
    const reportFile = await readFile(result.outputs['report-path']!, 'utf8');
    expect(result.outputs['report-digest']).toMatch(/^sha256:/);
    const [check] = state.checkRuns;
    expect(check).toMatchObject({ name: 'shopfloor/gates', head_sha: head, status: 'completed', conclusion: 'success', details_url: 'https://github.com/octo/shop/actions/runs/4242' });
    expect(result.outputs['check-run-id']).toBe(String(check!.id));
    expect(readReportEnvelope((check!.output as { text: string }).text)).toBe(reportFile);
    expect(JSON.parse(reportFile).signature.keyId).toBeTruthy();
    // The in-toto attestation of the same report, named in the check run's text (the upload failed: its path).
    const attestationPath = /In-toto attestation of this report \(DSSE envelope, Ed25519\): `([^`]+)` in the job's workspace/.exec((check!.output as { text: string }).text)?.[1];
    const attestation = JSON.parse(await readFile(attestationPath!, 'utf8')) as { payloadType: string; signatures: { keyid: string }[] };
    expect(attestation).toMatchObject({ payloadType: 'application/vnd.in-toto+json', signatures: [{ keyid: JSON.parse(reportFile).signature.keyId }] });
    expect(result.stdout).toContain('::warning::artifact upload failed');
    expect(result.stdout).toContain('::add-mask::');
    const keyBody = pem.split('\n')[1]!;
    expect(result.stdout.split('\n').filter((line) => line.includes(keyBody))).toEqual([`::add-mask::${keyBody}`]);
    expect(result.summary).toContain('## Shopfloor verify: ✅ passed');
    expect(result.summary).toMatch(/\| price \| ✅ pass \| 1 \|/);
    expect(result.summary).toContain('artifact upload failed');
  });

  it('verify: Shopfloor state a pull request commits into the checkout (.shopfloor/ caches) is never read', async () => {
    const { dir, git } = await shop();
    // The PR allows a version that does not exist and plants a cached publish time for it from 1970.
    await writeFiles(dir, {
      '.github/shopfloor.yml': `${policy}dependencies: { allow: [left-pad], cooldown: 7d }\n`,
      'package.json': `${JSON.stringify({ name: 'shop', version: '1.0.0', dependencies: { 'left-pad': '99.0.0' } }, null, 2)}\n`,
      '.shopfloor/cache/npm/left-pad@99.0.0.json': JSON.stringify({ name: 'left-pad', version: '99.0.0', at: 0 }),
    });
    execFileSync('git', ['add', '-f', '.'], { cwd: dir });
    await git.commit(dir, 'left-pad, with a planted registry cache');
    const { server } = await github();
    const result = await runActionBundle(bundle, { workspace: dir, apiUrl: server.url, inputs: { command: 'verify', 'github-token': 'ghs_test', gates: 'dependencies' } });
    const report = JSON.parse(await readFile(result.outputs['report-path']!, 'utf8')) as { gates: { id: string; status: string; annotations: { message: string }[] }[] };
    const dependencies = report.gates.find((gate) => gate.id === 'dependencies')!;
    // The registry (or its absence) answers, not the planted file: never a pass.
    expect(dependencies.status, JSON.stringify(dependencies)).not.toBe('pass');
    expect(dependencies.annotations.map((a) => a.message).join('\n')).toMatch(/left-pad@99\.0\.0: the registry (has no such version|could not be reached)/);
  });

  it('verify: uploads the report and each gate log as artifacts and links them from the summary table', async () => {
    const { dir } = await shop();
    const { state, server } = await github();
    const service = await startArtifactService();
    const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    try {
      const result = await runActionBundle(bundle, { workspace: dir, apiUrl: server.url, env: service.env, inputs: { command: 'verify', 'github-token': 'ghs_test', gates: 'price', 'signing-key': pem } });
      expect(server.problems).toEqual([]);
      expect(result.exitCode, result.stdout).toBe(0);
      expect(result.stdout).not.toContain('::warning::artifact upload failed');
      const report = service.artifacts.find((a) => a.name.startsWith('shopfloor-report-'))!;
      const log = service.artifacts.find((a) => a.name.startsWith('shopfloor-log-price-'))!;
      expect(report.bytes).toBeGreaterThan(0);
      expect(result.summary).toContain(`([download](https://github.com/octo/shop/actions/runs/4242/artifacts/${report.id}))`);
      expect((state.checkRuns[0]!.output as { text: string }).text).toContain(`\`report.intoto.jsonl\` in the [report artifact](https://github.com/octo/shop/actions/runs/4242/artifacts/${report.id})`);
      expect(result.summary).toMatch(new RegExp(`\\| price \\| ✅ pass \\| 1 \\| [^|]+ \\| \\[log\\]\\(https://github.com/octo/shop/actions/runs/4242/artifacts/${log.id}\\) \\|`));
    } finally {
      await service.close();
    }
  });

  it('verify: when the secrets gate fails, no gate log is uploaded and nothing published holds the token', async () => {
    const token = `ghp_${'Lk8'.repeat(12)}`;
    const leaky = `apiVersion: shopfloor/v1\ngates:\n  - id: leak\n    run: ${JSON.stringify(`node -e "console.log('${token.slice(0, 20)}' + '${token.slice(20)}'); console.log('x'.repeat(9e6))"`)}\n`;
    const { dir } = await shop({ '.github/shopfloor.yml': leaky });
    const { state, server } = await github();
    const service = await startArtifactService();
    try {
      const result = await runActionBundle(bundle, { workspace: dir, apiUrl: server.url, env: service.env, inputs: { command: 'verify', 'github-token': 'ghs_test' } });
      expect(server.problems).toEqual([]);
      expect(result.outputs.verdict).toBe('fail');
      expect(service.artifacts.map((a) => a.name)).toEqual([expect.stringMatching(/^shopfloor-report-/)]);
      expect(result.summary).toContain('Gate logs were not uploaded: the `secrets` gate found possible secrets');
      const published = [result.stdout, result.summary, JSON.stringify(state.checkRuns), await readFile(result.outputs['report-path']!, 'utf8')].join('\n');
      expect(published).not.toContain(token);
      expect(published).toContain('a github-token was printed here and redacted before the log was stored');
    } finally {
      await service.close();
    }
  });

  it('canary: GREEN as a check run and a commit status, last-good advanced on origin', async () => {
    const { dir, head, origin } = await shop();
    const { state, server } = await github();
    const result = await runActionBundle(bundle, { workspace: dir, apiUrl: server.url, inputs: { command: 'canary', 'github-token': 'ghs_test' } });
    expect(server.problems).toEqual([]);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs.verdict).toBe('GREEN');
    expect(state.checkRuns).toMatchObject([{ name: 'shopfloor/canary', head_sha: head, conclusion: 'success' }]);
    expect(state.statuses).toMatchObject([{ sha: head, context: 'shopfloor/canary', state: 'success', target_url: 'https://github.com/octo/shop/actions/runs/4242' }]);
    expect(gitOut(origin, 'rev-parse', 'refs/shopfloor/canary/last-good')).toBe(head);
    expect(result.summary).toContain('`refs/shopfloor/canary/last-good` advanced');
  });

  it('canary: RED fails the check run and the status and leaves last-good alone', async () => {
    const { dir, git, origin } = await shop();
    const good = gitOut(dir, 'rev-parse', 'HEAD');
    execFileSync('git', ['update-ref', 'refs/shopfloor/canary/last-good', good], { cwd: dir });
    execFileSync('git', ['push', '--quiet', 'origin', 'refs/shopfloor/canary/last-good'], { cwd: dir });
    const bad = await land(dir, git, 'wo-9', { 'src/price.js': 'exports.total = () => 0;\n' });
    const { state, server } = await github();
    const result = await runActionBundle(bundle, { workspace: dir, apiUrl: server.url, inputs: { command: 'canary', 'github-token': 'ghs_test' } });
    expect(server.problems).toEqual([]);
    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('RED');
    expect(state.checkRuns).toMatchObject([{ name: 'shopfloor/canary', head_sha: bad, conclusion: 'failure' }]);
    expect(state.statuses).toMatchObject([{ sha: bad, state: 'failure' }]);
    expect(gitOut(origin, 'rev-parse', 'refs/shopfloor/canary/last-good')).toBe(good);
    expect(result.summary).toContain('`command: bisect`');
  });

  it('canary: RED with on-red revert (no App) bisects from last-good and opens the revert PR itself', async () => {
    const { dir, git } = await shop();
    const good = gitOut(dir, 'rev-parse', 'HEAD');
    execFileSync('git', ['update-ref', 'refs/shopfloor/canary/last-good', good], { cwd: dir });
    execFileSync('git', ['push', '--quiet', 'origin', 'refs/shopfloor/canary/last-good', 'main'], { cwd: dir });
    await land(dir, git, 'wo-8', { 'src/cart.js': '// cart\n' });
    const bad = await land(dir, git, 'wo-9', { 'src/price.js': 'exports.total = () => 0;\n' });
    execFileSync('git', ['push', '--quiet', 'origin', 'main'], { cwd: dir });
    const { state, server } = await github();
    const result = await runActionBundle(bundle, { workspace: dir, apiUrl: server.url, inputs: { command: 'canary', 'on-red': 'revert', runners: '2', 'github-token': 'ghs_test' } });
    expect(server.problems).toEqual([]);
    expect(result.exitCode, result.stdout).toBe(1);
    expect(result.outputs).toMatchObject({ verdict: 'RED', culprit: bad });
    expect(state.checkRuns).toMatchObject([{ name: 'shopfloor/canary', conclusion: 'failure' }]);
    expect(state.pulls).toMatchObject([{ base: 'main', head: { ref: expect.stringMatching(/^shopfloor\/revert\//) } }]);
    expect(result.outputs['pr-number']).toBe(String(state.pulls[0]!.number));
    expect(result.summary).toContain('does not trigger `pull_request` workflows');
  });

  it('bisect: with no run input, bisects with the policy\'s canary in parallel worktrees and names the breaking merge', async () => {
    const { dir, merges, head: first } = await brokenShop();
    const result = await runActionBundle(bundle, { workspace: dir, inputs: { command: 'bisect', good: first, runners: '2' } });
    expect(result.stdout).toContain(`bisecting with the canary: true && ${priceCheck}`);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ verdict: 'found', culprit: merges['wo-3'] });
    expect(Number(result.outputs.confidence)).toBeGreaterThan(0.9);
    expect(result.summary).toContain(`Culprit: \`${merges['wo-3']!.slice(0, 12)}\``);
    expect(gitOut(dir, 'status', '--porcelain')).toBe('');
  });

  it('revert: pushes shopfloor/revert/<sha> and opens the revert PR with the workflow token, explaining its limits', async () => {
    const { dir, merges, origin } = await brokenShop();
    const { state, server } = await github();
    const result = await runActionBundle(bundle, { workspace: dir, apiUrl: server.url, inputs: { command: 'revert', culprit: merges['wo-3']!, confidence: '0.99', run: priceCheck, 'github-token': 'ghs_test' } });
    expect(server.problems).toEqual([]);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(state.pulls).toMatchObject([{ head: { ref: expect.stringMatching(/^shopfloor\/revert\//) }, base: 'main', draft: false }]);
    expect(result.outputs).toMatchObject({ verdict: 'created', 'pr-number': String(state.pulls[0]!.number) });
    const pushed = String(state.pulls[0]!.head.ref);
    expect(gitOut(origin, 'show', `${pushed}:src/price.js`)).toBe('exports.total = (a, b) => a + b;');
    expect(result.summary).toContain('does not trigger `pull_request` workflows');
  });

  it('metrics: the report with Mermaid charts as the summary and one keyed issue, updated on the next run', async () => {
    const { dir } = await brokenShop();
    const { state, server } = await github();
    const inputs = { command: 'metrics', since: '12w', 'github-token': 'ghs_test' };
    const first = await runActionBundle(bundle, { workspace: dir, apiUrl: server.url, inputs });
    expect(first.exitCode, first.stdout).toBe(0);
    expect(first.summary).toContain('```mermaid');
    expect(state.issues).toHaveLength(1);
    const second = await runActionBundle(bundle, { workspace: dir, apiUrl: server.url, inputs: { ...inputs, 'issue-title': 'Weekly Shopfloor metrics' } });
    expect(server.problems).toEqual([]);
    expect(second.exitCode).toBe(0);
    expect(state.issues).toMatchObject([{ title: 'Weekly Shopfloor metrics', body: expect.stringMatching(/^<!-- shopfloor:key=shopfloor-metrics -->\n/) }]);
    expect(second.outputs['issue-number']).toBe(first.outputs['issue-number']);
    expect(server.calls.map((c) => c.operationId)).toContain('issues/update');
  });
});
