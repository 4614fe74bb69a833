import type { Nodes } from 'mdast';
import { decodeString } from 'micromark-util-decode-string';
import { boundMarkdownNesting, parseMarkdown, sourceRange, walkMarkdown } from '../markdown/parse-markdown.ts';
import { createHtmlTracker, type Edit } from './hidden-html.ts';
import { removeInvisibleCharacters, type InvisibleKind } from './invisible-characters.ts';

/** What the sanitizer took out, by kind, so an approver sees that something was hidden. */
export interface SanitizedText {
  readonly text: string;
  /** Hex sha256 of `text`: exactly what the model reads. */
  readonly sha256: string;
  readonly removed: readonly { readonly kind: HiddenKind; readonly count: number }[];
}

export type HiddenKind = Edit['kind'] | InvisibleKind | 'link-reference-comment' | 'link-title' | 'html-entity';

/** A link or image destination as Markdown writes it, angle-bracketed when it holds spaces or parentheses. */
function destination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
}

type SanitizerEdit = Omit<Edit, 'kind'> & { readonly kind: HiddenKind };

/** Cuts for one parse of `text`: what renders as nothing (or as something other than the source says). */
function hiddenEdits(text: string): SanitizerEdit[] {
  const tree = parseMarkdown(text);
  const edits: SanitizerEdit[] = [];
  const html = createHtmlTracker();
  const definitions = new Map<string, string>();
  const htmlStarts: number[] = [];
  walkMarkdown(tree, (node) => {
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
    if (node.type === 'html' && node.position?.start.offset !== undefined) htmlStarts.push(node.position.start.offset);
  });
  // Whether an HTML node starts inside [start, end): a binary search over their (document-ordered) starts.
  const holdsHtml = (start: number, end: number) => {
    let low = 0;
    let high = htmlStarts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (htmlStarts[mid]! < start) low = mid + 1;
      else high = mid;
    }
    return low < htmlStarts.length && htmlStarts[low]! < end;
  };
  const visit = (node: Nodes): 'skip' | void => {
    const range = sourceRange(node);
    if (!range) return 'skip';
    const [start, end] = range;
    if (node.type === 'html') return html.read(text.slice(start, end), start, edits);
    // Inside a hidden element everything goes, markup included, unless the element closes inside this node.
    if (html.hidden() && !holdsHtml(start, end)) {
      edits.push({ start, end, replacement: '', kind: 'hidden-html' });
      return 'skip';
    }
    switch (node.type) {
      case 'definition':
        // A link reference definition renders as nothing; `[//]: # (…)` is the classic Markdown comment.
        edits.push({ start, end, replacement: '', kind: 'link-reference-comment' });
        return 'skip';
      case 'image':
        edits.push({ start, end, replacement: `![](${destination(node.url)})`, kind: 'image-alt-text' });
        return 'skip';
      case 'imageReference': {
        const url = definitions.get(node.identifier);
        edits.push({ start, end, replacement: url === undefined ? '' : `![](${destination(url)})`, kind: 'image-alt-text' });
        return 'skip';
      }
      case 'link': {
        const last = node.children.at(-1)?.position?.end.offset;
        if (node.title && last !== undefined) edits.push({ start: last, end, replacement: `](${destination(node.url)})`, kind: 'link-title' });
        break;
      }
      case 'text': {
        // Character references render as what they encode: `&#60;!--` is a comment once decoded.
        const raw = text.slice(start, end);
        if (!raw.includes('&')) return;
        const invisible = invisibleReferences(raw);
        if (invisible !== raw) {
          edits.push({ start, end, replacement: invisible, kind: 'html-entity' });
          return;
        }
        if (/<[!?]/.test(node.value)) {
          const inner: Edit[] = [];
          createHtmlTracker().read(node.value, 0, inner);
          // The cut is counted under what it hid; a zero-width edit records that entities were involved.
          if (inner.length > 0) edits.push({ start, end, replacement: applyEdits(node.value, inner), kind: inner[0]!.kind }, { start, end: start, replacement: '', kind: 'html-entity' });
        }
        return;
      }
    }
  };
  walkMarkdown(tree, visit);
  // An edit that changes nothing (an image already without alt text) is no edit: the loop must settle.
  return edits.filter((edit) => edit.end === edit.start || text.slice(edit.start, edit.end) !== edit.replacement);
}

/** Character references that decode to an invisible character (`&#8203;`, `&#xE0041;`) render as nothing. */
function invisibleReferences(raw: string): string {
  return raw.replace(/&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (reference) => {
    let hidden = false;
    removeInvisibleCharacters(decodeString(reference), () => (hidden = true));
    return hidden ? '' : reference;
  });
}

function applyEdits(text: string, edits: readonly { start: number; end: number; replacement: string }[]): string {
  let out = '';
  let last = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (edit.start < last) continue;
    out += text.slice(last, edit.start) + edit.replacement;
    last = edit.end;
  }
  return out + text.slice(last);
}

/**
 * Strips what a human reviewer cannot see on the rendered page but a model reads: HTML comments and
 * other markup that renders as nothing (`<!x …>`, `<?…?>`, CDATA, `<script>`, `<style>`), hidden
 * elements with everything inside (nested too), link reference definitions, link titles, image alt text,
 * unseen attributes, character references that decode to any of these, and every invisible character.
 * Markdown is parsed with a CommonMark parser, so what counts is what renders; visible text is left as
 * written. The result's hash is recorded so an approver can check exactly what the model read. Hashing is
 * I/O-free but needs a digest, so the caller passes one in (node:crypto in an adapter).
 */
export function sanitizeUntrustedText(input: string, sha256: (text: string) => string): SanitizedText {
  const counts = new Map<HiddenKind, number>();
  const bump = (kind: HiddenKind) => counts.set(kind, (counts.get(kind) ?? 0) + 1);
  let text = boundMarkdownNesting(removeInvisibleCharacters(input.normalize('NFC').replace(/\r\n?/g, '\n'), bump));
  // Repeat until stable: removing one construct can join the halves of another (`<!<!---->--`).
  for (let round = 0; round < 8; round++) {
    const edits = hiddenEdits(text);
    if (edits.length === 0) break;
    for (const edit of edits) bump(edit.kind);
    text = applyEdits(text, edits.filter((edit) => edit.end > edit.start || edit.replacement));
  }
  text = removeInvisibleCharacters(text, bump).replace(/\n[ \t]*\n(?:[ \t]*\n)+/g, '\n\n').replace(/^(?:[ \t]*\n)+/, '').replace(/\s+$/, '');
  return { text, sha256: sha256(text), removed: [...counts].map(([kind, count]) => ({ kind, count })) };
}
