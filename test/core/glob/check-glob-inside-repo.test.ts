import { win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGlobInsideRepo } from '../../../src/core/glob/check-glob-inside-repo.ts';

describe('checkGlobInsideRepo', () => {
  it.each(['src/**', 'src/*.{ts,tsx}', 'docs/con-tribute.md', 'src/auxiliary/**', 'lib/nullable.ts', '.github/ISSUE_TEMPLATE/*.yml', 'a/./b', '**/*.ts'])('accepts %s', (glob) => {
    expect(checkGlobInsideRepo(glob)).toBeUndefined();
  });

  it.each([
    ['src\\win\\**', 'backslash'],
    ['C:/work/**', 'names a drive'],
    ['/etc/**', 'absolute path'],
    ['../other/**', 'escapes the repository'],
    ['src/{a,../../b}/**', 'escapes the repository'],
    ['src/a.txt:secret', 'alternate data stream'],
    ['src/x:/y', 'alternate data stream'],
    ['src/a.ts.', 'ending in a dot or space'],
    ['src/dir /a.ts', 'ending in a dot or space'],
    ['src/con/**', 'Windows device "con"'],
    ['src/NUL.txt', 'Windows device "NUL.txt"'],
    ['lpt1.log', 'Windows device "lpt1.log"'],
    ['src/COM1/x.ts', 'Windows device "COM1"'],
  ])('refuses %s (%s)', (glob, reason) => {
    expect(checkGlobInsideRepo(glob)).toContain(reason);
  });

  // What the refused names do on a Windows checkout, shown with path.win32 on any platform.
  it.each([
    ['C:\\w\\repo', 'src\\a.ts.', 'C:\\w\\repo\\src\\a.ts.'],
    ['C:\\w\\repo', '..\\other', 'C:\\w\\other'],
    ['C:\\w\\repo', 'D:\\other', 'D:\\other'],
  ])('path.win32 resolves %s + %s to %s, which the rules above refuse as globs', (root, relative, resolved) => {
    expect(win32.resolve(root, relative)).toBe(resolved);
    expect(checkGlobInsideRepo(relative.replaceAll('\\', '/'))).toBeDefined();
  });
});
