import { existsSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGitCli } from '../../../src/adapters/git/git-cli.ts';
import { createGitRepo, writeFiles } from '../../helpers/git-repo.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';
import { runShopfloor } from '../../helpers/run-cli.ts';

const env = { PATH: process.env.PATH! };
const passing = 'apiVersion: shopfloor/v1\ngates:\n  - id: build\n    run: echo built\n  - id: unit\n    run: echo tested\n    needs: [build]\n';

describe.skipIf(process.platform === 'win32')('shopfloor verify', () => {
  it('exits 0 when every required gate passed and prints the table', async () => {
    const { dir } = await createGitRepo({ '.github/shopfloor.yml': passing });
    const result = await runShopfloor(['verify', '--repo', dir], { cwd: dir, env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/✓ {2}build +pass/);
    expect(result.stdout).toContain('PASSED');
    expect(result.stdout).toMatch(/report: .*\.shopfloor\/artifacts\/sha256\/[0-9a-f]{2}\/[0-9a-f]{62} \(unsigned; add --sign\)/);
  });

  it('exits 1 when a gate fails, and --json prints the report', async () => {
    const { dir } = await createGitRepo({ '.github/shopfloor.yml': 'apiVersion: shopfloor/v1\ngates:\n  - id: build\n    run: exit 4\n' });
    const result = await runShopfloor(['verify', '--json'], { cwd: dir, env });
    expect(result.code).toBe(1);
    const output = JSON.parse(result.stdout) as { passed: boolean; report: { gates: { id: string; status: string; exitCode: number }[] } };
    expect(output.passed).toBe(false);
    expect(output.report.gates[0]).toMatchObject({ id: 'build', status: 'fail', exitCode: 4 });
  });

  it.each([
    ['an unknown need', 'apiVersion: shopfloor/v1\ngates:\n  - id: build\n    run: echo\n    needs: [buld]\n', '.github/shopfloor.yml:5:13 gates[0].needs[0]: gate "buld" is not declared; did you mean "build"?'],
    ['a cycle', 'apiVersion: shopfloor/v1\ngates:\n  - id: a\n    run: echo\n    needs: [b]\n  - id: b\n    run: echo\n    needs: [a]\n', 'gates depend on each other in a cycle: a -> b -> a'],
    ['a missing command', 'apiVersion: shopfloor/v1\ngates:\n  - id: build\n    run: no-such-tool-xyz build\n', '.github/shopfloor.yml:4:10 gates[0].run: gate "build" runs "no-such-tool-xyz", which is not installed'],
    ['a config error', 'apiVersion: shopfloor/v1\ngates:\n  - id: build\n    run: echo\n    retires: 2\n', '.github/shopfloor.yml:5:5 gates[0].retires'],
  ])('exits 2 for %s with file:line:col and writes nothing', async (_, policy, message) => {
    const { dir } = await createGitRepo({ '.github/shopfloor.yml': policy });
    const result = await runShopfloor(['verify'], { cwd: dir, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(existsSync(join(dir, '.shopfloor'))).toBe(false);
  });

  it('exits 2 outside a git repository', async () => {
    const dir = await makeTempDir();
    await writeFiles(dir, { '.github/shopfloor.yml': passing });
    expect(await runShopfloor(['verify'], { cwd: dir, env })).toMatchObject({ code: 2, stderr: expect.stringContaining('is not a git repository') });
  });

  it('exits 2 for an unknown work order or --gates name', async () => {
    const { dir } = await createGitRepo({ '.github/shopfloor.yml': passing });
    expect((await runShopfloor(['verify', '--work-order', 'nope'], { cwd: dir, env })).stderr).toContain('work order "nope" not found');
    const result = await runShopfloor(['verify', '--gates', 'unti'], { cwd: dir, env });
    expect([result.code, result.stderr]).toEqual([2, expect.stringContaining('--gates names "unti", which is not a gate here')]);
  });
});

describe.skipIf(process.platform === 'win32')('shopfloor report', () => {
  it('keygen, verify --sign, report verify with the policy signers; tampering, other SHAs and truncation fail', async () => {
    const { dir, head } = await createGitRepo({ '.github/shopfloor.yml': passing });
    const keygen = await runShopfloor(['report', 'keygen', '--json'], { cwd: dir, env });
    expect(keygen.code).toBe(0);
    const key = JSON.parse(keygen.stdout) as { keyId: string; publicKey: string; privateKeyFile: string };
    expect(statSync(key.privateKeyFile).mode & 0o777).toBe(0o600);
    expect(key.privateKeyFile.startsWith(join(dir, '.shopfloor', 'keys'))).toBe(true);

    const verified = await runShopfloor(['verify', '--sign', '--json', '--note'], { cwd: dir, env });
    expect(verified.code).toBe(0);
    const { reportPath } = JSON.parse(verified.stdout) as { reportPath: string };
    expect(await createGitCli().notesShow(dir, 'refs/notes/shopfloor', head)).toBe(await readFile(reportPath, 'utf8'));

    await writeFile(join(dir, '.github/shopfloor.yml'), `${passing}signers:\n  - keyId: "${key.keyId}"\n    publicKey: ${key.publicKey}\n`);
    const ok = await runShopfloor(['report', 'verify', reportPath, '--sha', head], { cwd: dir, env });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`is signed by ${key.keyId}`);
    expect(ok.stdout).toContain(`\n  proves head ${head}`);

    const text = await readFile(reportPath, 'utf8');
    const tampered = join(dir, 'tampered.json');
    await writeFile(tampered, text.replace('"attempts":1', '"attempts":2'));
    expect(await runShopfloor(['report', 'verify', tampered], { cwd: dir, env })).toMatchObject({ code: 1, stdout: expect.stringContaining('the signature does not match the content') });
    expect(await runShopfloor(['report', 'verify', reportPath, '--sha', 'deadbeef'], { cwd: dir, env })).toMatchObject({ code: 2, stderr: expect.stringContaining('"deadbeef" is a short prefix') });
    const truncated = join(dir, 'truncated.json');
    await writeFile(truncated, text.slice(0, 100));
    expect(await runShopfloor(['report', 'verify', truncated], { cwd: dir, env })).toMatchObject({ code: 1, stdout: expect.stringContaining('the JSON is truncated') });
    const untrusted = await runShopfloor(['report', 'verify', reportPath, '--key', (await runShopfloor(['report', 'keygen', '--json'], { cwd: dir, env })).stdout.match(/"publicKey": "([^"]+)"/)![1]!], { cwd: dir, env });
    expect(untrusted).toMatchObject({ code: 1, stdout: expect.stringContaining('which is not trusted') });

    // --require-isolation takes the box by name: this report's gates ran in bubblewrap (or unboxed), never the Windows box.
    const boxed = JSON.parse(text) as { isolation: { mode: string } };
    const windowsOnly = await runShopfloor(['report', 'verify', reportPath, '--require-isolation', 'windows-job'], { cwd: dir, env });
    expect(windowsOnly).toMatchObject({ code: 1, stdout: expect.stringContaining(boxed.isolation.mode === 'none' ? 'the gates ran without a sandbox' : 'the gates ran in bubblewrap, not windows-job') });
    expect(await runShopfloor(['report', 'verify', reportPath, '--require-isolation', 'jail'], { cwd: dir, env })).toMatchObject({ code: 2, stderr: expect.stringContaining('--require-isolation takes no value or one of bubblewrap, windows-job, not "jail"') });

    // The same report as an in-toto attestation (DSSE envelope), checked by the same command and rules.
    const { attestationPath } = JSON.parse(verified.stdout) as { attestationPath: string };
    const attested = await runShopfloor(['report', 'verify', attestationPath, '--sha', head], { cwd: dir, env });
    expect(attested.code, attested.stdout + attested.stderr).toBe(0);
    expect(attested.stdout).toContain(`(in-toto attestation, DSSE) is signed by ${key.keyId}`);
    expect(attested.stdout).toContain(`\n  proves head ${head}`);
    expect(await runShopfloor(['report', 'verify', attestationPath, '--sha', 'HEAD~0', '--policy', '.github/shopfloor.yml'], { cwd: dir, env })).toMatchObject({ code: 1, stdout: expect.stringContaining('was made under another policy') });

    const show = await runShopfloor(['report', 'show', reportPath, '--format', 'check-run'], { cwd: dir, env });
    expect(JSON.parse(show.stdout)).toMatchObject({ conclusion: 'success', title: 'Verified: 4 pass' });
  });
});
