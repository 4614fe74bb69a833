import { describe, expect, it } from 'vitest';
import { firstParentSuspects } from '../../../src/core/github/canary-suspects.ts';

const c = (sha: string, ...parents: string[]) => ({ sha, parents });
// good ← m1 ← m2 (merges; m2 brought in x via its second parent) ← red
const commits = [c('x', 'good'), c('m1', 'good', 'y'), c('y', 'good'), c('m2', 'm1', 'x'), c('red', 'm2')];

describe('firstParentSuspects', () => {
  it.each([
    ['walks first parents only, newest first', 'red', 'good', commits, ['red', 'm2', 'm1'], true],
    ['one merge since good is one suspect', 'm1', 'good', commits, ['m1'], true],
    ['a cut compare list leaves the walk incomplete', 'red', 'good', commits.filter((x) => x.sha !== 'm1'), ['red', 'm2'], false],
    ['red equal to good has no suspects', 'good', 'good', commits, [], true],
  ])('%s', (_name, red, good, list, expected, complete) => {
    const walk = firstParentSuspects(red, good, list);
    expect(walk.suspects.map((s) => s.sha)).toEqual(expected);
    expect(walk.complete).toBe(complete);
  });
});
