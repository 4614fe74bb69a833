import { describe, expect, it } from 'vitest';
import { checkNpmLockfile, parseNpmLockfile } from '../../../../src/core/gates/dependencies/check-npm-lockfile.ts';
import { judgeDependency } from '../../../../src/core/gates/dependencies/judge-dependency.ts';
import { lockedCrateVersion, parseCargoLock } from '../../../../src/core/gates/dependencies/parse-cargo-lock.ts';
import { pinnedVersion } from '../../../../src/core/gates/dependencies/pinned-version.ts';
import { changedDependencies, parseCargoToml, parsePackageJson, parseRequirements } from '../../../../src/core/gates/dependencies/parse-manifests.ts';

const day = 86_400_000;
const now = Date.UTC(2026, 10, 22);

describe('manifests', () => {
  it('finds added and changed npm dependencies across sections', () => {
    const before = parsePackageJson(JSON.stringify({ dependencies: { zod: '4.6.7', yaml: '2.9.1' } }), 'package.json');
    const after = parsePackageJson(JSON.stringify({ dependencies: { zod: '4.6.8', yaml: '2.9.1' }, devDependencies: { 'left-pad': '^1.3.0' } }), 'package.json');
    expect(changedDependencies(before, after).map((c) => `${c.dependency.name}@${c.dependency.version}${c.previous ? ` from ${c.previous}` : ''}`)).toEqual(['zod@4.6.8 from 4.6.7', 'left-pad@^1.3.0']);
  });

  it('reads Cargo.toml tables and requirements files', () => {
    const cargo = parseCargoToml('[package]\nname = "x"\nversion = "0.1.0"\n\n[dependencies]\nserde = "1.0"\ntokio = { version = "1.40", features = ["full"] }\n\n[dev-dependencies]\nproptest = "1"\n', 'Cargo.toml');
    expect(cargo.map((d) => `${d.name}@${d.version}`)).toEqual(['serde@1.0', 'tokio@1.40', 'proptest@1']);
    const pip = parseRequirements('# pinned\nrequests==2.32.3\nDjango[argon2]>=5.0 ; python_version>"3.10"\n-r base.txt\n', 'requirements.txt');
    expect(pip.map((d) => `${d.name} ${d.version}`)).toEqual(['requests ==2.32.3', 'django >=5.0']);
  });

  it('marks Cargo path/workspace/git and npm file/workspace/link entries so they are not looked up as crates.io versions', () => {
    const cargo = parseCargoToml('[dependencies]\nlocal = { path = "../local" }\nshared = { workspace = true }\nforked = { git = "https://example.test/x.git" }\n', 'Cargo.toml');
    expect(cargo.map((d) => pinnedVersion(d, undefined).kind)).toEqual(['local', 'local', 'unpinned']);
    const npm = parsePackageJson(JSON.stringify({ dependencies: { a: 'file:../a', b: 'workspace:*', c: 'link:../c' } }), 'package.json');
    expect(npm.map((d) => pinnedVersion(d, undefined).kind)).toEqual(['local', 'local', 'local']);
  });
});

describe('pinnedVersion', () => {
  const dep = (ecosystem: 'npm' | 'cargo' | 'pypi', version: string) => ({ ecosystem, name: 'x', version, file: 'f' });
  it.each([
    ['npm', '1.2.3', undefined, '1.2.3'],
    ['npm', '=v2.0.0-rc.1', undefined, '2.0.0-rc.1'],
    ['npm', '^1.2.3', undefined, 'package-lock.json'],
    ['npm', '^1.2.3', '1.4.0', '1.4.0'],
    ['npm', 'latest', undefined, 'package-lock.json'],
    ['npm', 'github:user/repo', undefined, 'package-lock.json'],
    ['cargo', '=1.0.210', undefined, '1.0.210'],
    ['cargo', '1.0.210', undefined, 'Cargo reads "1.2.3" as "^1.2.3"'],
    ['cargo', '1.0', '1.0.210', '1.0.210'],
    ['pypi', '==2.32.3', undefined, '2.32.3'],
    ['pypi', '===1.0rc1', undefined, '1.0rc1'],
    ['pypi', '~=2.32', undefined, 'pin it with "==x.y.z"'],
    ['pypi', '==2.*', undefined, 'pin it with "==x.y.z"'],
    ['pypi', '>=1,<2', undefined, 'pin it with "==x.y.z"'],
  ] as const)('%s %s (locked %s) -> %s', (ecosystem, written, locked, expected) => {
    const pinned = pinnedVersion(dep(ecosystem, written), locked);
    expect(pinned.kind === 'exact' ? pinned.version : pinned.kind === 'unpinned' ? pinned.reason : pinned.kind).toContain(expected);
    expect(pinned.kind).toBe(/^\d/.test(expected) ? 'exact' : 'unpinned');
  });

  it.each([
    ['===1.0.0+local', '1.0.0+local'],
    ['===1.0+local-build', '1.0+local-build'],
    ['===foobar', 'foobar'],
    ['=== FooBar', 'FooBar'],
  ])('pypi %s pins the release whose version is %s: arbitrary equality names its text, PEP 440 or not', (written, version) => {
    expect(pinnedVersion(dep('pypi', written), undefined)).toEqual({ kind: 'exact', version });
  });

  it('reads registry crates of a Cargo.lock; several locked versions are ambiguous', () => {
    const lock = parseCargoLock('version = 3\n\n[[package]]\nname = "app"\nversion = "0.1.0"\n\n[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n\n[[package]]\nname = "rand"\nversion = "0.7.3"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n\n[[package]]\nname = "rand"\nversion = "0.8.5"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n');
    expect(lock.map((c) => `${c.name}@${c.version}`)).toEqual(['serde@1.0.210', 'rand@0.7.3', 'rand@0.8.5']);
    expect([lockedCrateVersion(lock, 'serde'), lockedCrateVersion(lock, 'rand'), lockedCrateVersion(lock, 'app')]).toEqual(['1.0.210', undefined, undefined]);
  });
});

describe('judgeDependency', () => {
  const dep = { ecosystem: 'npm' as const, name: 'left-pad', version: '1.3.0', file: 'package.json' };
  it.each([
    ['not allowlisted', [], { kind: 'published', at: now - 30 * day }, 'error', false, 'not on the dependency allowlist'],
    ['inside the cooldown', ['left-*'], { kind: 'published', at: now - 2 * day }, 'error', false, 'published 2 day(s) ago, inside the 7-day cooldown'],
    ['old enough', ['left-pad'], { kind: 'published', at: now - 30 * day }, 'ok', false, 'allowlisted and 30 days old'],
    ['registry unreachable is a gate error', ['left-pad'], { kind: 'unreachable', reason: 'ECONNREFUSED' }, 'error', true, 'could not be reached (ECONNREFUSED)'],
    ['unknown version', ['left-pad'], { kind: 'not-found' }, 'error', false, 'no such version'],
    ['an unpinned range is a gate error', ['left-pad'], { kind: 'unresolved', reason: 'pin it' }, 'error', true, 'the installed version is unknown, so the cooldown is unproven: pin it'],
  ] as const)('%s', (_, allow, publish, level, gateError, message) => {
    const judgement = judgeDependency(dep, allow, 7 * day, publish, now);
    expect(judgement.level).toBe(level);
    expect(judgement.gateError).toBe(gateError);
    expect(judgement.message).toContain(message);
  });
});

describe('checkNpmLockfile', () => {
  const lock = (packages: Record<string, object>) => parseNpmLockfile(JSON.stringify({ lockfileVersion: 3, packages: { '': { name: 'app' }, ...packages } }))!;
  const pad = { version: '1.3.0', resolved: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz', integrity: 'sha512-AAA' };
  const check = (head: Record<string, object>) => checkNpmLockfile('package-lock.json', lock({ 'node_modules/left-pad': pad }), lock(head), ['registry.npmjs.org']).map((a) => `${a.level}: ${a.message}`);

  it('accepts a normal version bump', () => {
    expect(check({ 'node_modules/left-pad': { version: '1.3.1', resolved: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.1.tgz', integrity: 'sha512-BBB' } })).toEqual([]);
  });
  it('rejects an unchanged version repointed to another host', () => {
    const found = check({ 'node_modules/left-pad': { ...pad, resolved: 'https://evil.test/x.tgz' } });
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('"resolved" changed');
    expect(found[1]).toContain('not an allowed registry');
  });
  it('rejects an integrity swap without a version change', () => {
    expect(check({ 'node_modules/left-pad': { ...pad, integrity: 'sha512-EVIL' } })).toEqual([expect.stringContaining('"integrity" changed without a version change')]);
  });
  it('rejects plain http and flags install scripts of new packages', () => {
    const found = check({ 'node_modules/left-pad': pad, 'node_modules/evil': { version: '1.0.0', resolved: 'http://registry.npmjs.org/evil/-/evil-1.0.0.tgz', hasInstallScript: true } });
    expect(found).toEqual([expect.stringMatching(/^error: .*not an https URL/), expect.stringMatching(/^warning: evil@1.0.0 runs an install script/)]);
  });
});
