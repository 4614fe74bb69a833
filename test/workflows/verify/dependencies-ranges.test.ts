import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNpmRegistry } from '../../../src/adapters/registry/npm-registry.ts';
import { verifyChange } from '../../../src/workflows/verify/verify-change.ts';
import { createGitRepo, writeFiles } from '../../helpers/git-repo.ts';
import { everyEcosystem, verifyOptions } from './verify-harness.ts';

const day = 86_400_000;
const now = Date.UTC(2026, 11, 5);
const iso = (ms: number) => new Date(ms).toISOString();

// A registry over real HTTP: left-pad 1.3.0 is old, 1.4.0 came out two days ago.
const packuments: Record<string, unknown> = {
  'left-pad': { versions: { '1.2.0': {}, '1.3.0': {}, '1.4.0': {} }, time: { '1.2.0': iso(now - 900 * day), '1.3.0': iso(now - 400 * day), '1.4.0': iso(now - 2 * day) } },
};
let server: Server;
let baseUrl = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    const packument = packuments[decodeURIComponent((request.url ?? '/').slice(1))];
    response.writeHead(packument ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(packument ?? { error: 'Not found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A library with no lockfile that declares `range` for left-pad in its head commit. */
async function library(range: string, ranges?: 'pinned' | 'newest') {
  const policy = `apiVersion: shopfloor/v1\ndependencies:\n  allow: ["left-pad"]\n  cooldown: 7d\n${ranges ? `  ranges: ${ranges}\n` : ''}`;
  const repo = await createGitRepo({ '.github/shopfloor.yml': policy, 'package.json': JSON.stringify({ name: 'lib', version: '1.0.0' }, null, 2) });
  await writeFiles(repo.dir, { 'package.json': JSON.stringify({ name: 'lib', version: '1.0.0', dependencies: { 'left-pad': range } }, null, 2) });
  await repo.git.addAll(repo.dir);
  const head = await repo.git.commit(repo.dir, 'depend on left-pad');
  const npm = createNpmRegistry({ baseUrl });
  const result = await verifyChange(await verifyOptions(repo.dir, repo.git, { base: repo.head, head, gates: ['dependencies'], registry: { ...everyEcosystem(npm), npm }, clock: { now: () => now } }));
  const gate = result.report.gates.find((g) => g.id === 'dependencies')!;
  return { status: gate.status, reason: gate.reason, messages: gate.annotations.map((a) => a.message) };
}

describe.skipIf(process.platform === 'win32')('the dependencies gate on a range no lockfile resolves', () => {
  it('by default a range is unproven, with the fix named: pin, commit the lockfile, or judge ranges by their newest version', async () => {
    const gate = await library('^1.2.0');
    expect([gate.status, gate.reason]).toEqual(['error', 'dependency age is unproven: a version is not pinned or locked']);
    expect(gate.messages[0]).toContain('set dependencies.ranges: newest in the policy');
  });

  it('with ranges: newest, a range is judged by the newest version it admits today', async () => {
    const fresh = await library('^1.2.0', 'newest');
    expect(fresh.status).toBe('fail');
    expect(fresh.messages).toEqual(['npm left-pad@1.4.0 (the newest "^1.2.0" admits today) was published 2 day(s) ago, inside the 7-day cooldown; wait or pin an older version']);
    const old = await library('~1.3.0', 'newest');
    expect([old.status, old.reason, old.messages]).toEqual(['pass', '1 changed dependency allowed', []]);
  });

  it('with ranges: newest, a range that admits nothing, a package the registry lacks or a non-range is never a pass', async () => {
    expect((await library('^2.0.0', 'newest')).messages).toEqual(['npm left-pad@^2.0.0: the registry has no such version; check the name for a typo (typosquatting) and the version']);
    const gitSource = await library('github:left-pad/left-pad', 'newest');
    expect([gitSource.status, gitSource.messages]).toEqual(['error', ['npm left-pad@github:left-pad/left-pad: the installed version is unknown, so the cooldown is unproven: "github:left-pad/left-pad" is not a semver range; pin an exact version']]);
  });
});
