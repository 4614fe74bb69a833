/**
 * The anchor GitHub gives a heading, as github-slugger (what github.com uses) makes it: lower case,
 * every character that is not a letter, mark, digit, connector (`_`), hyphen or space removed, spaces
 * turned into hyphens. `` `shopfloor run` `` in a heading counts by its text: "shopfloor run".
 */
export function githubSlug(headingText: string): string {
  return headingText.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/** The anchors of a page's headings in order: a repeated slug gets `-1`, `-2`, … as on GitHub. */
export function githubAnchors(headingTexts: readonly string[]): ReadonlySet<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const text of headingTexts) {
    const base = githubSlug(text);
    let slug = base;
    let count = seen.get(base) ?? 0;
    while (anchors.has(slug)) slug = `${base}-${++count}`;
    seen.set(base, count);
    anchors.add(slug);
  }
  return anchors;
}
