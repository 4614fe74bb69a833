/** `owner/repo@<40-hex sha>` (optionally `owner/repo/path@sha`): a release pinned so it cannot move under you. */
const actionRefPattern = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\/[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._/-]+)?@[0-9a-f]{40}$/;

export type PinnedTemplate = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

const checkoutStep = '- name: Check out Shopfloor (trusted, from the default branch)';

/**
 * A workflow template as a user's repository needs it: this repository runs Shopfloor from a checkout of
 * its own default branch (`uses: ./shopfloor-action`); anywhere else that checkout is the user's code, so
 * the step goes and every `uses: ./shopfloor-action` becomes the pinned release `actionRef`.
 */
export function pinWorkflowTemplate(template: string, actionRef: string, version?: string): PinnedTemplate {
  if (!actionRefPattern.test(actionRef)) {
    return { ok: false, reason: `"${actionRef}" is not a pinned action: write owner/shopfloor@<full 40-hex commit sha> (a tag or branch can be moved under you)` };
  }
  if (version !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._+-]{0,39}$/.test(version)) return { ok: false, reason: `"${version}" is not a release tag; write it like v1.2.0` };
  const lines = template.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let skipIndent: number | undefined;
  let headerDone = false;
  for (const line of lines) {
    const indent = line.length - line.trimStart().length;
    if (skipIndent !== undefined) {
      // The step ends at the next line indented like its `- name:` (the next step) or less.
      if (line.trim() === '' || indent > skipIndent) continue;
      skipIndent = undefined;
    }
    if (line.trim() === checkoutStep) {
      skipIndent = indent;
      continue;
    }
    if (!headerDone && /^# Action: /.test(line)) {
      out.push(`# Action: Shopfloor pinned at ${actionRef}${version ? ` # ${version}` : ''}; move the pin to upgrade.`);
      headerDone = true;
      continue;
    }
    if (out.at(-1)?.startsWith('# Action: Shopfloor pinned at ') && /^#   /.test(line)) continue;
    out.push(line.replace(/uses: \.\/shopfloor-action\s*$/, `uses: ${actionRef}${version ? ` # ${version}` : ''}`));
  }
  const text = out.join('\n');
  if (text.includes('./shopfloor-action')) return { ok: false, reason: 'the template still refers to ./shopfloor-action after pinning; it does not have the expected shape' };
  return { ok: true, text };
}
