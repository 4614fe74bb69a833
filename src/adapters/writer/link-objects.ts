import { findObjectRefs, objectRegExp, type ObjectRef } from '../../core/run-document/object-refs.ts';
import { escapeHtml } from './escape-html.ts';

export type ResolveObject = (ref: ObjectRef) => Promise<string | undefined>;

/** Where each object named in `text` is served, for those that exist (token → href). */
export async function resolveObjectLinks(text: string, resolve: ResolveObject): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  const seen = new Set<string>();
  for (const ref of findObjectRefs(text)) {
    if (seen.has(ref.token)) continue;
    seen.add(ref.token);
    const href = await resolve(ref);
    if (href !== undefined) links.set(ref.token, href);
  }
  return links;
}

/** `text` as escaped HTML in which every object that exists is a link; the rest stays text. */
export async function linkifyHtml(text: string, resolve: ResolveObject): Promise<string> {
  const links = await resolveObjectLinks(text, resolve);
  let html = '';
  let last = 0;
  for (const match of text.matchAll(objectRegExp())) {
    const href = links.get(match[0]);
    if (href === undefined) continue;
    html += escapeHtml(text.slice(last, match.index)) + anchor(href, match[0]);
    last = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}

/** A link; one that leaves the Writer (GitHub) opens apart and tells GitHub nothing of where it came from. */
export function anchor(href: string, text: string): string {
  const external = /^https:\/\//.test(href);
  return `<a href="${escapeHtml(href)}"${external ? ' class="external" rel="noopener noreferrer" target="_blank"' : ''}>${escapeHtml(text)}</a>`;
}
