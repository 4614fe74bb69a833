import { describe, expect, it } from 'vitest';
import { consumeRunEvent, createRunView, resyncRunView, type RunView } from '../../../src/core/run-document/consume-run-events.ts';
import { createRunDocument } from '../../../src/core/run-document/document-model.ts';
import type { RunEvent } from '../../../src/core/run-document/run-events.ts';
import { generateSession } from '../../helpers/run-document-fixtures.ts';
import { seededRandom, shuffle } from '../../helpers/seeded-random.ts';

function feed(view: RunView, events: readonly RunEvent[]): { view: RunView; outcomes: string[] } {
  const outcomes: string[] = [];
  for (const event of events) {
    const next = consumeRunEvent(view, event);
    view = next.view;
    outcomes.push(next.outcome);
  }
  return { view, outcomes };
}

/** Shuffles within windows of `spread` events and repeats some: what a flaky transport delivers. */
function scramble<T>(events: readonly T[], random: () => number, spread: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < events.length; i += spread) out.push(...shuffle(events.slice(i, i + spread), random));
  for (let i = out.length - 1; i >= 0; i--) if (random() < 0.2) out.splice(Math.floor(random() * out.length), 0, out[i]!);
  return out;
}

describe('run event consumer', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])('ends at the producer\'s document after shuffled, repeated delivery (seed %i)', (seed) => {
    const random = seededRandom(seed);
    const { events, final } = generateSession('run-a', 300, random);
    const { view, outcomes } = feed(createRunView(createRunDocument('run-a', 'Objective of run-a')), scramble(events, random, 16));
    expect(view.document).toEqual(final);
    expect(view.needsResync).toBe(false);
    expect(outcomes).toContain('duplicate');
    expect(outcomes).toContain('held');
  });

  it('asks for a resync when an event is lost, and catches up from a snapshot', () => {
    const { events, final } = generateSession('run-b', 200, seededRandom(42));
    const lost = events.filter((e) => e.revision !== 50);
    const { view, outcomes } = feed(createRunView(createRunDocument('run-b', 'Objective of run-b')), lost);
    expect(outcomes).toContain('resync');
    expect(view.needsResync).toBe(true);
    expect(view.document.revision).toBe(49);
    const snapshot = generateSession('run-b', 60, seededRandom(42)).final;
    const after = resyncRunView(view, snapshot);
    expect(after.document).toEqual(final);
    expect(after.needsResync).toBe(false);
  });

  it('ignores other runs and treats stale events as duplicates', () => {
    const a = generateSession('run-a', 5, seededRandom(1));
    const b = generateSession('run-b', 5, seededRandom(2));
    const { view, outcomes } = feed(createRunView(createRunDocument('run-a', 'Objective of run-a')), [...b.events, ...a.events, a.events[0]!]);
    expect(view.document).toEqual(a.final);
    expect(outcomes.slice(0, 5)).toEqual(Array(5).fill('ignored'));
    expect(outcomes.at(-1)).toBe('duplicate');
  });

  it('asks for a resync when a heartbeat shows it is behind', () => {
    const view = createRunView(createRunDocument('run-a', 'x'));
    const heartbeat: RunEvent = { type: 'run.progress', runId: 'run-a', revision: 7, note: 'turn 3', at: 't' };
    expect(consumeRunEvent(view, heartbeat).outcome).toBe('resync');
    expect(consumeRunEvent(view, { ...heartbeat, revision: 0 }).outcome).toBe('ignored');
  });
});
