import { describe, expect, it } from 'vitest';
import { planRevertTree, type CulpritChange, type ParentEntry } from '../../../src/core/revert/revert-tree.ts';

const parentEntries: readonly ParentEntry[] = [{ path: 'src/a.ts', mode: '100644', sha: 'a1' }, { path: 'src/old.ts', mode: '100755', sha: 'o1' }, { path: 'gone.txt', mode: '100644', sha: 'g1' }];
const plan = (changes: CulpritChange[], touchedSince: string[] = [], treeTruncated = false) => planRevertTree({ changes, parentEntries, touchedSince, treeTruncated });

describe('planRevertTree', () => {
  it('sets modified and removed paths back to the first parent and deletes added ones; a rename goes back to its old name', () => {
    expect(plan([
      { path: 'src/a.ts', status: 'modified' },
      { path: 'src/new.ts', status: 'added' },
      { path: 'gone.txt', status: 'removed' },
      { path: 'src/moved.ts', status: 'renamed', fromPath: 'src/old.ts' },
    ])).toEqual({ clean: true, entries: [
      { path: 'src/a.ts', mode: '100644', sha: 'a1' },
      { path: 'src/new.ts', mode: '100644', sha: null },
      { path: 'gone.txt', mode: '100644', sha: 'g1' },
      { path: 'src/moved.ts', mode: '100644', sha: null },
      { path: 'src/old.ts', mode: '100755', sha: 'o1' },
    ] });
  });

  it.each([
    ['a path changed again since', [{ path: 'src/a.ts', status: 'modified' }], ['src/a.ts'], false, 'later merges changed the same files (src/a.ts)'],
    ['the old side of a rename changed since', [{ path: 'src/moved.ts', status: 'renamed', fromPath: 'src/old.ts' }], ['src/old.ts'], false, 'later merges changed the same files (src/old.ts'],
    ['a workflow file', [{ path: '.github/workflows/ci.yml', status: 'added' }], [], false, 'touches workflow files'],
    ['a parent entry missing from a cut tree', [{ path: 'src/b.ts', status: 'modified' }], [], true, 'too large for one API read'],
    ['no changes', [], [], false, 'changed no files'],
  ] as const)('not clean: %s', (_name, changes, touched, truncated, reason) => {
    const result = plan([...changes], [...touched], truncated);
    expect(result.clean).toBe(false);
    expect(!result.clean && result.reason).toContain(reason);
  });
});
