import { getSection, type RunDocument } from '../run-document/document-model.ts';
import { readEmbeddedRunState } from '../run-document/embedded-run-state.ts';
import { parseRunDocument } from '../run-document/parse-document.ts';
import type { Patch, PatchBody } from '../run-document/patch-types.ts';
import { pendingRetry } from './run-waits.ts';

/** Where a directive was written on the pull request (each has its own id space on GitHub). */
export const directiveSources = ['comment', 'review-comment', 'review'] as const;
export type DirectiveSource = (typeof directiveSources)[number];

/**
 * A write user's follow-up on an agent PR, as one line of the run document's User section. Pending until
 * a retry dispatch carries it (`pickedUpBy` names that dispatch); the text is already sanitised.
 */
export interface RunDirective {
  readonly source: DirectiveSource;
  readonly id: number;
  readonly author: string;
  /** Link to the comment or review; empty when the payload had no https URL. */
  readonly url: string;
  /** One line, at most 1,000 characters. */
  readonly text: string;
  readonly pickedUpBy?: string;
}

/** `comment-5001`: unique per run, the idempotency key of a directive. */
export function directiveKey(directive: Pick<RunDirective, 'source' | 'id'>): string {
  return `${directive.source}-${directive.id}`;
}

const linePattern = /^- \[( |x)\] @([A-Za-z0-9-]+(?:\[bot\])?) in \[(comment|review-comment|review) (\d+)\]\((https:\/\/[^\s()<>]+)?\)(?:, picked up by ([A-Za-z0-9-]{1,100}))?: (.*)$/;

/** One User-section line; `readRunDirectives` parses it back. Text cannot open or close an HTML comment. */
export function renderDirectiveLine(directive: RunDirective): string {
  const url = /^https:\/\/[^\s()<>]+$/.test(directive.url) ? directive.url : '';
  const picked = directive.pickedUpBy ? `, picked up by ${directive.pickedUpBy}` : '';
  return `- [${directive.pickedUpBy ? 'x' : ' '}] @${directive.author} in [${directive.source} ${directive.id}](${url})${picked}: ${oneLine(directive.text)}`;
}

/** The directives in a User section's text, in order; other lines (notes, older formats) are skipped. */
export function readRunDirectives(userText: string): RunDirective[] {
  return userText.split('\n').flatMap((line) => {
    const m = linePattern.exec(line);
    if (!m) return [];
    return [{ source: m[3] as DirectiveSource, id: Number(m[4]), author: m[2]!, url: m[5] ?? '', text: m[7]!, ...(m[6] ? { pickedUpBy: m[6] } : {}) }];
  });
}

/**
 * The runner's side of the contract: the directives an implement job must act on, read from the run's
 * tracking comment body (its embedded state; the `issue` dispatch input says where it is) or from a
 * stored run document (`renderRunDocument` text). That is every directive the waiting retry picked up
 * (the retry named in the run's `waiting` status, see `pendingRetry`), plus any still pending. Read it
 * before setting the run `running`, which ends the wait. `dispatchKey` overrides the waiting retry.
 * Unreadable text yields `ok: false` with the reason.
 */
export function readPendingDirectivesFromRunDocument(text: string, dispatchKey?: string): { readonly ok: true; readonly directives: readonly RunDirective[] } | { readonly ok: false; readonly error: string } {
  const parsed = text.startsWith('<!-- revision:') ? parseRunDocument(text) : readEmbeddedRunState(text);
  if (!parsed.ok) return parsed;
  const key = dispatchKey ?? pendingRetry(parsed.document);
  const all = readRunDirectives(getSection(parsed.document, 'user').canon);
  return { ok: true, directives: all.filter((d) => !d.pickedUpBy || (key !== undefined && d.pickedUpBy === key)) };
}

/** The `user` patch that adds a directive, or undefined when the run already has it (a redelivery). */
export function planAddDirective(document: RunDocument, directive: RunDirective): Patch | undefined {
  const key = directiveKey(directive);
  if (readRunDirectives(getSection(document, 'user').canon).some((d) => directiveKey(d) === key)) return undefined;
  return { runId: document.runId, patchId: `directive-${key}`, source: 'user', kind: 'append-log-line', section: 'user', target: 'canon', text: renderDirectiveLine({ source: directive.source, id: directive.id, author: directive.author, url: directive.url, text: directive.text }) };
}

/**
 * The `system` patch that ticks every pending directive as picked up by `dispatchKey`, with the keys it
 * ticked; undefined when nothing is pending, so a second retry sends nothing twice. Directives a retry
 * still waiting for a runner picked up move to the new one too: whichever job starts first reads the
 * key in the status, so nothing is stranded under a key no job reads.
 */
export function planPickUp(document: RunDocument, dispatchKey: string): { readonly patch: Patch; readonly keys: readonly string[] } | undefined {
  const canon = getSection(document, 'user').canon;
  const waiting = pendingRetry(document);
  const keys: string[] = [];
  const next = canon.split('\n').map((line) => {
    const [directive] = readRunDirectives(line);
    if (!directive || (directive.pickedUpBy && directive.pickedUpBy !== waiting)) return line;
    keys.push(directiveKey(directive));
    return renderDirectiveLine({ ...directive, pickedUpBy: dispatchKey });
  });
  if (keys.length === 0) return undefined;
  return { keys, patch: { runId: document.runId, patchId: `pick-up-${dispatchKey}`, source: 'system', kind: 'edit', section: 'user', target: 'canon', ops: [{ op: 'replace', count: canon.length, text: next.join('\n') }] } };
}

/**
 * Undoes a recorded retry whose dispatch failed: the directives it picked up pending again, the status
 * saying why, so the next retry or auto-retry sends them.
 */
export function releaseRetry(document: RunDocument, dispatchKey: string, reason: string): readonly PatchBody[] {
  const canon = getSection(document, 'user').canon;
  const next = canon.split('\n').map((line) => {
    const [directive] = readRunDirectives(line);
    if (directive?.pickedUpBy !== dispatchKey) return line;
    const { pickedUpBy: _dropped, ...pending } = directive;
    return renderDirectiveLine(pending);
  }).join('\n');
  const detail = `retry ${dispatchKey} was not dispatched (${reason.replace(/\s+/g, ' ').slice(0, 200)}); its directives are pending again`;
  const untick: PatchBody[] = next !== canon ? [{ kind: 'edit', section: 'user', target: 'canon', ops: [{ op: 'replace', count: canon.length, text: next }] }] : [];
  return [...untick, { kind: 'set-status', status: 'waiting', detail }];
}

/** Folded to one line, without HTML comment delimiters, at most 1,000 characters. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/<!--/g, '<!- -').replace(/-->/g, '-- >').trim().slice(0, 1_000);
}

/**
 * For a runner that holds its own copy of the run document while the App adds directives to the
 * tracking comment: the directives in `fromComment` (read with `readEmbeddedRunState`) that `document`
 * lacks, as `user` append patches with the App's patch ids (`directive-<key>`), so a run ledger drops
 * repeats. Apply them before writing the comment again, or the next write would drop them. Only missing
 * directives are added; a pick-up tick on a directive the runner already has is not copied over.
 */
export function missingDirectivePatches(document: RunDocument, fromComment: RunDocument): Patch[] {
  const have = new Set(readRunDirectives(getSection(document, 'user').canon).map(directiveKey));
  return readRunDirectives(getSection(fromComment, 'user').canon)
    .filter((directive) => !have.has(directiveKey(directive)))
    .map((directive) => ({ runId: document.runId, patchId: `directive-${directiveKey(directive)}`, source: 'user', kind: 'append-log-line', section: 'user', target: 'canon', text: renderDirectiveLine(directive) }));
}
