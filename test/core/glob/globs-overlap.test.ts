import { describe, expect, it } from 'vitest';
import { globsOverlap } from '../../../src/core/glob/globs-overlap.ts';
import { matchGlob } from '../../../src/core/glob/match-glob.ts';

// [a, b, overlap]: two work orders conflict exactly when some path could match both scopes.
const cases: readonly [string, string, boolean][] = [
  ['src/a/**', 'src/**/x.ts', true],
  ['src/a/**', 'src/b/**', false],
  ['src/**', 'src/a/b/c.ts', true],
  ['**', 'anything/at/all', true],
  ['*.md', 'docs/*.md', false],
  ['**/*.md', 'docs/*.md', true],
  ['src/*.ts', 'src/*.js', false],
  ['src/*.ts', 'src/index.*', true],
  ['src/[a-c]*.ts', 'src/b.ts', true],
  ['src/[a-c]*.ts', 'src/d.ts', false],
  ['src/[!a-c]*', 'src/a.ts', false],
  ['src/[!a-c]*', 'src/z.ts', true],
  ['a/{b,c}/*', 'a/c/d', true],
  ['a/{b,c}/*', 'a/d/e', false],
  ['a/*/b', 'a/b', false],
  ['a/**/b', 'a/b', true],
  ['**/*.ts', 'lib/x.js', false],
  ['src/?.ts', 'src/ab.ts', false],
  ['src/?.ts', 'src/*.ts', true],
  ['pkg/*/src/**', 'pkg/core/**', true],
  ['pkg/*/src/**', 'pkg/core/test/**', false],
  ['.github/**', '**/*.yml', true],
  ['src/**/*.test.ts', 'src/**/*.ts', true],
  ['src/**/*.test.ts', 'test/**', false],
  ['a*b', 'ab', true],
  ['a*b*c', 'a*c*b', false],
  ['a*b*c', 'a*c', true],
  ['x/**/y/**/z', 'x/y/z', true],
  ['x/**/y/**/z', 'x/z', false],
  ['x/**/y/**/z', 'x/y/q/z', true],
];

describe('globsOverlap', () => {
  it.each(cases)('%s ~ %s -> %s', (a, b, expected) => {
    const forward = globsOverlap(a, b);
    const backward = globsOverlap(b, a);
    expect(forward.overlap).toBe(expected);
    expect(backward.overlap).toBe(expected);
    if (expected) {
      // The witness is a real path that both globs match.
      expect(matchGlob(a, forward.witness!)).toBe(true);
      expect(matchGlob(b, forward.witness!)).toBe(true);
    }
  });

  it('folds case when asked (Windows file systems)', () => {
    expect(globsOverlap('SRC/**', 'src/a.ts').overlap).toBe(false);
    expect(globsOverlap('SRC/**', 'src/a.ts', { caseInsensitive: true }).overlap).toBe(true);
  });
});

describe('globsOverlap alphabet edge cases', () => {
  it.each([
    ['[w-y]', 'v', false],
    ['[!w-y]', '[v-z]', true],
    ['[!v-z]', 'x', false],
    ['[!a]', '[!b]', true],
    ['[v-z]', '[!w-y]', true],
  ] as const)('%s ~ %s -> %s', (a, b, expected) => {
    const result = globsOverlap(a, b);
    expect(result.overlap).toBe(expected);
    if (expected) expect(matchGlob(a, result.witness!) && matchGlob(b, result.witness!)).toBe(true);
  });

  it('finds a character outside every named range when only that one fits', () => {
    // Both sides exclude v..z by ranges and singles; the only common paths use some other letter.
    const result = globsOverlap('[!w-y]', '[!vz]');
    expect(result.overlap).toBe(true);
    expect(matchGlob('[!w-y]', result.witness!) && matchGlob('[!vz]', result.witness!)).toBe(true);
  });
});
