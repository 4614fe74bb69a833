import { generateKeyPairSync } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContentAddressedStore } from '../../../src/adapters/artifacts/content-addressed-store.ts';
import { createSecretDetector } from '../../../src/core/redaction/secret-detector.ts';
import { scanLog } from '../../../src/workflows/verify/secrets-gate.ts';
import { verifyChange } from '../../../src/workflows/verify/verify-change.ts';
import { createGitRepo } from '../../helpers/git-repo.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';
import { verifyOptions } from './verify-harness.ts';

const token = `ghp_${'Q7w'.repeat(12)}`;
const canary = 'ghs_CANARYorchestratorSecret0123456789ab';
const padding = (bytes: number) => `${'x'.repeat(99)}\n`.repeat(Math.ceil(bytes / 100));
const hex = (text: string) => Buffer.from(text).toString('hex');
const reversed = (text: string) => [...text].reverse().join('');
const wrap = (text: string, width: number) => text.match(new RegExp(`.{1,${width}}`, 'g'))!.join('\n');

describe('scanLog', () => {
  const detect = createSecretDetector({ secrets: [canary] });
  const scan = async (text: string) => {
    const store = createContentAddressedStore(await makeTempDir('shopfloor-store-'));
    const digest = await store.put(text);
    return (await scanLog(store, digest, 'log', detect)).map((a) => `${a.line} ${a.level} ${a.message.split(';')[0]}`);
  };

  it.each([
    ['a token followed by 9 MB of padding', `${token}\n${padding(9_000_000)}`, 1],
    ['a token after 9 MB of padding', `${padding(9_000_000)}${token}\n`, 90_001],
    ['a token wrapped across lines', `start\n${wrap(token, 7)}\n- end\n`, 2],
    ['a reversed token', `x ${reversed(token)} y\n`, 1],
    ['a token in base64 wrapped at 76 columns', `blob:\n${wrap(Buffer.from(`{"auth":"${token}","pad":"${'p'.repeat(80)}"}`).toString('base64'), 76)}\n`, 2],
    ['the canary in hex', `env dump ${hex(`GITHUB_TOKEN=${canary}`)}\n`, 1],
    ['the canary reversed, in hex', `${hex(reversed(canary))}\n`, 1],
    ['a database URL password', 'connecting to postgres://app:Sup3rS3cret@db.internal/app\n', 1],
    ['a redaction marker left by the log writer', 'token [REDACTED:github-token] used\n', 1],
  ])('finds %s', async (_case, text, line) => {
    const findings = await scan(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatch(new RegExp(`^${line} error `));
    expect(findings.join('\n')).not.toContain(token.slice(4, 20));
  });

  it.each([
    ['ordinary output', 'compiling 12 files\n  src/core/redaction/secret-detector.ts ok\nall 340 tests passed\n'],
    ['a handed-over credential marker', 'publish with [REDACTED:credential]\n'],
    ['a public key body and a git SHA', 'MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\ncommit 0d6e95958d1f1cbb5a0c1b3f8a02f2c1d64b7c11\n'],
  ])('passes %s', async (_case, text) => {
    expect(await scan(text)).toEqual([]);
  });

  it('gives a loopback database password a warning only', async () => {
    expect(await scan('postgres://postgres:postgres1@localhost:5432/test\n')).toEqual([expect.stringMatching(/^1 warning /)]);
  });
});

describe.skipIf(process.platform === 'win32')('the secrets gate over real gate logs', () => {
  it('fails on a token printed before 9 MB of output and on a stolen canary, and stores neither', async () => {
    const script = `printf '%s\\n' '${token}'; head -c 9000000 /dev/zero | tr '\\\\0' x; echo; printf '%s\\n' '${hex(canary)}' '---' '${wrap(reversed(canary), 9).replace(/\n/g, "' '")}'`;
    const { dir, git } = await createGitRepo({ '.github/shopfloor.yml': `apiVersion: shopfloor/v1\ngates:\n  - id: leak\n    run: ${JSON.stringify(script)}\n` });
    const options = await verifyOptions(dir, git, { sourceEnv: { PATH: process.env.PATH, ORCHESTRATOR_TOKEN: canary } });
    const result = await verifyChange(options);
    const gate = (id: string) => result.report.gates.find((g) => g.id === id)!;
    expect(gate('leak').status).toBe('pass');
    expect(gate('secrets').status).toBe('fail');
    expect(gate('secrets').annotations.map((a) => `${a.line} ${a.message.split(' was')[0]}`)).toEqual(['1 a github-token', '3 a secret', '5 a secret']);
    const log = await readFile(options.store.pathOf(gate('leak').logDigest!), 'utf8');
    expect(log.length).toBeGreaterThan(9_000_000);
    for (const form of [token, hex(canary), reversed(canary).slice(0, 9)]) expect(log).not.toContain(form);
    const root = join(dir, '.shopfloor/artifacts');
    const files = (await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const text = await readFile(join(file.parentPath, file.name), 'utf8');
      expect(text).not.toContain(token);
      expect(text).not.toContain(canary);
      expect(text).not.toContain(hex(canary));
    }
  });

  it('fails on the signing key handed in outside the environment, printed as its bare PEM body line', async () => {
    const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const body = pem.split('\n')[1]!;
    const { dir, git } = await createGitRepo({ '.github/shopfloor.yml': `apiVersion: shopfloor/v1\ngates:\n  - id: leak\n    run: ${JSON.stringify(`echo 'key: ${reversed(body)}'; echo ...; echo '${body.slice(0, 20)}'; echo '${body.slice(20)}'`)}\n` });
    const options = await verifyOptions(dir, git, { knownSecrets: [pem] });
    const result = await verifyChange(options);
    const secrets = result.report.gates.find((g) => g.id === 'secrets')!;
    expect(secrets.status).toBe('fail');
    expect(secrets.annotations.map((a) => a.line)).toEqual([1, 3]);
    const log = await readFile(options.store.pathOf(result.report.gates.find((g) => g.id === 'leak')!.logDigest!), 'utf8');
    expect(log).not.toContain(body.slice(0, 20));
    expect(log).not.toContain(reversed(body).slice(0, 20));
  });
});
