import type { Annotation } from '../gate-spec.ts';

/** One package of an npm lockfile (v2/v3 `packages` map). */
export interface LockedPackage {
  readonly path: string;
  readonly name: string;
  readonly version?: string;
  readonly resolved?: string;
  readonly integrity?: string;
  readonly hasInstallScript?: boolean;
}

/** Packages of a package-lock.json (lockfileVersion 2 or 3); the root entry is left out. */
export function parseNpmLockfile(text: string): LockedPackage[] | undefined {
  let data: { packages?: Record<string, Record<string, unknown>> };
  try {
    data = JSON.parse(text) as typeof data;
  } catch {
    return undefined;
  }
  return Object.entries(data.packages ?? {}).filter(([path]) => path !== '').map(([path, entry]) => ({
    path,
    name: typeof entry.name === 'string' ? entry.name : path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length),
    ...(typeof entry.version === 'string' ? { version: entry.version } : {}),
    ...(typeof entry.resolved === 'string' ? { resolved: entry.resolved } : {}),
    ...(typeof entry.integrity === 'string' ? { integrity: entry.integrity } : {}),
    ...(entry.hasInstallScript === true ? { hasInstallScript: true } : {}),
  }));
}

/**
 * Lockfile tampering and risk between base and head: an unchanged version whose `resolved` or
 * `integrity` changed, a `resolved` URL that is not HTTPS on an allowed registry host, and install
 * scripts of packages that are new (warnings: they run on `npm install`).
 */
export function checkNpmLockfile(file: string, base: readonly LockedPackage[], head: readonly LockedPackage[], allowedHosts: readonly string[]): Annotation[] {
  const problems: Annotation[] = [];
  const before = new Map(base.map((p) => [p.path, p]));
  const at = (message: string, level: Annotation['level'] = 'error'): Annotation => ({ path: file, line: 1, level, title: 'lockfile', message });
  for (const pkg of head) {
    const old = before.get(pkg.path);
    const label = `${pkg.name}@${pkg.version ?? '?'}`;
    if (old && old.version === pkg.version) {
      if (old.resolved !== pkg.resolved) problems.push(at(`${label}: "resolved" changed from ${old.resolved ?? '(none)'} to ${pkg.resolved ?? '(none)'} without a version change; restore it (lockfile injection)`));
      if (old.integrity !== pkg.integrity) problems.push(at(`${label}: "integrity" changed without a version change; restore it and reinstall from the registry`));
    }
    if (pkg.resolved && !pkg.resolved.startsWith('file:') && (!old || old.resolved !== pkg.resolved)) {
      let url: URL | undefined;
      try {
        url = new URL(pkg.resolved);
      } catch {
        url = undefined;
      }
      if (!url || url.protocol !== 'https:') problems.push(at(`${label}: "resolved" ${pkg.resolved} is not an https URL`));
      else if (!allowedHosts.includes(url.hostname)) problems.push(at(`${label}: resolved from ${url.hostname}, not an allowed registry (${allowedHosts.join(', ')}); add the host to dependencies.registries if it is trusted`));
    }
    if (pkg.hasInstallScript && (!old || old.version !== pkg.version)) problems.push(at(`${label} runs an install script; install with --ignore-scripts or review it`, 'warning'));
  }
  return problems;
}
