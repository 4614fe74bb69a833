import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEd25519Signer, ed25519Verifier, generateSigningKey } from '../../../src/adapters/signing/ed25519-keys.ts';
import { checkReport } from '../../../src/workflows/verify/check-report.ts';
import { verifyChange } from '../../../src/workflows/verify/verify-change.ts';
import { VerifyInputError, type GateProgress } from '../../../src/workflows/verify/verify-types.ts';
import { createGitRepo } from '../../helpers/git-repo.ts';
import { waitForNoProcess } from '../../helpers/process-alive.ts';
import { storeExists, verifyOptions } from './verify-harness.ts';


const policy = `apiVersion: shopfloor/v1
gates:
  - id: compile
    run: echo compiled
    cache: ["src/**"]
  - id: failing
    run: 'echo "::error file=src/a.ts,line=1,col=2::broken on purpose"; exit 3'
  - id: after-failing
    run: echo never runs
    needs: [failing]
  - id: flaky
    run: 'n=$(cat .attempts 2>/dev/null || echo 0); echo $((n+1)) > .attempts; [ "$n" -ge 1 ]'
    retries: 2
  - id: hangs
    run: 'sleep 61.25 & wait'
    timeout: 1s
  - id: leaky
    run: 'echo "token=\${GITHUB_TOKEN:-none}"'
    needs: [compile]
`;

describe.skipIf(process.platform === 'win32')('verifyChange on a real repository', () => {
  it('reports failing, flaky, timing-out, skipped and cached gates, signed and bound to the commit', async () => {
    const { dir, git, head } = await createGitRepo({ '.github/shopfloor.yml': policy, 'src/a.ts': 'export const a = 1;\n' });
    const sourceEnv = { PATH: process.env.PATH, GITHUB_TOKEN: 'ghs_must_not_leak' };
    const key = generateSigningKey();
    const events: GateProgress[] = [];
    const first = await verifyChange(await verifyOptions(dir, git, { sourceEnv, signer: createEd25519Signer(key.privateKeyPem), onProgress: (e) => events.push(e) }));

    const status = Object.fromEntries(first.report.gates.map((g) => [g.id, g.status]));
    expect(status).toEqual({ compile: 'pass', failing: 'fail', 'after-failing': 'skipped', flaky: 'flaky', hangs: 'error', leaky: 'pass', dependencies: 'pass', secrets: 'pass' });
    const gate = (id: string) => first.report.gates.find((g) => g.id === id)!;
    expect(gate('failing').annotations).toEqual([{ path: 'src/a.ts', line: 1, column: 2, level: 'error', message: 'broken on purpose' }]);
    expect(gate('after-failing').reason).toBe('needs "failing", which ended fail');
    expect(gate('flaky').attempts).toBe(2);
    expect(gate('hangs').reason).toContain('timed out after 1 s');
    // The box's processes are gone with it, the backgrounded sleep included.
    expect(await waitForNoProcess('sleep 61.25')).toBe(true);
    expect(first.passed).toBe(false);
    expect(first.report.head).toBe(head);
    expect(first.report.tree).toBe(await git.treeOf(dir, head));

    // Logs are content-addressed; the token never reached the gate.
    const leakyLog = Buffer.from((await (await verifyOptions(dir, git)).store.read(gate('leaky').logDigest!))!).toString();
    expect(leakyLog).toBe('token=none\n');
    expect(events.filter((e) => e.type === 'finished')).toHaveLength(8);
    expect(events.some((e) => e.type === 'retrying' && e.id === 'flaky')).toBe(true);

    // The signature verifies; one changed byte, another SHA or an untrusted key do not.
    const text = await readFile(first.reportPath, 'utf8');
    const trusted = [{ keyId: key.keyId, publicKey: key.publicKey }];
    expect(checkReport(text, 'r.json', trusted, ed25519Verifier, head)).toMatchObject({ ok: true, keyId: key.keyId });
    const oneByte = text.replace('"attempts":2', '"attempts":3');
    expect(oneByte).not.toBe(text);
    expect(checkReport(oneByte, 'r.json', trusted, ed25519Verifier)).toMatchObject({ ok: false, reasons: [expect.stringContaining('the signature does not match')] });
    expect(checkReport(text, 'r.json', trusted, ed25519Verifier, '0000000')).toMatchObject({ ok: false, reasons: [expect.stringContaining('"0000000" is not a full commit SHA')] });
    expect(checkReport(text, 'r.json', [], ed25519Verifier)).toMatchObject({ ok: false, reasons: [expect.stringContaining('not trusted')] });

    // Second run: the cached gate points at the run that proved it.
    const second = await verifyChange(await verifyOptions(dir, git, { sourceEnv, gates: ['compile'] }));
    expect(second.report.gates.map((g) => [g.id, g.status, g.cachedFrom?.runId])).toEqual([['compile', 'cached', first.report.runId]]);
    expect(second.report.gates[0]!.cachedFrom?.reportDigest).toBe(first.reportDigest);
    expect(second.report.verdict).toEqual({ passed: true, complete: false, reasons: [] });
  });

  it('a credential a gate is given by name never reaches its log or the report', async () => {
    const secret = 'pa55-w0rd-for-the-registry';
    const { dir, git } = await createGitRepo({ '.github/shopfloor.yml': `apiVersion: shopfloor/v1\ngates:\n  - id: publish\n    run: 'echo "using $NPM_TOKEN"; printf %s "$NPM_TOKEN" | base64; echo "::error file=a.txt,line=1::bad ghp_${'x'.repeat(36)}"; exit 1'\n    env: [NPM_TOKEN]\n` });
    const options = await verifyOptions(dir, git, { sourceEnv: { PATH: process.env.PATH, NPM_TOKEN: secret } });
    const result = await verifyChange(options);
    const log = Buffer.from((await options.store.read(result.report.gates[0]!.logDigest!))!).toString();
    expect(log).toContain('using [REDACTED:credential]\n');
    expect(log).not.toContain(secret);
    expect(log).not.toContain(Buffer.from(secret).toString('base64').slice(0, -2));
    // Token shapes are redacted from the stored log too; the secrets gate reads the marker back as a leak.
    expect(log).not.toContain(`ghp_${'x'.repeat(36)}`);
    expect(log).toContain('[REDACTED:github-token]');
    expect(result.report.gates[0]!.annotations[0]!.message).toBe('bad [REDACTED:github-token]');
  });

  it('a changed cache input reruns the gate', async () => {
    const { dir, git } = await createGitRepo({ '.github/shopfloor.yml': policy, 'src/a.ts': 'export const a = 1;\n' });
    await verifyChange(await verifyOptions(dir, git, { gates: ['compile'] }));
    await writeFile(join(dir, 'src/a.ts'), 'export const a = 2;\n');
    await git.addAll(dir);
    await git.commit(dir, 'change input');
    const again = await verifyChange(await verifyOptions(dir, git, { gates: ['compile'] }));
    expect(again.report.gates[0]!.status).toBe('pass');
  });

  it('a missing program is bad input at file:line:col, and nothing is written', async () => {
    const { dir, git } = await createGitRepo({ '.github/shopfloor.yml': 'apiVersion: shopfloor/v1\ngates:\n  - id: build\n    run: definitely-not-installed-xyz --all\n' });
    const error = await verifyChange(await verifyOptions(dir, git)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VerifyInputError);
    expect((error as VerifyInputError).problems).toEqual(['.github/shopfloor.yml:4:10 gates[0].run: gate "build" runs "definitely-not-installed-xyz", which is not installed or not on PATH; install it, fix the command, or list the variable it needs in the gate\'s env']);
    expect(storeExists(dir)).toBe(false);
  });
});

describe.skipIf(process.platform === 'win32')('merge.requiredGates on a change without a work order', () => {
  it('does not require scope or acceptance of a revert or a hand verify, and still requires the rest', async () => {
    const required = 'apiVersion: shopfloor/v1\ngates:\n  - id: unit\n    run: echo ok\nmerge:\n  requiredGates: [unit, acceptance:test, scope, secrets, lint]\n';
    const { dir, git } = await createGitRepo({ '.github/shopfloor.yml': required.replace(', lint]', ']'), 'src/a.ts': 'export const a = 1;\n' });
    const result = await verifyChange(await verifyOptions(dir, git));
    expect({ passed: result.passed, reasons: result.report.verdict.reasons }).toEqual({ passed: true, reasons: [] });
    // A gate the change could have run but did not is still a reason.
    const withLint = await createGitRepo({ '.github/shopfloor.yml': required.replace('  - id: unit\n    run: echo ok\n', '  - id: unit\n    run: echo ok\n  - id: lint\n    run: exit 1\n'), 'src/a.ts': 'export const a = 1;\n' });
    const failed = await verifyChange(await verifyOptions(withLint.dir, withLint.git));
    expect(failed.passed).toBe(false);
    expect(failed.report.verdict.reasons.join('\n')).toContain('required gate "lint" ended fail');
  });
});
