import { globsOverlap } from '../glob/globs-overlap.ts';
import { prepareGlob } from '../glob/match-glob.ts';
import { findScopeConflicts, type ScopedItem } from './scope-conflicts.ts';

/**
 * Work orders that must never run at the same time, grouped by the scope they share: every work order
 * in `a` may touch a path that every work order in `b` may touch. When `same` is true, `a` and `b` are
 * one set of work orders with the very same scope, each of which conflicts with all the others.
 */
export interface ScopeConflictGroup {
  readonly a: readonly string[];
  readonly b: readonly string[];
  readonly same: boolean;
  readonly globs: readonly [string, string];
  /** A path both sides may touch. */
  readonly witness: string;
}

/**
 * Scope conflicts grouped by shared scope, so 3,000 work orders scoped `src/**` are one group of 3,000
 * (linear in size), not 4.5 million pairs. Work orders with the same globs form one class; classes are
 * compared pairwise (`findScopeConflicts` on one representative each). A group is kept only when some
 * pair in it can run at the same time (`related(x, y)` false: neither depends on the other).
 */
export function groupScopeConflicts(
  items: readonly ScopedItem[],
  options: { caseInsensitive?: boolean; related?: (a: string, b: string) => boolean } = {},
): ScopeConflictGroup[] {
  const fold = (glob: string) => (options.caseInsensitive ? glob.toLowerCase() : glob);
  const classes = new Map<string, { members: string[]; globs: readonly string[] }>();
  for (const item of items) {
    const key = JSON.stringify([...new Set(item.globs.map(fold))].sort());
    const found = classes.get(key) ?? classes.set(key, { members: [], globs: item.globs }).get(key)!;
    found.members.push(item.id);
  }
  const list = [...classes.values()];
  const related = options.related ?? (() => false);
  const anyUnrelated = (a: readonly string[], b: readonly string[], same: boolean): boolean => {
    for (let i = 0; i < a.length; i++) for (let j = same ? i + 1 : 0; j < b.length; j++) if (!related(a[i]!, b[j]!)) return true;
    return false;
  };
  const groups: ScopeConflictGroup[] = [];
  // A class of two or more: its members share every glob, so they overlap wherever one glob matches.
  for (const { members, globs } of list) {
    if (members.length < 2) continue;
    const witness = globs.map((glob) => ({ glob, result: globsOverlap(prepareGlob(glob, { caseInsensitive: options.caseInsensitive ?? false }), prepareGlob(glob, { caseInsensitive: options.caseInsensitive ?? false })) })).find((g) => g.result.overlap);
    if (witness && anyUnrelated(members, members, true)) groups.push({ a: members, b: members, same: true, globs: [witness.glob, witness.glob], witness: witness.result.witness! });
  }
  for (const conflict of findScopeConflicts(list.map((c, i) => ({ id: String(i), globs: c.globs })), options)) {
    const a = list[Number(conflict.a)]!.members;
    const b = list[Number(conflict.b)]!.members;
    if (anyUnrelated(a, b, false)) groups.push({ a, b, same: false, globs: conflict.globs, witness: conflict.witness });
  }
  return groups.sort((x, y) => y.a.length + y.b.length - (x.a.length + x.b.length) || x.a[0]!.localeCompare(y.a[0]!) || x.b[0]!.localeCompare(y.b[0]!));
}
