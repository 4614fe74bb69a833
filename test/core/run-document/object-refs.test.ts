import { describe, expect, it } from 'vitest';
import { findObjectRefs, workOrderOfObjective } from '../../../src/core/run-document/object-refs.ts';

describe('findObjectRefs', () => {
  it.each([
    ['merged: main 1b0b0c7ce7c9 → 81931d6e4e16 (compare-and-swap; report sha256:45e54bc10883… proves tree 0838cbafbb7d)', [
      ['commit', '1b0b0c7ce7c9', '1b0b0c7ce7c9'], ['commit', '81931d6e4e16', '81931d6e4e16'], ['digest', 'sha256:45e54bc10883', '45e54bc10883'], ['commit', '0838cbafbb7d', '0838cbafbb7d'],
    ]],
    ['spawn worker implementer on slug-speedup, branch agent/slug-speedup/3581b5ee, base 77793f626ca1', [['branch', 'agent/slug-speedup/3581b5ee', 'agent/slug-speedup/3581b5ee'], ['commit', '77793f626ca1', '77793f626ca1']]],
    ['bug work order workorders/fix-81931d6e4e16.yml', [['work-order-file', 'workorders/fix-81931d6e4e16.yml', 'fix-81931d6e4e16']]],
    ['exported: 1 patch(es) in /tmp/x/.shopfloor/patches/slug-speedup (apply with git am)', [['patches', '.shopfloor/patches/slug-speedup', 'slug-speedup']]],
    [`kept as /r/.shopfloor/artifacts/sha256/ab/${'c'.repeat(62)}, and nobody decided`, [['artifact-path', `artifacts/sha256/ab/${'c'.repeat(62)}`, `ab/${'c'.repeat(62)}`]]],
    ['PR https://github.com/o/r/pull/12 and run https://github.com/o/r/actions/runs/99.', [['github', 'https://github.com/o/r/pull/12', 'https://github.com/o/r/pull/12'], ['github', 'https://github.com/o/r/actions/runs/99', 'https://github.com/o/r/actions/runs/99']]],
    // A 64-hex input digest without its prefix is no commit; 7 hex is too short to link safely.
    [`untrusted input sha256 ${'0'.repeat(64)} at abc1234`, []],
    ['not a link: https://evil.example/o/r/pull/1 or javascript:alert(1)', []],
    // The commit inside a work-order id or a ref name is part of that name.
    ['dispatched fix-0c08618f121b on branch shopfloor/revert/0c08618f121b', [['branch', 'shopfloor/revert/0c08618f121b', 'shopfloor/revert/0c08618f121b']]],
  ])('%s', (text, expected) => {
    expect(findObjectRefs(text).map((ref) => [ref.kind, ref.token, ref.key])).toEqual(expected);
  });

  it('reads the work order a loop run lands from its objective', () => {
    expect(workOrderOfObjective('Land work order slug-speedup: Make slugify faster')).toBe('slug-speedup');
    expect(workOrderOfObjective('Objective alpha')).toBeUndefined();
  });
});
