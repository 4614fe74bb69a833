const revertLine = /This reverts commit ([0-9a-f]{7,64})/;

/** The commit a `git revert` message says it reverts, if the message is a revert. */
export function revertedCommitOf(message: { readonly subject: string; readonly body: string }): string | undefined {
  return revertLine.exec(message.body)?.[1] ?? revertLine.exec(message.subject)?.[1];
}

/** A revert by its message: git's `Revert "…"` subject or its "This reverts commit" line. */
export function isRevertMessage(message: { readonly subject: string; readonly body: string }): boolean {
  return /^Revert "/.test(message.subject) || revertedCommitOf(message) !== undefined;
}

/** Git trailers (`Key: value` lines in the last paragraph), keys lower-cased, values trimmed. */
export function readTrailers(body: string): ReadonlyMap<string, readonly string[]> {
  const paragraphs = body.trim().split(/\n\s*\n/);
  const trailers = new Map<string, string[]>();
  for (const line of (paragraphs.at(-1) ?? '').split('\n')) {
    const match = /^([A-Za-z][A-Za-z0-9-]*):\s*(.+)$/.exec(line.trim());
    if (!match) continue;
    const key = match[1]!.toLowerCase();
    trailers.set(key, [...(trailers.get(key) ?? []), match[2]!.trim()]);
  }
  return trailers;
}

/**
 * Labels a merge carries in its message: `Labels: a, b` trailers, and Chromium-style opt-outs
 * (`No-Auto-Revert: true`, `NOAUTOREVERT=true`) read as the `no-auto-revert` label.
 */
export function labelsOf(message: { readonly subject: string; readonly body: string }, optOutLabel: string): string[] {
  const trailers = readTrailers(message.body);
  const labels = [...(trailers.get('labels') ?? []), ...(trailers.get('shopfloor-labels') ?? [])].flatMap((v) => v.split(',')).map((l) => l.trim()).filter(Boolean);
  const optOut = (trailers.get('no-auto-revert') ?? []).some((v) => /^(true|yes|1)$/i.test(v)) || /^NOAUTOREVERT=true$/m.test(message.body);
  return [...new Set(optOut ? [...labels, optOutLabel] : labels)];
}

/** The work-order ids a merge names through `Work-Order:` trailers. */
export function workOrdersOf(message: { readonly body: string }): string[] {
  return [...(readTrailers(message.body).get('work-order') ?? [])];
}
