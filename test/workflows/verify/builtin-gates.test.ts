import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyChange } from '../../../src/workflows/verify/verify-change.ts';
import { createGitRepo, writeFiles } from '../../helpers/git-repo.ts';
import { everyEcosystem, verifyOptions } from './verify-harness.ts';

const workOrder = (kind: string, extra = '') => `apiVersion: shopfloor/v1
id: wo-1
title: Change the adder
goal: Make the adder right.
kind: ${kind}
scope:
  paths: ["src/**", "test/**", "package.json", "package-lock.json"]
  forbidden: ["src/vendor/**"]
acceptance:
  commands:
    - name: smoke
      run: test -f src/add.sh
${extra}`;

const day = 86_400_000;
const lock = (resolved: string, integrity: string) => JSON.stringify({ lockfileVersion: 3, packages: { '': { name: 'app' }, 'node_modules/left-pad': { version: '1.3.0', resolved, integrity } } }, null, 2);

async function changeRepo(files: Record<string, string>, kind = 'feature', extra = '') {
  const repo = await createGitRepo({
    '.github/shopfloor.yml': 'apiVersion: shopfloor/v1\ndependencies:\n  allow: ["left-pad", "is-*"]\n  cooldown: 7d\n',
    'workorders/wo-1.yml': workOrder(kind, extra),
    'src/add.sh': 'echo $(( $1 + $2 + 1 ))\n',
    'package.json': JSON.stringify({ name: 'app', dependencies: { 'left-pad': '1.3.0' } }, null, 2),
    'package-lock.json': lock('https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz', 'sha512-GOOD'),
  });
  await writeFiles(repo.dir, files);
  await repo.git.addAll(repo.dir);
  const head = await repo.git.commit(repo.dir, 'the change');
  return { ...repo, base: repo.head, head };
}

const statuses = (report: { gates: readonly { id: string; status: string }[] }) => Object.fromEntries(report.gates.map((g) => [g.id, g.status]));

describe.skipIf(process.platform === 'win32')('built-in gates', () => {
  it('scope, secrets and dependencies catch what the change should not do', async () => {
    const token = `ghp_${'Zx9Qw8Er7T'.repeat(4)}`;
    const { dir, git, base, head } = await changeRepo({
      'src/add.sh': 'echo $(( $1 + $2 ))\n',
      'src/vendor/lib.sh': 'echo vendored\n',
      'README.md': '# changed outside scope\n',
      'test/config.env': `GITHUB_TOKEN=${token}\n`,
      'package.json': JSON.stringify({ name: 'app', dependencies: { 'left-pad': '1.3.0', 'is-odd': '3.0.1', 'evil-pkg': '1.0.0' } }, null, 2),
      'package-lock.json': lock('https://evil.test/left-pad.tgz', 'sha512-GOOD'),
    });
    const now = Date.UTC(2026, 10, 22);
    const registries = everyEcosystem({ publishTime: async (name) => ({ kind: 'published', at: name === 'is-odd' ? now - 2 * day : now - 400 * day }) });
    const result = await verifyChange(await verifyOptions(dir, git, { base, head, workOrderFile: 'workorders/wo-1.yml', registry: registries, clock: { now: () => now } }));
    expect(statuses(result.report)).toEqual({ 'acceptance:smoke': 'pass', scope: 'fail', dependencies: 'fail', secrets: 'fail' });
    const messages = (id: string) => result.report.gates.find((g) => g.id === id)!.annotations.map((a) => `${a.path}:${a.line} ${a.message}`);
    expect(messages('scope')).toEqual([
      expect.stringMatching(/^README.md:1 adding a file touches "README.md", outside the work order's scope/),
      expect.stringMatching(/^src\/vendor\/lib.sh:1 adding a file touches "src\/vendor\/lib.sh", which the work order forbids/),
    ]);
    expect(messages('dependencies')).toEqual([
      expect.stringContaining('package-lock.json:1 left-pad@1.3.0: "resolved" changed'),
      expect.stringContaining('not an allowed registry'),
      expect.stringMatching(/^package.json:5 npm is-odd@3.0.1 was published 2 day\(s\) ago/),
      expect.stringMatching(/^package.json:6 npm evil-pkg@1.0.0 is not on the dependency allowlist/),
    ]);
    expect(messages('secrets')).toEqual([expect.stringMatching(/^test\/config.env:1 GitHub token ghp_…\(44 chars\)/)]);
    expect(JSON.stringify(result.report)).not.toContain(token);
    expect(result.report.workOrder).toEqual({ id: 'wo-1', kind: 'feature', contentHash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
  });

  it('scope lists what the agent changed outside its scope and publishing refused; it blocks until the drop is decided', async () => {
    const { dir, git, base, head } = await changeRepo({ 'src/add.sh': 'echo $(( $1 + $2 ))\n' });
    const verify = async (decision: 'hold' | 'drop' | 'accepted') => {
      const refused = { paths: ['README.md'], patch: '.shopfloor/artifacts/sha256/ab/abc', decision, ...(decision === 'accepted' ? { decidedBy: 'ada' } : {}) };
      const result = await verifyChange(await verifyOptions(dir, git, { base, head, workOrderFile: 'workorders/wo-1.yml', gates: ['scope'], refused }));
      return { gate: result.report.gates.find((g) => g.id === 'scope')!, passed: result.report.verdict.reasons.length === 0 };
    };
    const held = await verify('hold');
    expect([held.gate.status, held.gate.required, held.passed]).toEqual(['fail', true, false]);
    expect(held.gate.reason).toBe('the agent changed 1 path outside the scope (README.md), left out of the commit and kept as a patch: .shopfloor/artifacts/sha256/ab/abc; nobody decided to drop it');
    expect(held.gate.annotations.map((a) => `${a.path}: ${a.message}`)).toEqual(['README.md: the agent changed "README.md" outside the scope of work order wo-1; the change was left out of the commit (kept as a patch: .shopfloor/artifacts/sha256/ab/abc)']);
    const dropped = await verify('drop');
    expect([dropped.gate.status, dropped.gate.required, dropped.passed]).toEqual(['fail', false, true]);
    expect(dropped.gate.reason).toContain('dropped by the policy (scope.outside: drop)');
    const accepted = await verify('accepted');
    expect([accepted.gate.status, accepted.gate.required, accepted.gate.reason]).toEqual(['fail', false, expect.stringContaining('dropped by decision of ada')]);
  });

  it('scope lets the work order\'s own file be added on the branch (GitHub intake commits it there), but nothing beside it', async () => {
    const repo = await createGitRepo({ '.github/shopfloor.yml': 'apiVersion: shopfloor/v1\n', 'src/add.sh': 'echo $(( $1 + $2 ))\n' });
    await writeFiles(repo.dir, { 'workorders/wo-1.yml': workOrder('feature'), 'workorders/wo-2.yml': workOrder('feature').replace('id: wo-1', 'id: wo-2'), 'src/add.sh': 'echo $(( $1 + $2 + 0 ))\n' });
    await repo.git.addAll(repo.dir);
    const head = await repo.git.commit(repo.dir, 'the work order and the change');
    const result = await verifyChange(await verifyOptions(repo.dir, repo.git, { base: repo.head, head, workOrderFile: 'workorders/wo-1.yml', gates: ['scope'] }));
    expect(result.report.gates.find((g) => g.id === 'scope')!.annotations.map((a) => a.path)).toEqual(['workorders/wo-2.yml']);
  });

  it('an unreachable registry makes dependencies an error, never a pass', async () => {
    const { dir, git, base, head } = await changeRepo({ 'package.json': JSON.stringify({ name: 'app', dependencies: { 'left-pad': '1.3.1' } }) });
    const registries = everyEcosystem({ publishTime: async () => ({ kind: 'unreachable', reason: 'ENOTFOUND registry.npmjs.org' }) });
    const result = await verifyChange(await verifyOptions(dir, git, { base, head, registry: registries }));
    const gate = result.report.gates.find((g) => g.id === 'dependencies')!;
    expect([gate.status, gate.reason]).toEqual(['error', 'dependency age is unproven: a package registry could not be reached']);
    expect(result.passed).toBe(false);
  });

  const testFirst = 'repro:\n  run: bash test/add.test.sh\n';
  it('test-first passes when the new test fails on the base and passes on the head', async () => {
    const { dir, git, base, head } = await changeRepo({ 'src/add.sh': 'echo $(( $1 + $2 ))\n', 'test/add.test.sh': '[ "$(bash src/add.sh 1 1)" = 2 ]\n' }, 'bugfix', testFirst);
    const result = await verifyChange(await verifyOptions(dir, git, { base, head, workOrderFile: 'workorders/wo-1.yml' }));
    const gate = result.report.gates.find((g) => g.id === 'test-first')!;
    expect([gate.status, gate.reason]).toEqual(['pass', 'test/add.test.sh fail on the base (exit 1) and pass on the head']);
    expect((await git.status(dir)).every((line) => line.startsWith('?? .shopfloor/'))).toBe(true);
    expect((await git.raw(dir, ['worktree', 'list'])).stdout.trim().split('\n')).toHaveLength(1);
  });

  it('test-first logs are redacted as they are written, like gate logs (the probes run the change\'s code)', async () => {
    const token = `ghp_${'Qw8Er7TZx9'.repeat(4)}`;
    const signingKey = 'shopfloor-signing-key-material-0123456789';
    // The test prints a token shape, the process's own secret, and the secret hex-encoded, on base and head.
    const leak = `echo "${token}"; echo "$(cat test/secret.txt)"; printf '%s' "$(cat test/secret.txt)" | od -An -tx1 | tr -d ' \\n'\n`;
    const { dir, git, base, head } = await changeRepo({ 'src/add.sh': 'echo $(( $1 + $2 ))\n', 'test/secret.txt': `${signingKey}\n`, 'test/add.test.sh': `${leak}[ "$(bash src/add.sh 1 1)" = 2 ]\n` }, 'bugfix', testFirst);
    const options = await verifyOptions(dir, git, { base, head, workOrderFile: 'workorders/wo-1.yml', knownSecrets: [signingKey], gates: ['test-first'] });
    const result = await verifyChange(options);
    const gate = result.report.gates.find((g) => g.id === 'test-first')!;
    expect(gate.status).toBe('pass');
    const log = new TextDecoder().decode(await options.store.read(gate.logDigest!));
    expect(log).toContain('on the head');
    expect(log.match(/\[REDACTED:[a-z-]+\]/g)?.length).toBeGreaterThanOrEqual(4);
    expect(log).not.toContain(token);
    expect(log).not.toContain(signingKey);
    expect(log).not.toContain(Buffer.from(signingKey).toString('hex'));
  });

  it('test-first fails when the test passes on the base too, or no test changed', async () => {
    const passesOnBase = await changeRepo({ 'src/add.sh': 'echo $(( $1 + $2 ))\n', 'test/add.test.sh': '[ -f src/add.sh ]\n' }, 'bugfix', testFirst);
    const a = await verifyChange(await verifyOptions(passesOnBase.dir, passesOnBase.git, { base: passesOnBase.base, head: passesOnBase.head, workOrderFile: 'workorders/wo-1.yml' }));
    expect(a.report.gates.find((g) => g.id === 'test-first')!.reason).toContain('pass on the base too, so they do not reproduce the bug');
    const noTest = await changeRepo({ 'src/add.sh': 'echo $(( $1 + $2 ))\n' }, 'revert', testFirst);
    const b = await verifyChange(await verifyOptions(noTest.dir, noTest.git, { base: noTest.base, head: noTest.head, workOrderFile: 'workorders/wo-1.yml' }));
    expect(b.report.gates.find((g) => g.id === 'test-first')).toMatchObject({ status: 'fail', reason: expect.stringContaining('must add or change a test') });
  });

  it('golden compares normalised output, and --update-golden re-records it', async () => {
    const { dir, git } = await createGitRepo({
      '.github/shopfloor.yml': 'apiVersion: shopfloor/v1\ngates:\n  - id: trace\n    run: \'printf "built at 2026-11-22T04:00:00Z in 12ms\\r\\nfrom $PWD\\n"\'\n    golden: golden/trace.txt\n',
    });
    const missing = await verifyChange(await verifyOptions(dir, git, { gates: ['trace'] }));
    expect(missing.report.gates[0]).toMatchObject({ status: 'fail', reason: expect.stringContaining('golden file golden/trace.txt does not exist; record it with `shopfloor verify --gates trace --update-golden`') });
    await verifyChange(await verifyOptions(dir, git, { gates: ['trace'], updateGolden: true }));
    expect(await readFile(join(dir, 'golden/trace.txt'), 'utf8')).toBe('built at <time> in <duration>\nfrom <root>\n');
    await git.addAll(dir);
    await git.commit(dir, 'record golden');
    expect((await verifyChange(await verifyOptions(dir, git, { gates: ['trace'] }))).report.gates[0]!.status).toBe('pass');
  });
});
