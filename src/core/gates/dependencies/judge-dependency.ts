import { matchGlob } from '../../glob/match-glob.ts';
import type { DeclaredDependency } from './parse-manifests.ts';

/** What the registry said about a version's publish time. */
export type PublishTime = { readonly kind: 'published'; readonly at: number } | { readonly kind: 'not-found' } | { readonly kind: 'unreachable'; readonly reason: string } | { readonly kind: 'unresolved'; readonly reason: string };

export interface DependencyJudgement {
  readonly level: 'error' | 'warning' | 'ok';
  readonly gateError: boolean;
  readonly message: string;
}

/**
 * The verdict on one added or changed dependency: it must be allowlisted, and its version older than
 * the cooldown. An unreachable registry or an unresolved version is a gate error, never a pass.
 */
export function judgeDependency(dependency: DeclaredDependency, allow: readonly string[], cooldownMs: number, publish: PublishTime, now: number): DependencyJudgement {
  const label = `${dependency.ecosystem} ${dependency.name}@${dependency.version}`;
  if (!allow.some((glob) => matchGlob(glob, dependency.name))) {
    return { level: 'error', gateError: false, message: `${label} is not on the dependency allowlist; add "${dependency.name}" to dependencies.allow in the policy if it is wanted` };
  }
  switch (publish.kind) {
    case 'unreachable':
      return { level: 'error', gateError: true, message: `${label}: the registry could not be reached (${publish.reason}); the cooldown is unproven, rerun when it is reachable` };
    case 'not-found':
      return { level: 'error', gateError: false, message: `${label}: the registry has no such version; check the name for a typo (typosquatting) and the version` };
    case 'unresolved':
      return { level: 'error', gateError: true, message: `${label}: the installed version is unknown, so the cooldown is unproven: ${publish.reason}` };
    case 'published': {
      const age = now - publish.at;
      if (age < cooldownMs) return { level: 'error', gateError: false, message: `${label} was published ${Math.floor(age / 86_400_000)} day(s) ago, inside the ${Math.round(cooldownMs / 86_400_000)}-day cooldown; wait or pin an older version` };
      return { level: 'ok', gateError: false, message: `${label} is allowlisted and ${Math.floor(age / 86_400_000)} days old` };
    }
  }
}
