import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCratesRegistry } from '../../../src/adapters/registry/crates-registry.ts';
import { createNpmRegistry } from '../../../src/adapters/registry/npm-registry.ts';
import { createPypiRegistry } from '../../../src/adapters/registry/pypi-registry.ts';
import { verifyChange } from '../../../src/workflows/verify/verify-change.ts';
import { createGitRepo, writeFiles } from '../../helpers/git-repo.ts';
import { verifyOptions } from './verify-harness.ts';

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

const now = Date.UTC(2026, 10, 22);
const daysAgo = (days: number) => new Date(now - days * 86_400_000).toISOString();
const registries = () => ({ npm: createNpmRegistry(), cargo: createCratesRegistry(), pypi: createPypiRegistry() });
const crate = (name: string, version: string, days: number) => nock('https://crates.io').get(`/api/v1/crates/${name}/${version}`).reply(200, { version: { num: version, created_at: daysAgo(days) } });
const pypi = (name: string, version: string, days: number) => nock('https://pypi.org').get(`/pypi/${name}/${version}/json`).reply(200, { urls: [{ upload_time_iso_8601: daysAgo(days) }] });
const cargoLock = (crates: Record<string, string>) =>
  `version = 3\n${Object.entries(crates).map(([name, version]) => `\n[[package]]\nname = "${name}"\nversion = "${version}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n`).join('')}`;

async function dependenciesGate(files: Record<string, string>) {
  const repo = await createGitRepo({
    '.github/shopfloor.yml': 'apiVersion: shopfloor/v1\ndependencies:\n  allow: ["serde", "tokio", "rand", "requests", "django", "urllib3", "left-pad"]\n  cooldown: 7d\n',
    'crates/app/Cargo.toml': '[package]\nname = "app"\nversion = "0.1.0"\n\n[dependencies]\n',
    'requirements.txt': '',
  });
  await writeFiles(repo.dir, files);
  await repo.git.addAll(repo.dir);
  const head = await repo.git.commit(repo.dir, 'dependencies');
  const result = await verifyChange(await verifyOptions(repo.dir, repo.git, { base: repo.head, head, registry: registries(), clock: { now: () => now } }));
  const gate = result.report.gates.find((g) => g.id === 'dependencies')!;
  return { status: gate.status, reason: gate.reason, messages: gate.annotations.map((a) => `${a.level} ${a.path}:${a.line} ${a.message}`) };
}

describe.skipIf(process.platform === 'win32')('dependencies gate over crates.io and PyPI', () => {
  it('looks up the locked or pinned version of new crates and pip requirements', async () => {
    crate('serde', '1.0.210', 400);
    crate('tokio', '1.40.0', 90);
    pypi('requests', '2.32.3', 200);
    const gate = await dependenciesGate({
      'crates/app/Cargo.toml': '[package]\nname = "app"\nversion = "0.1.0"\n\n[dependencies]\nserde = "1.0"\ntokio = { version = "=1.40.0", features = ["full"] }\nutil = { path = "../util" }\n',
      'Cargo.lock': cargoLock({ serde: '1.0.210', tokio: '1.40.0' }),
      'requirements.txt': 'requests==2.32.3\n',
    });
    expect(gate).toEqual({ status: 'pass', reason: '3 changed dependencies allowed', messages: [] });
  });

  it('an arbitrary-equality pin (===) looks up the release written so, even one that is not PEP 440', async () => {
    pypi('urllib3', '2.2.3%2Bvendored-1', 200);
    pypi('django', 'legacy', 300);
    const gate = await dependenciesGate({ 'requirements.txt': 'urllib3===2.2.3+vendored-1\ndjango===legacy\n' });
    expect(gate).toEqual({ status: 'pass', reason: '2 changed dependencies allowed', messages: [] });
  });

  it('a release inside the cooldown fails; a typo is not found', async () => {
    crate('rand', '0.8.5', 2);
    nock('https://pypi.org').get('/pypi/reqeusts/2.32.3/json').reply(404);
    const gate = await dependenciesGate({ 'crates/app/Cargo.toml': '[package]\nname = "app"\n\n[dependencies]\nrand = "=0.8.5"\n', 'requirements.txt': 'reqeusts==2.32.3\n' });
    expect(gate.status).toBe('fail');
    expect(gate.messages).toEqual([
      expect.stringMatching(/^error crates\/app\/Cargo.toml:5 cargo rand@0.8.5 was published 2 day\(s\) ago, inside the 7-day cooldown/),
      expect.stringMatching(/^error requirements.txt:1 pypi reqeusts@2.32.3 is not on the dependency allowlist/),
    ]);
  });

  it('resolves an npm range through the workspace root lockfile, not the range\'s lower bound', async () => {
    nock('https://registry.npmjs.org').get('/left-pad').reply(200, { time: { '1.3.0': daysAgo(900), '1.3.1': daysAgo(1) } });
    const entry = { version: '1.3.1', resolved: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.1.tgz', integrity: 'sha512-X' };
    const gate = await dependenciesGate({
      'packages/a/package.json': JSON.stringify({ name: 'a', dependencies: { 'left-pad': '^1.3.0', b: 'workspace:*' } }, null, 2),
      'package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { '': { name: 'root' }, 'packages/a/node_modules/left-pad': entry } }, null, 2),
    });
    expect(gate.status).toBe('fail');
    expect(gate.messages).toEqual([expect.stringMatching(/^error packages\/a\/package.json:\d+ npm left-pad@1.3.1 was published 1 day\(s\) ago/)]);
  });

  it('an unpinned range is an error that says how to pin it, never a silent pass', async () => {
    const gate = await dependenciesGate({ 'crates/app/Cargo.toml': '[package]\nname = "app"\n\n[dependencies]\nrand = "0.8"\n', 'requirements.txt': 'Django>=5.0\n' });
    expect(gate.status).toBe('error');
    expect(gate.reason).toBe('dependency age is unproven: a version is not pinned or locked');
    expect(gate.messages).toEqual([
      expect.stringContaining('cargo rand@0.8: the installed version is unknown, so the cooldown is unproven: "0.8" is a range (Cargo reads "1.2.3" as "^1.2.3") and no Cargo.lock resolves it; commit Cargo.lock, pin with "=x.y.z", or (for a library) set dependencies.ranges: newest in the policy'),
      expect.stringContaining('pypi django@>=5.0: the installed version is unknown, so the cooldown is unproven: ">=5.0" is not one exact version; pin it with "==x.y.z"'),
    ]);
  });

  it('an unreachable crates.io or PyPI is an error, never a pass', async () => {
    nock('https://crates.io').get('/api/v1/crates/serde/1.0.210').replyWithError({ code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND crates.io' });
    nock('https://pypi.org').get('/pypi/urllib3/2.2.3/json').reply(503, 'upstream unavailable');
    const gate = await dependenciesGate({ 'crates/app/Cargo.toml': '[package]\nname = "app"\n\n[dependencies]\nserde = "=1.0.210"\n', 'requirements.txt': 'urllib3==2.2.3\n' });
    expect([gate.status, gate.reason]).toEqual(['error', 'dependency age is unproven: a package registry could not be reached']);
    expect(gate.messages).toEqual([
      expect.stringMatching(/^error crates\/app\/Cargo.toml:5 cargo serde@1.0.210: the registry could not be reached \(https:\/\/crates.io\/api\/v1\/crates\/serde\/1.0.210: .*ENOTFOUND/),
      expect.stringContaining('pypi urllib3@2.2.3: the registry could not be reached (https://pypi.org/pypi/urllib3/2.2.3/json answered HTTP 503)'),
    ]);
  });
});
