import { describe, expect, it } from 'vitest';
import { planIntake, type IntakeTrigger } from '../../../src/core/github/plan-intake.ts';
import { decodeRunState, encodeRunState, type RunState } from '../../../src/core/github/run-state.ts';
import { getSection } from '../../../src/core/run-document/document-model.ts';

const trigger = (by: string, overrides: Partial<IntakeTrigger> = {}): IntakeTrigger => ({ runId: 'issue-1-abcdef12', objective: 'Fix the typo', issueNumber: 1, trigger: `delivery-${by}`, by: `${by}@a#1`, now: '2026-11-22T05:00:00.000Z', ...overrides });
const started = (by = 'x', step: 'claimed' | 'dispatched' = 'dispatched', at = '2026-11-22T05:00:00.000Z'): RunState => {
  const decision = planIntake(undefined, trigger(by, { now: at }));
  if (decision.kind !== 'start') throw new Error('expected a start');
  return { ...decision.next, intake: { ...decision.next.intake!, step } };
};

describe('planIntake', () => {
  it.each([
    ['no state: attempt 1 starts', undefined, trigger('a'), 'start', 1],
    ['a live attempt: another trigger only notes it', started('x'), trigger('a'), 'live', 1],
    ['the same trigger again (another replica): nothing at all', started('x'), trigger('b', { trigger: 'delivery-x' }), 'live', 1],
    ['our own claim after a lost race: resume', started('a', 'claimed'), trigger('a'), 'resume', 1],
    ['a claim still fresh: live', started('x', 'claimed', '2026-11-22T04:59:00.000Z'), trigger('a'), 'live', 1],
    ['a claim whose holder died: taken over, same attempt', started('x', 'claimed', '2026-11-22T04:50:00.000Z'), trigger('a'), 'start', 1],
    ['a run that ended: attempt 2', { ...started('x'), document: { ...started('x').document, status: 'failed' as const } }, trigger('a'), 'start', 2],
  ])('%s', (_name, current, input, kind, attempt) => {
    const decision = planIntake(current, input);
    expect(decision).toMatchObject({ kind, attempt });
    if ('next' in decision && decision.next && current) expect(decision.next.document.revision).toBeGreaterThan(current.document.revision);
  });

  it('says "already running, attempt N is live" once per trigger and keeps the document', () => {
    const live = planIntake(started('x'), trigger('a'));
    expect(live.kind === 'live' && live.next).toBeTruthy();
    const next = (live as { next: RunState }).next;
    expect(getSection(next.document, 'conductor').canon).toContain('delivery-a: already running, attempt 1 is live (dispatched)');
    expect(planIntake(next, trigger('a', { by: 'a@b#2' }))).toEqual({ kind: 'live', attempt: 1 });
  });
});

describe('run state encoding', () => {
  it('round-trips through the commit message, and names what is wrong with a foreign one', () => {
    const state = started('x');
    const message = encodeRunState(state);
    expect(message.split('\n')[0]).toBe(`Shopfloor run issue-1-abcdef12: revision ${state.document.revision}, running`);
    expect(decodeRunState(message)).toEqual({ ok: true, state });
    expect(decodeRunState('Merge branch main\n\nnothing here')).toMatchObject({ ok: false, error: expect.stringContaining('no JSON body') });
    expect(decodeRunState('x\n\n{"schema":"other"}')).toMatchObject({ ok: false, error: expect.stringContaining('shopfloor.run-state/v1') });
  });
});
