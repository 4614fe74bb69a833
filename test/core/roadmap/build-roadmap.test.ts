import { describe, expect, it } from 'vitest';
import { buildRoadmap } from '../../../src/core/roadmap/build-roadmap.ts';
import { renderRoadmapMermaid, renderRoadmapText } from '../../../src/core/roadmap/render-roadmap.ts';
import { workOrderSchema, type WorkOrder } from '../../../src/core/workorder/work-order-schema.ts';

const wo = (id: string, paths: string[], dependencies: string[] = [], extra: Partial<WorkOrder> = {}): WorkOrder =>
  workOrderSchema.parse({ apiVersion: 'shopfloor/v1', id, title: `Title ${id}`, goal: 'g', kind: 'feature', scope: { paths }, acceptance: { criteria: ['c'] }, dependencies, ...extra });

describe('buildRoadmap', () => {
  it('orders work orders into waves and says what is ready', () => {
    const roadmap = buildRoadmap([wo('c', ['c/**'], ['a', 'b']), wo('a', ['a/**']), wo('b', ['b/**']), wo('d', ['d/**'], ['c'])]);
    expect(roadmap.waves).toEqual([['a', 'b'], ['c'], ['d']]);
    expect(roadmap.ready).toEqual(['a', 'b']);
    expect(roadmap.parallel).toEqual(['a', 'b']);
    expect(roadmap.entries.find((e) => e.id === 'd')?.waitingOn).toEqual(['c']);
  });

  it('treats merged dependencies as done and reverted ones as blocking', () => {
    const roadmap = buildRoadmap([wo('a', ['a/**'], [], { status: 'merged' }), wo('b', ['b/**'], ['a']), wo('c', ['c/**'], [], { status: 'reverted' }), wo('d', ['d/**'], ['c'])]);
    expect(roadmap.ready).toEqual(['b']);
    expect(roadmap.entries.find((e) => e.id === 'd')?.state).toBe('blocked');
    expect(roadmap.entries.find((e) => e.id === 'a')?.state).toBe('done');
  });

  it('accepts done facts from git or the forge', () => {
    const roadmap = buildRoadmap([wo('a', ['a/**']), wo('b', ['b/**'], ['a'])], { doneIds: new Set(['a']) });
    expect(roadmap.ready).toEqual(['b']);
  });

  it('keeps work orders with overlapping scopes out of the same parallel batch, highest priority first', () => {
    const roadmap = buildRoadmap([wo('low', ['src/**'], [], { priority: 'low' }), wo('high', ['src/a/**'], [], { priority: 'high' }), wo('other', ['docs/**'])]);
    expect(roadmap.ready).toEqual(['high', 'other', 'low']);
    expect(roadmap.parallel).toEqual(['high', 'other']);
    expect(roadmap.conflicts).toEqual([{ a: ['high'], b: ['low'], same: false, globs: ['src/a/**', 'src/**'], witness: expect.stringMatching(/^src\/a\//) }]);
  });

  it('does not report a conflict between a work order and its own dependency (they never run together)', () => {
    const roadmap = buildRoadmap([wo('a', ['src/**']), wo('b', ['src/**'], ['a']), wo('c', ['src/**'], ['b'])]);
    expect(roadmap.conflicts).toEqual([]);
  });

  it('groups conflicts by shared scope: 3,000 work orders scoped src/** are one group, and the text stays short', () => {
    const many = Array.from({ length: 3000 }, (_, i) => wo(`w${i}`, ['src/**']));
    const roadmap = buildRoadmap([...many, wo('docs', ['docs/**']), wo('one', ['src/one.ts'])]);
    expect(roadmap.conflicts).toHaveLength(2);
    expect(roadmap.conflicts[0]).toMatchObject({ same: true, globs: ['src/**', 'src/**'] });
    expect(roadmap.conflicts[0]!.a).toHaveLength(3000);
    expect(roadmap.conflicts[1]).toMatchObject({ same: false, witness: 'src/one.ts' });
    expect([roadmap.conflicts[1]!.a.length, roadmap.conflicts[1]!.b.length].sort((x, y) => x - y)).toEqual([1, 3000]);
    expect(roadmap.parallel).toEqual(['docs', 'one']);
    const text = renderRoadmapText(roadmap);
    expect(text).toMatch(/^  w0, w1, (w\d+, ){5}w\d+ and 2992 more \(3000 work orders\): all may touch "src\/\*\*"/m);
    expect(text.length).toBeLessThan(400_000);
    expect(text.split('\n').filter((line) => line.includes('may touch') || line.includes('both match'))).toHaveLength(2);
  });

  it('does not let a running work order start a conflicting one', () => {
    const roadmap = buildRoadmap([wo('a', ['src/**']), wo('b', ['src/x.ts'])], { runningIds: new Set(['a']) });
    expect(roadmap.parallel).toEqual([]);
  });

  it('reports every dependency cycle with its full path and blocks what depends on it', () => {
    const roadmap = buildRoadmap([wo('a', ['a/**'], ['b']), wo('b', ['b/**'], ['a']), wo('c', ['c/**'], ['a']), wo('d', ['d/**'], ['d'])]);
    expect(roadmap.cycles).toEqual([['a', 'b', 'a'], ['d', 'd']]);
    expect(roadmap.entries.filter((e) => e.state === 'blocked').map((e) => e.id).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(renderRoadmapText(roadmap)).toContain('Dependency cycle: a -> b -> a');
  });

  it('handles a 10,000-long dependency chain without overflowing the stack', () => {
    const chain = Array.from({ length: 10_000 }, (_, i) => wo(`w${i}`, [`p${i}/**`], i > 0 ? [`w${i - 1}`] : []));
    const roadmap = buildRoadmap(chain);
    expect(roadmap.waves.length).toBe(10_000);
    expect(roadmap.ready).toEqual(['w0']);
  });

  it('renders a Mermaid graph with edges and states', () => {
    const chart = renderRoadmapMermaid(buildRoadmap([wo('a', ['a/**']), wo('b-2', ['b/**'], ['a'])]));
    expect(chart).toContain('```mermaid\nflowchart LR');
    expect(chart).toContain('n_a --> n_b_2');
    expect(chart).toContain(':::ready');
  });
});
