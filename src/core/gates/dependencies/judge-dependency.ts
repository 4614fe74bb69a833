import { matchGlob } from '../../glob/match-glob.ts';
import type { DeclaredDependency } from './parse-manifests.ts';

/** What the registry said about a version's publish time. */
export type PublishTime = { readonly kind: 'published'; readonly at: number } | { readonly kind: 'not-found' } | { readonly kind: 'unreachable'; readonly reason: string } | { readonly kind: 'unsupported' };

export interface DependencyJudgement {
  readonly level: 'error' | 'warning' | 'ok';
  readonly gateError: boolean;
  readonly message: string;
}

/**
 * The verdict on one added or changed dependency: it must be allowlisted, and its version older than
 * the cooldown. An unreachable registry is a gate error, never a pass.
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
    case 'unsupported':
      return { level: 'warning', gateError: false, message: `${label}: publish time not checked (no registry adapter for ${dependency.ecosystem} yet)` };
    case 'published': {
      const age = now - publish.at;
      if (age < cooldownMs) return { level: 'error', gateError: false, message: `${label} was published ${Math.floor(age / 86_400_000)} day(s) ago, inside the ${Math.round(cooldownMs / 86_400_000)}-day cooldown; wait or pin an older version` };
      return { level: 'ok', gateError: false, message: `${label} is allowlisted and ${Math.floor(age / 86_400_000)} days old` };
    }
  }
}

/** An exact version out of a range as written (`^1.2.3` -> `1.2.3`); undefined when it is not pinned enough to look up. */
export function exactVersion(range: string): string | undefined {
  const match = /^[\^~=v]*\s*(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(range.trim().replace(/^==/, ''));
  return match?.[1];
}
