import { describe, expect, it } from 'vitest';
import { planDispatch } from '../../../src/core/loop/plan-dispatch.ts';
import { renderLoopStory, phaseTotals } from '../../../src/core/loop/render-loop-story.ts';
import { renderLoopSummary } from '../../../src/core/loop/render-loop-summary.ts';
import { renderProgressLines } from '../../../src/core/loop/render-progress-lines.ts';
import { renderRevertMergeMessage } from '../../../src/core/loop/revert-merge-message.ts';
import { parseMergeTrailers } from '../../../src/core/loop/merge-message.ts';
import { idleProgress } from '../../../src/core/loop/work-order-progress.ts';
import type { WorkOrder } from '../../../src/core/workorder/work-order-schema.ts';

const wo = (id: string, paths: string[], extra: Partial<WorkOrder> = {}): WorkOrder =>
  ({ apiVersion: 'shopfloor/v1', id, title: id, goal: id, kind: 'feature', scope: { paths }, acceptance: { commands: [{ name: 'unit', run: 'true' }] }, priority: 'normal', ...extra }) as WorkOrder;

// The sample project's shape: two independent features, one that needs both, two more touching other files.
const sample = [
  wo('title-case', ['src/title-case.js', 'src/index.js'], { priority: 'high' }),
  wo('truncate', ['src/truncate.js'], { priority: 'high' }),
  wo('headline', ['src/headline.js', 'src/index.js'], { dependencies: ['title-case', 'truncate'] }),
  wo('slug-speedup', ['src/slugify.js']),
  wo('ci-tweak', ['src/word-count.js'], { priority: 'low' }),
];
const none = new Set<string>();
const facts = (over: Partial<Parameters<typeof planDispatch>[1]> = {}) => ({ merged: none, reverted: none, held: none, running: none, settled: none, parallel: 2, ...over });

describe('planDispatch', () => {
  it.each([
    ['starts the two highest-priority ready ones', facts(), ['title-case', 'truncate']],
    ['fills only free slots', facts({ running: new Set(['title-case']) }), ['truncate']],
    ['takes more with more workers, never overlapping scopes', facts({ parallel: 4 }), ['title-case', 'truncate', 'slug-speedup', 'ci-tweak']],
    ['holds a dependent back until both dependencies merged', facts({ merged: new Set(['title-case']), parallel: 4 }), ['truncate', 'slug-speedup', 'ci-tweak']],
    ['starts the dependent once both merged', facts({ merged: new Set(['title-case', 'truncate']), parallel: 4 }), ['headline', 'slug-speedup', 'ci-tweak']],
    ['never redoes a reverted or settled one', facts({ reverted: new Set(['slug-speedup']), settled: new Set(['ci-tweak']), parallel: 4 }), ['title-case', 'truncate']],
    ['never redispatches a held one: the next ready one takes its slot', facts({ held: new Set(['title-case']) }), ['truncate', 'slug-speedup']],
    ['nothing when every slot is busy', facts({ running: new Set(['slug-speedup', 'ci-tweak']) }), []],
  ])('%s', (_name, input, expected) => {
    expect(planDispatch(sample, input).dispatch).toEqual(expected);
  });

  it('does not start a work order whose scope overlaps a running one', () => {
    const overlapping = [...sample, wo('index-docs', ['src/index.js'], { priority: 'critical' })];
    expect(planDispatch(overlapping, facts({ running: new Set(['title-case']) })).dispatch).not.toContain('index-docs');
  });

  it('says what waits on what, and which are reverted', () => {
    const plan = planDispatch(sample, facts({ reverted: new Set(['slug-speedup']) }));
    expect(plan.states.get('headline')).toBe('waiting');
    expect(plan.waitingOn.get('headline')).toEqual(['title-case', 'truncate']);
    expect(plan.states.get('slug-speedup')).toBe('reverted');
  });

  it('keeps a held one held while its dependents wait', () => {
    const plan = planDispatch(sample, facts({ held: new Set(['truncate']), merged: new Set(['title-case']) }));
    expect(plan.states.get('truncate')).toBe('held');
    expect(plan.states.get('headline')).toBe('waiting');
    expect(plan.dispatch).not.toContain('truncate');
  });
});

describe('progress lines without a terminal', () => {
  it('prints one plain line per state change, no cursor codes, and nothing for unchanged rows', () => {
    const first = renderProgressLines([idleProgress('a', 'ready'), { ...idleProgress('b', 'dispatched') }], new Map(), '05:00:00');
    expect(first.lines).toEqual(['05:00:00 b: dispatched']);
    const second = renderProgressLines([{ ...idleProgress('a', 'verifying') }, { ...idleProgress('b', 'held'), gates: [{ id: 'unit', status: 'fail' }], detail: 'gate failed' }], first.printed, '05:00:09');
    expect(second.lines).toEqual(['05:00:09 a: verifying', '05:00:09 b: held [unit:fail] (gate failed)']);
    expect(renderProgressLines([{ ...idleProgress('a', 'verifying') }], second.printed, 'x').lines).toEqual([]);
    expect(second.lines.join('')).not.toMatch(/\u001b/);
  });
});

describe('loop summaries', () => {
  it('prints state, elapsed, gates, refusals and hold reasons with what releases them', () => {
    const rows = [
      { ...idleProgress('title-case', 'merged'), startedAtMs: 0, finishedAtMs: 2500, gates: [{ id: 'unit', status: 'pass' }] },
      { ...idleProgress('ci-tweak', 'held'), refused: ['write .github/shopfloor.yml'], holds: [{ code: 'dangerous-change' as const, message: 'touches CI', releaseBy: 'an admin approves' }] },
    ];
    expect(renderLoopSummary(rows, 9000)).toEqual([
      '✓ title-case merged          2.5s  unit:pass',
      '⏸ ci-tweak   held                      ',
      '    refused: write .github/shopfloor.yml',
      '    held: touches CI — release: an admin approves',
    ].map((line) => line.trimEnd()));
  });

  it('tells the story of a red canary and sums the phases', () => {
    const events = [
      { type: 'timing' as const, phase: 'gates' as const, ms: 1200 },
      { type: 'canary' as const, sha: 'a'.repeat(40), verdict: 'RED', regressed: ['smoke'], ms: 500 },
      { type: 'culprit' as const, sha: 'b'.repeat(40), subject: 'Merge x', confidence: 0.999, runs: 3, ms: 300 },
      { type: 'reverted' as const, culprit: 'b'.repeat(40), sha: 'c'.repeat(40), bugWorkOrder: 'fix-bbbb', ms: 900 },
      { type: 'timing' as const, phase: 'gates' as const, ms: 800 },
    ];
    expect(renderLoopStory(events)).toEqual([
      'canary   RED on aaaaaaaaaaaa (regressed: smoke) in 0.5s',
      'culprit  bbbbbbbbbbbb "Merge x" (confidence 0.9990, 3 runs, 0.3s)',
      'reverted bbbbbbbbbbbb: revert merged as cccccccccccc; bug work order fix-bbbb filed (workorders/fix-bbbb.yml)',
    ]);
    expect(phaseTotals(events).gates).toBe(2000);
  });

  it('says each step once: a refused tool call and the later merge, the bug work order landing test-first', () => {
    const events = [
      { type: 'reverted' as const, culprit: 'b'.repeat(40), sha: 'c'.repeat(40), bugWorkOrder: 'fix-bbbb', ms: 900 },
      { type: 'refused' as const, workOrder: 'ci-tweak', what: 'refused write_file .github/shopfloor.yml: it is control-plane state' },
      { type: 'refused' as const, workOrder: 'ci-tweak', what: 'refused run_command ["curl"]' },
      { type: 'merged' as const, workOrder: 'ci-tweak', sha: 'd'.repeat(40), reportDigest: `sha256:${'1'.repeat(64)}`, attempts: 1 },
      { type: 'merged' as const, workOrder: 'fix-bbbb', sha: 'e'.repeat(40), reportDigest: `sha256:${'2'.repeat(64)}`, attempts: 1 },
    ];
    expect(renderLoopStory(events).slice(1)).toEqual([
      "refused  ci-tweak's agent: write_file .github/shopfloor.yml: it is control-plane state; the call never ran, the agent went on",
      'merged   ci-tweak as dddddddddddd (signed report 111111111111…); without the refused write, inside its scope',
      'merged   fix-bbbb as eeeeeeeeeeee (signed report 222222222222…); it fixes the reverted bbbbbbbbbbbb and landed only because its new test failed there and passes now (test-first)',
    ]);
  });

  it('a revert merge names the reverted merge and never a work order', () => {
    const message = renderRevertMergeMessage({ culprit: 'd'.repeat(40), subject: 'Merge slug\nWork-Order: evil', branch: 'shopfloor/revert/dddd', reportDigest: 'sha256:1' });
    expect(parseMergeTrailers(message)).toEqual({ reverts: 'd'.repeat(40), reportDigest: 'sha256:1', agentBranch: 'shopfloor/revert/dddd' });
  });
});
