/** Why a revert was asked for: a red canary (with its suspects) or a person's command. */
export type RevertTrigger =
  | {
      readonly kind: 'canary';
      readonly redSha: string;
      readonly runUrl?: string;
      readonly lastGood: string;
      /** `ref`: refs/shopfloor/canary/last-good; `first-parent`: no ref yet, so the red commit's first parent. */
      readonly lastGoodFrom: 'ref' | 'first-parent';
      readonly suspects: readonly { readonly sha: string; readonly subject: string }[];
    }
  | { readonly kind: 'command'; readonly user: string; readonly pullNumber: number };

/** The merge being reverted, as the evidence names it. */
export interface CulpritSummary {
  readonly sha: string;
  readonly subject: string;
  readonly pull?: { readonly number: number; readonly url: string };
  readonly workOrders: readonly string[];
  readonly files: readonly string[];
}

const short = (sha: string) => sha.slice(0, 12);
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/`/g, "'").slice(0, 120);

/** Evidence lines shared by the revert PR, the bug issue and skip notices (Markdown list items). */
export function evidenceLines(trigger: RevertTrigger, culprit: CulpritSummary): string[] {
  const lines: string[] = [];
  if (trigger.kind === 'canary') {
    lines.push(`Canary: red on \`${short(trigger.redSha)}\`${trigger.runUrl ? ` ([run](${trigger.runUrl}))` : ''}`);
    lines.push(`Last known good: \`${short(trigger.lastGood)}\` (${trigger.lastGoodFrom === 'ref' ? '`refs/shopfloor/canary/last-good`' : 'no last-good ref yet, so the red commit\'s first parent'})`);
    lines.push(`Suspects (first-parent merges since last good): ${trigger.suspects.map((s) => `\`${short(s.sha)}\` ${oneLine(s.subject)}`).join('; ')}`);
  } else {
    lines.push(`Asked for by @${trigger.user} with \`/shopfloor revert\` on #${trigger.pullNumber}`);
  }
  lines.push(`Culprit: ${culprit.sha} "${oneLine(culprit.subject)}"${culprit.pull ? ` (#${culprit.pull.number})` : ''}`);
  if (culprit.workOrders.length) lines.push(`Work orders it delivered: ${culprit.workOrders.map((id) => `\`${id}\``).join(', ')}`);
  lines.push(`Files it changed: ${culprit.files.slice(0, 20).map((f) => `\`${f}\``).join(', ')}${culprit.files.length > 20 ? `, … (${culprit.files.length} in all)` : ''}`);
  return lines.map((line) => `- ${line}`);
}

/** The revert PR's title and body: what is reverted, why, and every piece of evidence. */
export function renderRevertPull(input: { readonly trigger: RevertTrigger; readonly culprit: CulpritSummary; readonly notes: readonly string[]; readonly bugIssueKey: string }): { readonly title: string; readonly body: string } {
  const { trigger, culprit } = input;
  const why = trigger.kind === 'canary'
    ? `The canary went red on the default branch and ${trigger.suspects.length === 1 ? 'this is the only merge since last-known-good' : 'culprit finding named this merge'}.`
    : `@${trigger.user} asked for it.`;
  const body = [
    `Reverts ${culprit.sha}${culprit.pull ? ` (#${culprit.pull.number})` : ''}. ${why}`,
    '',
    '### Evidence',
    ...evidenceLines(trigger, culprit),
    ...(input.notes.length ? [`- Revert policy: ${input.notes.join('; ')}`] : []),
    '',
    `A bug work order to fix the change and re-land it (with a regression test that fails on \`${short(culprit.sha)}\`) is opened as an issue that links back here.`,
    `<!-- shopfloor:revert-of=${culprit.sha} bug-key=${input.bugIssueKey} -->`,
  ].join('\n');
  return { title: `Revert "${oneLine(culprit.subject)}"`.slice(0, 200), body };
}
