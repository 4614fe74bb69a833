import type { DocumentRunStatus, RunDocument } from '../../core/run-document/document-model.ts';
import { renderRunComment } from '../../core/run-document/render-comment.ts';
import type { CheckRunForge, CheckRunState } from '../../ports/check-run-forge.ts';
import type { RunDocumentSink, SinkClock } from '../../ports/run-document-sink.ts';
import { createCoalescedWriter } from './coalesced-writer.ts';

export interface CheckRunSinkOptions {
  readonly forge: CheckRunForge;
  readonly repo: string;
  readonly headSha: string;
  /** The check's name on the commit, e.g. `shopfloor / implement wo-42`. */
  readonly name: string;
  readonly clock: SinkClock;
  readonly intervalMs?: number;
  readonly detailsUrl?: string;
  /** Resume an existing check run (after a restart) instead of creating one. */
  readonly checkRunId?: number;
  readonly onError?: (error: unknown) => void;
}

/** GitHub caps check-run summary and text at 65,535 characters each. */
const checkSummaryLimit = 65_535;

const checkStatus: Record<DocumentRunStatus, Pick<CheckRunState, 'status' | 'conclusion'>> = {
  initializing: { status: 'queued' },
  running: { status: 'in_progress' },
  waiting: { status: 'in_progress' },
  completing: { status: 'in_progress' },
  completed: { status: 'completed', conclusion: 'success' },
  failed: { status: 'completed', conclusion: 'failure' },
  blocked: { status: 'completed', conclusion: 'action_required' },
};

/** The check run's state for a document: status and conclusion from the run status, the document as output. */
export function checkRunStateOf(document: RunDocument, detailsUrl?: string): CheckRunState {
  const title = `${document.status} · revision ${document.revision}: ${document.objective}`.slice(0, 255);
  return { ...checkStatus[document.status], output: { title, summary: renderRunComment(document, { maxChars: checkSummaryLimit, embedState: false }) }, ...(detailsUrl ? { detailsUrl } : {}) };
}

/** The run document as a check run's output, coalesced like the comment sink. */
export function createCheckRunSink(options: CheckRunSinkOptions): RunDocumentSink & { readonly writes: () => number } {
  let document: RunDocument | undefined;
  let checkRunId = options.checkRunId;
  const render = () => (document ? JSON.stringify(checkRunStateOf(document, options.detailsUrl)) : '');
  const write = async (body: string) => {
    const state = JSON.parse(body) as CheckRunState;
    if (checkRunId === undefined) checkRunId = (await options.forge.createCheckRun(options.repo, options.headSha, options.name, state)).id;
    else await options.forge.updateCheckRun(options.repo, checkRunId, state);
  };
  const writer = createCoalescedWriter({ clock: options.clock, intervalMs: options.intervalMs ?? 2_000, render, write, onError: options.onError });
  return {
    name: 'check-run',
    publish: (_event, next) => {
      document = next;
      writer.changed();
    },
    flush: () => (document ? writer.flush() : Promise.resolve()),
    writes: writer.writes,
  };
}
