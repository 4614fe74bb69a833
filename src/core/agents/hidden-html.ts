import { decodeString } from 'micromark-util-decode-string';
import { tokenizeHtml, voidElements, type HtmlToken } from '../markdown/html-tokens.ts';

/** A cut in the source: `[start, end)` becomes `replacement`. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
  readonly kind: HiddenHtmlKind;
}

export type HiddenHtmlKind = 'html-comment' | 'hidden-html' | 'image-alt-text' | 'hidden-attribute';

/** Elements whose content never shows. */
const hiddenElements = new Set(['script', 'style', 'template', 'title', 'head', 'noscript', 'noembed', 'noframes', 'iframe', 'object', 'frameset', 'svg', 'math']);
/** Attributes whose text a reader does not see on the page (tooltips, alt text, labels for screen readers). */
const hiddenAttributes = /^(?:alt|title|aria-label|aria-description|aria-roledescription|placeholder|data-.*)$/;
const hidingStyle = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|(?:font-size|opacity|max-height|max-width|height|width)\s*:\s*0*(?:\.0+)?(?:px|em|rem|%|pt)?\s*(?:!important)?\s*(?:;|$)|clip-path|clip\s*:|color\s*:\s*transparent)/i;

function hides(token: Extract<HtmlToken, { type: 'open' }>): boolean {
  if (hiddenElements.has(token.name)) return true;
  return token.attributes.some(({ name, value }) => {
    const decoded = decodeString(value);
    return name === 'hidden' || (name === 'aria-hidden' && decoded.trim().toLowerCase() !== 'false') || (name === 'style' && hidingStyle.test(decoded.replace(/\/\*[\s\S]*?\*\//g, '')));
  });
}

/**
 * Tracks HTML across a document's `html` nodes in order (an element opened in one node closes in a later
 * one), says whether text is currently inside a hidden element, and turns each HTML fragment into cuts:
 * comments, declarations, processing instructions and CDATA go; hidden elements go with everything inside
 * them, nested ones included; alt, title and other unseen attributes go; other tags stay.
 */
export function createHtmlTracker(): { readonly hidden: () => boolean; readonly read: (html: string, offset: number, edits: { push: (edit: Edit) => unknown }) => void } {
  const open: { name: string; hides: boolean }[] = [];
  let hiding = 0;
  const hiddenDepth = () => hiding;
  const cut = (edits: { push: (edit: Edit) => unknown }, offset: number, token: HtmlToken, kind: HiddenHtmlKind) => edits.push({ start: offset + token.start, end: offset + token.end, replacement: '', kind });
  return {
    hidden: () => hiddenDepth() > 0,
    read: (html, offset, edits) => {
      for (const token of tokenizeHtml(html)) {
        const hiddenNow = hiddenDepth() > 0;
        if (token.type === 'comment') cut(edits, offset, token, 'html-comment');
        else if (token.type === 'declaration' || token.type === 'instruction' || token.type === 'cdata') cut(edits, offset, token, 'hidden-html');
        else if (token.type === 'text') {
          if (hiddenNow && html.slice(token.start, token.end).trim()) cut(edits, offset, token, 'hidden-html');
        } else if (token.type === 'open') {
          const hidesContent = hides(token);
          if (!token.selfClosing && !voidElements.has(token.name)) {
            open.push({ name: token.name, hides: hidesContent });
            if (hidesContent) hiding++;
          }
          if (hiddenNow || hidesContent) cut(edits, offset, token, 'hidden-html');
          else {
            for (const attr of token.attributes) {
              if (hiddenAttributes.test(attr.name) && attr.value) edits.push({ start: offset + attr.start, end: offset + attr.end, replacement: '', kind: token.name === 'img' && attr.name === 'alt' ? 'image-alt-text' : 'hidden-attribute' });
            }
          }
        } else if (token.type === 'close') {
          const index = open.map((element) => element.name).lastIndexOf(token.name);
          if (index >= 0) hiding -= open.splice(index).filter((element) => element.hides).length;
          if (hiddenNow) cut(edits, offset, token, 'hidden-html');
        }
      }
    },
  };
}
