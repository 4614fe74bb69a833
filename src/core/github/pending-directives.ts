import { foldLine } from '../run-document/document-model.ts';

/** A write user's plain comment on an agent PR, waiting for the implementer's next attempt. */
export interface PendingDirective {
  readonly commentId: number;
  readonly author: string;
  /** Sanitised, one line, at most 1,000 characters. */
  readonly text: string;
}

const linePattern = /^- \[ \] @([A-Za-z0-9-]+(?:\[bot\])?): (.*) <!-- shopfloor:directive id=(\d+) -->$/;

/** The key of the PR comment that holds a run's pending directives (see `renderPendingDirectives`). */
export function directivesKey(runId: string): string {
  return `directives/${runId}`;
}

/**
 * The pending directives as a comment body the implementer reads back (`readPendingDirectives`) and
 * appends to its run document's User section on `/shopfloor retry`. Text is neutralised so it cannot
 * ping people or close the marker.
 */
export function renderPendingDirectives(runId: string, directives: readonly PendingDirective[]): string {
  const lines = directives.map((d) => `- [ ] @${d.author}: ${d.text.replace(/-->/g, '-- >').replace(/@(?=[A-Za-z0-9])/g, '@\u2060')} <!-- shopfloor:directive id=${d.commentId} -->`);
  return [`#### User — pending directives for run \`${runId}\``, '', 'Write-access comments on this PR; the implementer picks them up on `/shopfloor retry`.', '', ...lines, ''].join('\n');
}

export function readPendingDirectives(body: string): PendingDirective[] {
  return body.split('\n').flatMap((line) => {
    const match = linePattern.exec(line);
    return match ? [{ author: match[1]!, text: match[2]!.replace(/@\u2060/g, '@'), commentId: Number(match[3]) }] : [];
  });
}

/** Adds a directive once per comment id (a redelivered comment changes nothing). */
export function addPendingDirective(list: readonly PendingDirective[], directive: PendingDirective): PendingDirective[] {
  if (list.some((d) => d.commentId === directive.commentId)) return [...list];
  return [...list, { ...directive, text: foldLine(directive.text).replace(/\s+/g, ' ').trim().slice(0, 1_000) }];
}
