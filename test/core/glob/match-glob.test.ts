import { describe, expect, it } from 'vitest';
import { checkGlobInsideRepo } from '../../../src/core/glob/check-glob-inside-repo.ts';
import { matchGlob, prepareGlob } from '../../../src/core/glob/match-glob.ts';

const cases: readonly [string, string, boolean][] = [
  ['src/**', 'src/a.ts', true],
  ['src/**', 'src/deep/er/a.ts', true],
  ['src/**', 'src/.env', true],
  ['src/**', 'src', false],
  ['src/**', 'srcx/a.ts', false],
  ['**/x.ts', 'x.ts', true],
  ['**/x.ts', 'a/b/x.ts', true],
  ['a/**/b', 'a/b', true],
  ['a/**/b', 'a/x/y/b', true],
  ['*', 'a/b', false],
  ['*', 'a', true],
  ['*.{js,ts}', 'x.ts', true],
  ['*.{js,ts}', 'x.md', false],
  ['file\\*.txt', 'file*.txt', true],
  ['file\\*.txt', 'fileX.txt', false],
  ['[abc].txt', 'b.txt', true],
  ['[abc', '[abc', true],
];

describe('matchGlob', () => {
  it.each(cases)('%s matches %s -> %s', (glob, path, expected) => {
    expect(matchGlob(glob, path)).toBe(expected);
  });

  it('folds case for Windows when prepared so', () => {
    expect(matchGlob(prepareGlob('Src/**', { caseInsensitive: true }), 'SRC/A.TS')).toBe(true);
  });
});

describe('checkGlobInsideRepo', () => {
  it.each([
    ['../x', 'escapes the repository'],
    ['src/../../x', 'escapes the repository'],
    ['/etc/passwd', 'absolute path'],
    ['C:/Windows/**', 'names a drive'],
    ['src\\a.ts', 'forward slashes'],
    ['~/secrets', 'home directory'],
    ['{src,..}/x', 'escapes the repository'],
  ])('refuses %s', (glob, reason) => {
    expect(checkGlobInsideRepo(glob)).toContain(reason);
  });

  it.each(['src/**', '.github/workflows/*.yml', 'a/{b,c}/**', '**'])('accepts %s', (glob) => {
    expect(checkGlobInsideRepo(glob)).toBeUndefined();
  });
});
