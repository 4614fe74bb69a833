import { describe, expect, it } from 'vitest';
import { globsOverlap } from '../../../src/core/glob/globs-overlap.ts';
import { matchGlob } from '../../../src/core/glob/match-glob.ts';
import { findScopeConflicts } from '../../../src/core/roadmap/scope-conflicts.ts';

// A seeded generator of globs over a tiny alphabet, so overlaps are frequent and varied.
function seeded(seed: number) {
  let state = seed;
  return () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}
const parts = ['a', 'b', 'ab', '*', '**', '?', '[ab]', '[!a]', '*.t', 'a*', '{a,b}'];
function randomGlob(random: () => number): string {
  const length = 1 + Math.floor(random() * 3);
  return Array.from({ length }, () => parts[Math.floor(random() * parts.length)]!).join('/');
}

describe('findScopeConflicts', () => {
  it('finds exactly the pairs a brute-force comparison finds (300 seeded scopes)', () => {
    const random = seeded(7);
    const items = Array.from({ length: 300 }, (_, i) => ({ id: `w${i}`, globs: [randomGlob(random), ...(random() < 0.3 ? [randomGlob(random)] : [])] }));
    const expected: string[] = [];
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        if (items[i]!.globs.some((x) => items[j]!.globs.some((y) => globsOverlap(x, y).overlap))) expected.push(`${items[i]!.id}~${items[j]!.id}`);
      }
    }
    const found = findScopeConflicts(items).map((c) => `${c.a}~${c.b}`);
    expect(found.sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(100);
  });

  it('overlap verdicts agree with exhaustive enumeration of short paths', () => {
    const random = seeded(11);
    const alphabet = ['a', 'b', '.t', '/'];
    const paths: string[] = [''];
    for (let round = 0; round < 5; round++) for (const p of [...paths]) for (const c of alphabet) if (p.length < 7) paths.push(p + c);
    const valid = [...new Set(paths)].filter((p) => p && !p.startsWith('/') && !p.endsWith('/') && !p.includes('//'));
    for (let k = 0; k < 150; k++) {
      const x = randomGlob(random);
      const y = randomGlob(random);
      const common = valid.find((p) => matchGlob(x, p) && matchGlob(y, p));
      const verdict = globsOverlap(x, y);
      if (common) expect(verdict.overlap, `${x} ~ ${y} share ${common}`).toBe(true);
      if (verdict.overlap) expect(matchGlob(x, verdict.witness!) && matchGlob(y, verdict.witness!), `${x} ~ ${y} witness ${verdict.witness}`).toBe(true);
    }
  });

  it('skips pairs the caller says are related', () => {
    const items = [{ id: 'a', globs: ['src/**'] }, { id: 'b', globs: ['src/x.ts'] }];
    expect(findScopeConflicts(items, { related: () => true })).toEqual([]);
    expect(findScopeConflicts(items)).toHaveLength(1);
  });
});
