import { expect, it } from 'vitest';
import { importCycles, importGraph } from '../helpers/import-cycles.ts';

it('src/ has no import circles (issue 14 named embedded-run-state ↔ render-comment and handle-comment ↔ command-*)', () => {
  const graph = importGraph('src');
  expect(graph.get('core/run-document/render-comment.ts')).toContain('core/run-document/embedded-run-state.ts');
  expect(importCycles(graph)).toEqual([]);
});

it('finds a circle when there is one', () => {
  const graph = new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', ['a.ts']], ['d.ts', ['a.ts']]]);
  expect(importCycles(graph)).toEqual(['a.ts -> b.ts -> c.ts -> a.ts']);
});
