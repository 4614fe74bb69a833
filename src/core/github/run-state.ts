import type { RunDocument } from '../run-document/document-model.ts';
import { parseRunDocument } from '../run-document/parse-document.ts';
import { renderRunDocument } from '../run-document/render-document.ts';

/**
 * Who is starting an attempt: `by` names one handling of one delivery (delivery id and App instance), so
 * two replicas that both received the same delivery cannot both act on it. `at` lets a later trigger
 * take over a claim whose holder died (see `claimLeaseMs`).
 */
export interface IntakeClaim {
  readonly attempt: number;
  readonly by: string;
  readonly at: string;
  /** `claimed`: the holder is making the branch, check run and dispatch; `dispatched`: all made. */
  readonly step: 'claimed' | 'dispatched';
}

/** Where the run's tracking comment (a view rendered from this state) lives. */
export interface RunView {
  readonly issueNumber: number;
  readonly commentId?: number;
  /** The Actions run working on this run (its `html_url`, from a `workflow_run` delivery), once GitHub has told. */
  readonly actionsRunUrl?: string;
}

/** What an Actions run's page looks like; anything else is not linked. */
export const actionsRunUrlPattern = /^https:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/actions\/runs\/\d+$/;

/**
 * The authoritative state of one run, kept as the newest commit of `refs/shopfloor/runs/<run id>`: the
 * run document plus what the App needs to continue the run from any replica. Every stored state raises
 * the document's revision, so the ref's history is the run's revision history.
 */
export interface RunState {
  readonly document: RunDocument;
  /** Attempts started for this run (0 before the first claim). */
  readonly attempt: number;
  readonly intake?: IntakeClaim;
  readonly view?: RunView;
  /** Trigger keys (delivery ids, command keys) already answered, newest last, at most `seenKept`. */
  readonly seen: readonly string[];
}

/** A claim older than this may be taken over by another trigger: its holder is taken to have died. */
export const claimLeaseMs = 120_000;
const seenKept = 200;
const schema = 'shopfloor.run-state/v1';

/** The ref a run's state lives on (outside `refs/heads`, so it starts no workflow and shows as no branch). */
export function runStateRef(runId: string): string {
  return `refs/shopfloor/runs/${runId}`;
}

/** `seen` with `key` added (oldest forgotten past the cap). */
export function withSeen(state: RunState, key: string): readonly string[] {
  return state.seen.includes(key) ? state.seen : [...state.seen, key].slice(-seenKept);
}

/** The commit message that stores `state`: a subject a person can read in `git log`, then the state as JSON. */
export function encodeRunState(state: RunState, writer?: string): string {
  const { document, ...rest } = state;
  const body = JSON.stringify({ schema, ...rest, document: renderRunDocument(document) });
  return `Shopfloor run ${document.runId}: revision ${document.revision}, ${document.status}${writer ? ` (by ${writer.replace(/\s+/g, ' ')})` : ''}\n\n${body}\n`;
}

export type DecodedRunState = { readonly ok: true; readonly state: RunState } | { readonly ok: false; readonly error: string };

/** Reads a commit message written by `encodeRunState`; anything else is an error naming what is wrong. */
export function decodeRunState(message: string): DecodedRunState {
  const start = message.indexOf('\n\n');
  let raw: unknown;
  try {
    raw = JSON.parse(message.slice(start + 2));
  } catch {
    return { ok: false, error: 'the run state commit carries no JSON body (it was not written by Shopfloor)' };
  }
  const value = raw as Partial<Record<keyof RunState | 'schema', unknown>>;
  if (start < 0 || value?.schema !== schema) return { ok: false, error: `the run state commit is not ${schema}` };
  if (typeof value.document !== 'string' || !Number.isSafeInteger(value.attempt) || !Array.isArray(value.seen)) return { ok: false, error: 'the run state commit lacks its document, attempt or seen list' };
  const parsed = parseRunDocument(value.document);
  if (!parsed.ok) return { ok: false, error: `the run document in the run state commit is unreadable: ${parsed.error}` };
  return {
    ok: true,
    state: {
      document: parsed.document, attempt: value.attempt as number, seen: (value.seen as unknown[]).filter((k): k is string => typeof k === 'string'),
      ...(isClaim(value.intake) ? { intake: value.intake } : {}), ...(isView(value.view) ? { view: value.view } : {}),
    },
  };
}

function isClaim(value: unknown): value is IntakeClaim {
  const claim = value as IntakeClaim | undefined;
  return typeof claim?.by === 'string' && typeof claim.at === 'string' && Number.isSafeInteger(claim.attempt) && (claim.step === 'claimed' || claim.step === 'dispatched');
}

function isView(value: unknown): value is RunView {
  const view = value as RunView | undefined;
  return Number.isSafeInteger(view?.issueNumber) && (view!.commentId === undefined || Number.isSafeInteger(view!.commentId)) && (view!.actionsRunUrl === undefined || (typeof view!.actionsRunUrl === 'string' && actionsRunUrlPattern.test(view!.actionsRunUrl)));
}
