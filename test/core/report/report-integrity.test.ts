import { describe, expect, it } from 'vitest';
import { findDuplicateJsonKey } from '../../../src/core/report/find-duplicate-json-key.ts';
import { matchReportCommit } from '../../../src/core/report/match-report-commit.ts';

describe('findDuplicateJsonKey', () => {
  it.each([
    ['{"a":1,"b":2}', undefined],
    ['{"a":1,"a":2}', { key: 'a', path: 'a' }],
    ['{"a":{"x":1,"y":{"x":2}},"b":[{"k":1},{"k":2,"k":3}]}', { key: 'k', path: 'b.[1].k' }],
    ['{"s":"a\\"b,\\"s\\":1","t":"{"}', undefined],
    ['{"gates":[{"id":"a"}],"verdict":{"passed":true},"gates":[]}', { key: 'gates', path: 'gates' }],
    ['[1,2,{"a":"}","a":0}]', { key: 'a', path: '[2].a' }],
  ])('%s', (text, expected) => {
    JSON.parse(text);
    expect(findDuplicateJsonKey(text)).toEqual(expected);
  });
});

describe('matchReportCommit', () => {
  const a = 'a'.repeat(40);
  const b = 'b'.repeat(40);
  const tree = 'c'.repeat(40);
  const head = { sha: 'd'.repeat(40), tree, parents: [a, b] };
  const report = { head: head.sha, tree };
  it.each([
    ['the head itself', head, head, { ok: true, how: 'head' }],
    ['the landed merge: same tree and parents', { sha: 'e'.repeat(40), tree, parents: [a, b] }, head, { ok: true, how: 'same-tree-and-parents' }],
    ['other parents', { sha: 'e'.repeat(40), tree, parents: [a] }, head, { ok: false }],
    ['another tree', { sha: 'e'.repeat(40), tree: 'f'.repeat(40), parents: [a, b] }, head, { ok: false }],
    ['a prefix', { sha: head.sha.slice(0, 12), tree, parents: [a, b] }, head, { ok: false }],
    ['the signed head unknown here', { sha: 'e'.repeat(40), tree, parents: [a, b] }, undefined, { ok: false }],
  ])('%s', (_, commit, signedHead, expected) => {
    expect(matchReportCommit(report, commit, signedHead)).toMatchObject(expected);
  });
});
