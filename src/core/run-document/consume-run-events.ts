import { applyPatch } from './apply-patch.ts';
import type { RunDocument } from './document-model.ts';
import { isRevisionEvent, type RevisionEvent, type RunEvent } from './run-events.ts';

/**
 * A consumer's view of one run (a browser tab, a comment mirror). Events may arrive late, twice or out
 * of order; the view applies them in revision order, holds early ones back, and asks for a resync
 * (a fresh snapshot) when a gap does not close within `window` held-back events.
 */
export interface RunView {
  readonly document: RunDocument;
  /** Events ahead of `document.revision + 1`, keyed by revision. */
  readonly held: ReadonlyMap<number, RevisionEvent>;
  readonly needsResync: boolean;
}

export type ConsumeOutcome = 'applied' | 'duplicate' | 'held' | 'resync' | 'ignored';

export const defaultHoldWindow = 64;

export function createRunView(snapshot: RunDocument): RunView {
  return { document: snapshot, held: new Map(), needsResync: false };
}

/** Feeds one event to the view; `resync` means: fetch a snapshot and call `resyncRunView`. */
export function consumeRunEvent(view: RunView, event: RunEvent, window = defaultHoldWindow): { view: RunView; outcome: ConsumeOutcome } {
  if (event.runId !== view.document.runId) return { view, outcome: 'ignored' };
  if (!isRevisionEvent(event)) {
    // A heartbeat from further ahead proves we missed something, and nothing in flight will fill it.
    const behind = event.revision > view.document.revision && view.held.size === 0;
    return behind ? { view: { ...view, needsResync: true }, outcome: 'resync' } : { view, outcome: 'ignored' };
  }
  if (event.revision <= view.document.revision || view.held.has(event.revision)) return { view, outcome: 'duplicate' };
  if (event.revision > view.document.revision + 1) {
    const held = new Map(view.held).set(event.revision, event);
    const needsResync = held.size > window;
    return { view: { ...view, held, needsResync }, outcome: needsResync ? 'resync' : 'held' };
  }
  return drain({ ...view, held: new Map(view.held) }, event);
}

/** Replaces the view's document with a snapshot and replays any held events beyond it. */
export function resyncRunView(view: RunView, snapshot: RunDocument): RunView {
  if (snapshot.revision < view.document.revision) return { ...view, needsResync: false };
  const held = new Map([...view.held].filter(([revision]) => revision > snapshot.revision));
  const next = held.get(snapshot.revision + 1);
  const base: RunView = { document: snapshot, held, needsResync: false };
  return next ? drain(base, next).view : base;
}

function drain(view: RunView, first: RevisionEvent): { view: RunView; outcome: ConsumeOutcome } {
  const held = view.held as Map<number, RevisionEvent>;
  let document = view.document;
  let event: RevisionEvent | undefined = first;
  while (event) {
    held.delete(event.revision);
    const result = applyPatch(document, event.patch);
    // The producer applied this patch; if we cannot, our copy has diverged: only a snapshot helps.
    if (!result.ok) return { view: { document, held, needsResync: true }, outcome: 'resync' };
    document = result.document;
    event = held.get(document.revision + 1);
  }
  return { view: { document, held, needsResync: view.needsResync }, outcome: 'applied' };
}
