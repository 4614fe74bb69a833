import { createCommentSink } from '../../adapters/run-document/comment-sink.ts';
import type { RunWriter } from '../../adapters/run-document/run-writer.ts';
import { createSystemClock } from '../../adapters/run-document/system-clock.ts';
import { planActOnDirectives, planCommentTakeIn, planRunnerStart, writtenByTrustedApp, type RunnerStart } from '../../core/github/runner-run-document.ts';
import type { RunDirective } from '../../core/github/run-directives.ts';
import { readEmbeddedRunState } from '../../core/run-document/embedded-run-state.ts';
import type { Patch } from '../../core/run-document/patch-types.ts';
import type { Forge } from '../../ports/forge.ts';
import type { RunDocumentSink } from '../../ports/run-document-sink.ts';
import type { RunStateStore } from '../../ports/run-state-store.ts';
import { createCoalescedWriter } from '../../adapters/run-document/coalesced-writer.ts';
import { encodeRunState, runStateRef } from '../../core/github/run-state.ts';
import { pendingRetry } from '../../core/github/run-waits.ts';
import { readPendingDirectivesFromRunDocument } from '../../core/github/run-directives.ts';
import { finalRunStatuses } from '../../core/run-document/document-model.ts';
import { renderRunComment } from '../../core/run-document/render-comment.ts';
import { renderRunDocument } from '../../core/run-document/render-document.ts';
import { readRunState, type LoadedRunState } from '../../workflows/github/update-run-state.ts';

/** The run's tracking comment as an implement job uses it: where the run starts, and the sink that streams it. */
export interface TrackingComment {
  readonly start: RunnerStart;
  /** Undefined when the comment must not be written (`start.kind === 'detached'`). */
  readonly sink?: RunDocumentSink;
  /** Binds the run writer, which the sink's take-ins go through; call it right after opening the writer. */
  readonly bind: (writer: RunWriter) => void;
}

/**
 * Finds the run's tracking comment on `issueNumber` and plans where the job's run document starts
 * (`planRunnerStart`). The sink edits that comment (or creates one when there is none) and, before each
 * edit, re-reads it and submits to the run writer what the App added meanwhile (`planCommentTakeIn`), so
 * the edit keeps the App's directives and the revision keeps going up. Edits stay coalesced: one read
 * per edit, no extra writes.
 */
export async function openTrackingComment(options: {
  readonly forge: Forge;
  readonly repo: string;
  readonly issueNumber: number;
  readonly runId: string;
  /** The Shopfloor App's id, when the workflow passes it: only its comment is continued. */
  readonly appId?: number;
  readonly fullLogUrl: string;
  readonly warn: (message: string) => void;
}): Promise<TrackingComment> {
  const { forge, repo } = options;
  const target = { repo, issueNumber: options.issueNumber };
  // The App keeps the run's state in git; continue it there when it exists (older runs: the comment only).
  const stored = forge.runStates ? await readRunState({ runs: forge.runStates }, repo, options.runId) : undefined;
  if (stored?.ok && stored.value) return openRunStateTracking({ ...options, runs: forge.runStates! }, stored.value);
  const start = planRunnerStart(await forge.listIssueComments(target), options.runId, options.appId);
  let writer: RunWriter | undefined;
  const bind = (bound: RunWriter) => void (writer = bound);
  if (start.kind === 'detached') return { start, bind };
  const beforeEdit = async (commentId: number) => {
    const comment = await forge.getIssueComment(repo, commentId);
    const state = comment ? readEmbeddedRunState(comment.body) : undefined;
    if (!writer || !state?.ok) return;
    await submitAll(writer, planCommentTakeIn(writer.document(), state.document));
  };
  const sink = createCommentSink({
    forge, target, clock: createSystemClock(), fullLogUrl: options.fullLogUrl, beforeEdit, adopt: (comment) => writtenByTrustedApp(comment, options.appId),
    onError: (error) => options.warn(`tracking comment not updated: ${String(error)}`),
    ...(start.kind === 'continue' ? { commentId: start.commentId } : {}),
  });
  return { start, sink, bind };
}

/**
 * The run continued from its state in git (`refs/shopfloor/runs/<run id>`): the job starts from the
 * stored document, and each coalesced write takes in what the App added since (directives, Conductor
 * lines: `planCommentTakeIn`), writes the result by compare-and-swap (a lost race takes in again and
 * retries), then renders the tracking comment from it. A run that has ended is left alone.
 */
function openRunStateTracking(options: { readonly forge: Forge; readonly runs: RunStateStore; readonly repo: string; readonly runId: string; readonly fullLogUrl: string; readonly warn: (message: string) => void }, loaded: LoadedRunState): TrackingComment {
  const { forge, repo, runId } = options;
  const deps = { runs: options.runs };
  const { document, view } = loaded.state;
  let writer: RunWriter | undefined;
  const bind = (bound: RunWriter) => void (writer = bound);
  if (finalRunStatuses.includes(document.status)) return { start: { kind: 'detached', commentId: view?.commentId ?? 0, reason: `run "${runId}" has ended (${document.status})` }, bind };
  const pending = readPendingDirectivesFromRunDocument(renderRunDocument(document));
  const retryKey = pendingRetry(document);
  const start: RunnerStart = { kind: 'continue', commentId: view?.commentId ?? 0, document, directives: pending.ok ? pending.directives : [], ...(retryKey ? { retryKey } : {}) };
  let lastWritten = loaded.commit.sha;
  const render = () => (writer ? renderRunComment(writer.document(), { fullLogUrl: options.fullLogUrl }) : '');
  const write = async () => {
    for (let attempt = 1; writer; attempt++) {
      const head = await readRunState(deps, repo, runId);
      if (!head.ok || !head.value) throw new Error(head.ok ? `run ${runId} lost its state ref` : head.reason);
      if (head.value.commit.sha !== lastWritten) await submitAll(writer, planCommentTakeIn(writer.document(), head.value.state.document));
      const next = { ...head.value.state, document: writer.document() };
      if (next.document.revision <= head.value.state.document.revision) return;
      const written = await options.runs.advanceRunRef(repo, runStateRef(runId), encodeRunState(next), head.value.commit);
      if (written.ok) {
        lastWritten = written.commit.sha;
        if (head.value.state.view?.commentId !== undefined) await forge.updateIssueComment(repo, head.value.state.view.commentId, render());
        return;
      }
      if (attempt >= 25) throw new Error(`run ${runId}: its state ref kept moving; 25 writes in a row lost the race`);
    }
  };
  const coalesced = createCoalescedWriter({ clock: createSystemClock(), intervalMs: 2_000, render, write, onError: (error) => options.warn(`run state not written: ${String(error)}`) });
  const sink: RunDocumentSink = { name: 'run-state', publish: () => coalesced.changed(), flush: () => coalesced.flush() };
  return { start, sink, bind };
}

/**
 * Records that this job acts on `directives` (ticked as picked up by `key`, one Conductor line) and
 * returns them as the `- @author (key): text` lines the implementer's prompt wraps as untrusted data.
 */
export async function actOnDirectives(writer: RunWriter, directives: readonly RunDirective[], key: string): Promise<string | undefined> {
  const bodies = planActOnDirectives(writer.document(), directives, key);
  await submitAll(writer, bodies.map((body, index) => ({ ...body, runId: writer.runId, patchId: `act-on-directives-${key}-${index + 1}`, source: 'system' }) as Patch));
  return directives.length ? directives.map((d) => `- @${d.author} (${d.source} ${d.id}): ${d.text}`).join('\n') : undefined;
}

/** Submits in order; a rejected patch (the run has ended meanwhile) is skipped, as the App would refuse it too. */
async function submitAll(writer: RunWriter, patches: readonly Patch[]): Promise<void> {
  for (const patch of patches) await writer.submit(patch);
}
