import { describe, expect, it } from 'vitest';
import type { GitChange } from '../../../src/core/git/git-types.ts';
import { checkScope } from '../../../src/core/gates/check-scope.ts';

const change = (status: GitChange['status'], path: string, extra: Partial<GitChange> = {}): GitChange => ({ status, path, oldMode: '100644', newMode: '100644', ...extra });
const scope = { paths: ['src/gates/**', 'test/gates/**'], forbidden: ['src/gates/secret/**'] };

describe('checkScope', () => {
  it.each([
    ['a modification inside scope', [change('M', 'src/gates/a.ts')], []],
    ['a file outside scope', [change('M', 'README.md')], ['README.md: modifying a file touches "README.md", outside']],
    ['a forbidden file inside scope', [change('A', 'src/gates/secret/key.ts')], ['src/gates/secret/key.ts: adding a file touches "src/gates/secret/key.ts", which the work order forbids']],
    ['a rename out of scope counts both sides', [change('R', 'src/other.ts', { fromPath: 'src/gates/a.ts' })], ['src/other.ts: renaming "src/gates/a.ts" to "src/other.ts"']],
    ['a rename into scope from outside', [change('R', 'src/gates/b.ts', { fromPath: 'lib/b.ts' })], ['lib/b.ts: renaming']],
    ['a deletion outside scope', [change('D', 'package.json')], ['package.json: deleting a file']],
    ['a mode change outside scope', [change('M', 'bin/run', { oldMode: '100644', newMode: '100755' })], ['bin/run: changing the mode 100644 -> 100755']],
    ['a symlink added outside scope', [change('A', 'link', { oldMode: '000000', newMode: '120000' })], ['link: adding a symlink']],
    ['a submodule outside scope', [change('A', 'vendor/lib', { oldMode: '000000', newMode: '160000' })], ['vendor/lib: adding a submodule']],
  ])('%s', (_, changes, expected) => {
    const found = checkScope(changes, scope).map((a) => `${a.path}: ${a.message}`);
    expect(found).toHaveLength(expected.length);
    found.forEach((text, i) => expect(text.startsWith(expected[i]!)).toBe(true));
  });

  it('matches case-insensitively on Windows', () => {
    expect(checkScope([change('M', 'SRC/Gates/a.ts')], scope, { caseInsensitive: true })).toEqual([]);
    expect(checkScope([change('M', 'SRC/Gates/a.ts')], scope)).toHaveLength(1);
  });
});
