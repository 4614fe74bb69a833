import { checkNpmLockfile, parseNpmLockfile } from '../../core/gates/dependencies/check-npm-lockfile.ts';
import { judgeDependency, type PublishTime } from '../../core/gates/dependencies/judge-dependency.ts';
import { newestAdmitted } from '../../core/gates/dependencies/newest-admitted.ts';
import type { PackageRegistry } from '../../ports/package-registry.ts';
import { changedDependencies, manifestParser, type DeclaredDependency } from '../../core/gates/dependencies/parse-manifests.ts';
import { pinnedVersion } from '../../core/gates/dependencies/pinned-version.ts';
import type { Annotation, GateResult, GateSpec } from '../../core/gates/gate-spec.ts';
import { parseDuration } from '../../core/duration.ts';
import { lockedVersionsFor } from './locked-versions.ts';
import type { GateContext } from './verify-types.ts';

const lockfileNames = ['package-lock.json', 'npm-shrinkwrap.json'];

/**
 * Built-in `dependencies`: added or changed dependencies are allowlisted and older than the cooldown
 * (publish time from npm, crates.io or PyPI for the version the lockfile or an exact pin installs; an
 * unreachable registry or an unpinned range is `error`, never a pass), npm lockfiles are not tampered
 * with, and install scripts of new packages are flagged.
 */
export async function runDependenciesGate(spec: GateSpec, context: GateContext): Promise<Omit<GateResult, 'durationMs'>> {
  const { options } = context;
  const base = { id: spec.id, kind: spec.kind, required: spec.required, attempts: 1 };
  const changes = await options.git.diff(options.repoDir, context.base, context.dirty ? undefined : context.head);
  const readHead = (path: string) => (context.dirty ? options.filesAt(options.repoDir).read(path) : options.git.show(options.repoDir, context.head, path));
  const annotations: Annotation[] = [];
  const unproven: string[] = [];
  let checked = 0;
  const policy = options.policy.dependencies;
  const cooldownMs = parseDuration(policy.cooldown) ?? 7 * 86_400_000;
  for (const change of changes) {
    if (change.status === 'D') continue;
    const name = change.path.split('/').pop()!;
    const before = await options.git.show(options.repoDir, context.base, change.fromPath ?? change.path);
    const after = (await readHead(change.path)) ?? '';
    if (lockfileNames.includes(name)) {
      const head = parseNpmLockfile(after);
      if (!head) annotations.push({ path: change.path, line: 1, level: 'error', title: 'lockfile', message: 'the lockfile is not valid JSON; regenerate it with npm install' });
      else annotations.push(...checkNpmLockfile(change.path, parseNpmLockfile(before ?? '{}') ?? [], head, policy.registries ?? ['registry.npmjs.org']));
      continue;
    }
    const parse = manifestParser(change.path);
    if (!parse) continue;
    const declared = parse(after, change.path);
    const lockedVersion = await lockedVersionsFor(change.path, declared[0]?.ecosystem ?? 'npm', readHead);
    for (const { dependency } of changedDependencies(before ? parse(before, change.path) : [], declared)) {
      const pinned = pinnedVersion(dependency, lockedVersion(dependency.name));
      if (pinned.kind === 'local') continue;
      checked++;
      const { version, publish } = pinned.kind === 'exact'
        ? { version: pinned.version, publish: await options.registry[dependency.ecosystem].publishTime(dependency.name, pinned.version) }
        : policy.ranges === 'newest' && pinned.range
          ? await judgeByNewest(dependency, options.registry[dependency.ecosystem])
          : { version: dependency.version, publish: { kind: 'unresolved', reason: pinned.reason } as const };
      const judgement = judgeDependency({ ...dependency, version }, policy.allow, cooldownMs, publish, options.clock.now());
      if (judgement.gateError) unproven.push(publish.kind === 'unreachable' ? 'a package registry could not be reached' : 'a version is not pinned or locked');
      if (judgement.level !== 'ok') annotations.push({ path: change.path, line: lineOf(after, dependency), level: judgement.level, title: 'dependency', message: judgement.message });
    }
  }
  const errors = annotations.filter((a) => a.level === 'error').length;
  if (unproven.length > 0) return { ...base, status: 'error', reason: `dependency age is unproven: ${[...new Set(unproven)].join('; ')}`, annotations };
  if (errors > 0) return { ...base, status: 'fail', reason: `${errors} dependency problem${errors === 1 ? '' : 's'}`, annotations };
  return { ...base, status: 'pass', reason: checked === 0 ? 'no dependency changed' : `${checked} changed dependenc${checked === 1 ? 'y' : 'ies'} allowed`, annotations };
}

/**
 * A range judged by the newest release it admits today (`dependencies.ranges: newest`): the version is
 * labelled with the range it came from, and a range that admits nothing is not found.
 */
async function judgeByNewest(dependency: DeclaredDependency, registry: PackageRegistry): Promise<{ version: string; publish: PublishTime }> {
  const listed = await registry.releases(dependency.name);
  if (listed.kind !== 'listed') return { version: dependency.version, publish: listed };
  const newest = newestAdmitted(dependency, listed.releases);
  if (newest.kind === 'unreadable') return { version: dependency.version, publish: { kind: 'unresolved', reason: `${newest.reason}; pin an exact version` } };
  if (newest.kind === 'none') return { version: dependency.version, publish: { kind: 'not-found' } };
  return { version: `${newest.release.version} (the newest "${dependency.version}" admits today)`, publish: { kind: 'published', at: newest.release.at } };
}

function lineOf(text: string, dependency: DeclaredDependency): number {
  const index = text.split('\n').findIndex((line) => line.includes(`"${dependency.name}"`) || line.trimStart().startsWith(dependency.name));
  return index < 0 ? 1 : index + 1;
}
