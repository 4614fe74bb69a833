// Validate + roadmap over 10,000 generated work orders (target: under 1.5 s on the 2-core dev machine).
import { buildRoadmap } from '../src/core/roadmap/build-roadmap.ts';
import { renderRoadmapText } from '../src/core/roadmap/render-roadmap.ts';
import type { WorkOrder } from '../src/core/workorder/work-order-schema.ts';
import { checkWorkOrderFile } from '../src/core/workorder/check-work-order-file.ts';
import { checkWorkOrderSet } from '../src/core/workorder/check-work-order-set.ts';
import { fastestMs, type BenchFigure } from './bench-figure.ts';

export const title = 'Work orders: validate + roadmap';

/** Deterministic generated work orders: 200 packages, dependency chains, some shared-scope conflicts. */
export function generateWorkOrders(count: number): { file: string; text: string }[] {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: count }, (_, i) => {
    const pkg = `pkg-${i % 200}`;
    const deps = i >= 200 && random() < 0.7 ? [`wo-${i - 200}`, ...(random() < 0.3 ? [`wo-${Math.floor(random() * (i - 1))}`] : [])] : [];
    const scope = random() < 0.1 ? `packages/${pkg}/**` : `packages/${pkg}/src/mod-${i}/**`;
    const text = `apiVersion: shopfloor/v1
id: wo-${i}
title: Generated work order ${i}
goal: Exercise the roadmap at scale.
kind: feature
scope:
  paths: ["${scope}", "packages/${pkg}/test/mod-${i}.test.ts"]
acceptance:
  commands:
    - name: unit
      run: npm test
${deps.length ? `dependencies: [${[...new Set(deps)].join(', ')}]\n` : ''}`;
    return { file: `workorders/wo-${i}.yml`, text };
  });
}

function generateSharedScope(count: number): WorkOrder[] {
  return Array.from({ length: count }, (_, i) => ({ apiVersion: 'shopfloor/v1', id: `wo-${i}`, title: `t${i}`, goal: 'g', kind: 'feature', scope: { paths: ['src/**'] }, acceptance: { criteria: ['x'] }, priority: 'normal' }) as WorkOrder);
}

export async function run(): Promise<BenchFigure[]> {
  const files = generateWorkOrders(10_000);
  let validateMs = Infinity;
  let roadmapMs = Infinity;
  let summary = '';
  const total = await fastestMs(3, () => {
    const t0 = performance.now();
    const checked = files.map((f) => checkWorkOrderFile(f.text, f.file));
    const setFindings = checkWorkOrderSet(checked);
    const t1 = performance.now();
    const roadmap = buildRoadmap(checked.map((c) => c.workOrder!).filter(Boolean));
    const t2 = performance.now();
    validateMs = Math.min(validateMs, t1 - t0);
    roadmapMs = Math.min(roadmapMs, t2 - t1);
    const errors = checked.reduce((n, c) => n + c.findings.length, setFindings.length);
    summary = `${roadmap.waves.length} waves, ${roadmap.ready.length} ready, ${roadmap.conflicts.length} conflicts, ${errors} findings`;
  });
  // Issue 15 item 11: 3,000 work orders that all share one scope were 4.5 million conflict pairs
  // (30 s, 2.9 GB, 248 MB printed); grouped by shared scope they are one group.
  const shared = generateSharedScope(3000);
  let groups = 0;
  let textBytes = 0;
  const sharedMs = await fastestMs(2, () => {
    const roadmap = buildRoadmap(shared);
    groups = roadmap.conflicts.length;
    textBytes = renderRoadmapText(roadmap).length;
  });
  return [
    { name: 'roadmap, 3,000 work orders all scoped src/**', value: `${(sharedMs / 1000).toFixed(2)} s`, note: `${groups} conflict group(s), ${Math.round(textBytes / 1024)} KB of text (was 4.5 million pairs, 248 MB)` },
    { name: 'validate + roadmap, 10,000 work orders', value: `${(total / 1000).toFixed(2)} s`, note: 'target < 1.5 s' },
    { name: '  validate alone (parse, schema, rules), best run', value: `${(validateMs / 1000).toFixed(2)} s` },
    { name: '  roadmap alone (waves, conflicts), best run', value: `${(roadmapMs / 1000).toFixed(2)} s` },
    { name: 'roadmap shape', value: summary },
  ];
}
