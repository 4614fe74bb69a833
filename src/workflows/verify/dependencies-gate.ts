import { checkNpmLockfile, parseNpmLockfile } from '../../core/gates/dependencies/check-npm-lockfile.ts';
import { exactVersion, judgeDependency } from '../../core/gates/dependencies/judge-dependency.ts';
import { changedDependencies, manifestParser, type DeclaredDependency } from '../../core/gates/dependencies/parse-manifests.ts';
import type { Annotation, GateResult, GateSpec } from '../../core/gates/gate-spec.ts';
import { parseDuration } from '../../core/duration.ts';
import type { GateContext } from './verify-types.ts';

const lockfileNames = ['package-lock.json', 'npm-shrinkwrap.json'];

/**
 * Built-in `dependencies`: added or changed dependencies are allowlisted and older than the cooldown
 * (publish time from the registry; unreachable is `error`), npm lockfiles are not tampered with, and
 * install scripts of new packages are flagged.
 */
export async function runDependenciesGate(spec: GateSpec, context: GateContext): Promise<Omit<GateResult, 'durationMs'>> {
  const { options } = context;
  const base = { id: spec.id, kind: spec.kind, required: spec.required, attempts: 1 };
  const changes = await options.git.diff(options.repoDir, context.base, context.dirty ? undefined : context.head);
  const readHead = (path: string) => (context.dirty ? options.filesAt(options.repoDir).read(path) : options.git.show(options.repoDir, context.head, path));
  const annotations: Annotation[] = [];
  let unreachable = false;
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
    const lockDir = change.path.includes('/') ? change.path.slice(0, change.path.lastIndexOf('/') + 1) : '';
    const lock = parseNpmLockfile((await readHead(`${lockDir}package-lock.json`)) ?? '');
    for (const { dependency } of changedDependencies(before ? parse(before, change.path) : [], parse(after, change.path))) {
      checked++;
      const version = exactVersion(dependency.version) ?? lock?.find((p) => p.path === `node_modules/${dependency.name}`)?.version;
      const publish = version ? await options.registry.publishTime(dependency.ecosystem, dependency.name, version) : ({ kind: 'unsupported' } as const);
      const judgement = judgeDependency({ ...dependency, version: version ?? dependency.version }, policy.allow, cooldownMs, publish, options.clock.now());
      unreachable ||= judgement.gateError;
      if (judgement.level !== 'ok') annotations.push({ path: change.path, line: lineOf(after, dependency), level: judgement.level, title: 'dependency', message: judgement.message });
    }
  }
  const errors = annotations.filter((a) => a.level === 'error').length;
  if (unreachable) return { ...base, status: 'error', reason: 'a package registry could not be reached, so dependency age is unproven', annotations };
  if (errors > 0) return { ...base, status: 'fail', reason: `${errors} dependency problem${errors === 1 ? '' : 's'}`, annotations };
  return { ...base, status: 'pass', reason: checked === 0 ? 'no dependency changed' : `${checked} changed dependenc${checked === 1 ? 'y' : 'ies'} allowed`, annotations };
}

function lineOf(text: string, dependency: DeclaredDependency): number {
  const index = text.split('\n').findIndex((line) => line.includes(`"${dependency.name}"`) || line.trimStart().startsWith(dependency.name));
  return index < 0 ? 1 : index + 1;
}
