import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sanitizeUntrustedText } from '../../src/core/agents/sanitize-untrusted-text.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const tags = (text: string) => [...text].map((char) => String.fromCodePoint(0xe0000 + char.codePointAt(0)!)).join('');

/**
 * Hostile inputs and what the model may read of them. Every hidden payload says HIDDEN, so beyond the
 * exact expected text, no output may contain that word.
 */
const hostile: readonly (readonly [string, string, string])[] = [
  // HTML comments
  ['comment', 'Fix it<!-- HIDDEN -->.', 'Fix it.'],
  ['multi-line comment', 'Fix it.\n<!--\nHIDDEN\n-->\nThanks', 'Fix it.\n\nThanks'],
  ['comment block at the end, never closed', 'Fix it.\n\n<!-- HIDDEN\nmore HIDDEN', 'Fix it.'],
  ['comment between words', 'a<!--HIDDEN-->b', 'ab'],
  ['empty comment then text', 'a <!----> b', 'a  b'],
  ['abrupt empty comment <!-->', 'a <!--> b', 'a  b'],
  ['comment holding a fake closing in quotes', 'a <!-- "-- >" HIDDEN --> b', 'a  b'],
  ['comment inside a list item', '- one <!-- HIDDEN -->\n- two', '- one \n- two'],
  ['comment inside a blockquote', '> quoted <!-- HIDDEN --> text', '> quoted  text'],
  ['comment inside a heading', '# Title <!-- HIDDEN -->', '# Title'],
  ['comment inside emphasis', '*a <!-- HIDDEN --> b*', '*a  b*'],
  ['comment inside link text', '[a <!-- HIDDEN --> b](https://x.test)', '[a  b](https://x.test)'],
  ['comment block indented three spaces', '   <!-- HIDDEN -->\ntext', 'text'],
  ['nested comment halves', 'Fix <!<!---->-- HIDDEN -->bug', 'Fix bug'],
  ['comment halves around a dash', 'a <!-<!-- x -->- HIDDEN --> b', 'a  b'],
  ['comment split by a zero-width space', 'a <\u200B!-- HIDDEN --> b', 'a  b'],
  // Declarations, processing instructions, CDATA
  ['declaration', 'a <!x HIDDEN> b', 'a  b'],
  ['doctype', '<!DOCTYPE HIDDEN>\ntext', 'text'],
  ['declaration block', '<!ELEMENT HIDDEN>\n\ntext', 'text'],
  ['processing instruction', 'a <?php HIDDEN ?> b', 'a  b'],
  ['processing instruction block', '<?xml HIDDEN?>\n\ntext', 'text'],
  ['CDATA', 'a <![CDATA[ HIDDEN ]]> b', 'a  b'],
  ['CDATA block over lines', '<![CDATA[\nHIDDEN\n]]>\n\ntext', 'text'],
  // Elements whose content never shows
  ['script block', '<script>\nHIDDEN\n</script>\n\ntext', 'text'],
  ['inline script', 'a <script>HIDDEN</script> b', 'a  b'],
  ['style block', '<style>\n.x { content: "HIDDEN" }\n</style>\n\ntext', 'text'],
  ['template', 'a <template>HIDDEN</template> b', 'a  b'],
  ['title element', 'a <title>HIDDEN</title> b', 'a  b'],
  ['noscript', 'a <noscript>HIDDEN</noscript> b', 'a  b'],
  ['svg text', 'a <svg><text>HIDDEN</text></svg> b', 'a  b'],
  ['upper-case SCRIPT', 'a <SCRIPT>HIDDEN</SCRIPT> b', 'a  b'],
  // Hidden elements
  ['hidden attribute', 'A <span hidden>HIDDEN</span>B', 'A B'],
  ['hidden="hidden"', 'A <span hidden="hidden">HIDDEN</span>B', 'A B'],
  ['aria-hidden', 'A <span aria-hidden="true">HIDDEN</span>B', 'A B'],
  ['display:none', 'A <div style="display:none">HIDDEN</div>B', 'A B'],
  ['DISPLAY : NONE with spaces', 'A <div style="color:red; DISPLAY : NONE">HIDDEN</div>B', 'A B'],
  ['display none !important', "A <p style='display:none !important'>HIDDEN</p>B", 'A B'],
  ['display none behind a CSS comment', 'A <span style="display:/**/none">HIDDEN</span>B', 'A B'],
  ['display none as character references', 'A <span style="display&#58;none">HIDDEN</span>B', 'A B'],
  ['visibility hidden', 'A <span style="visibility: hidden">HIDDEN</span>B', 'A B'],
  ['font-size 0', 'A <span style="font-size:0">HIDDEN</span>B', 'A B'],
  ['opacity 0', 'A <span style="opacity:0.0">HIDDEN</span>B', 'A B'],
  ['transparent colour', 'A <span style="color: transparent">HIDDEN</span>B', 'A B'],
  ['nested hidden divs', '<div hidden><div></div>HIDDEN<div>HIDDEN</div></div>\n\nshown', 'shown'],
  ['hidden div holding the same tag name', 'A <span hidden><span>x</span> HIDDEN</span>B', 'A B'],
  ['hidden element across blank lines', '<div hidden>\n\nHIDDEN paragraph\n\n</div>\n\nshown', 'shown'],
  ['hidden element never closed', 'shown\n\n<div hidden>\n\nHIDDEN to the end', 'shown'],
  ['hidden element around markdown', 'A <span hidden>**HIDDEN** `HIDDEN`</span>B', 'A B'],
  ['hidden element holding a comment', 'A <span hidden><!-- x -->HIDDEN</span>B', 'A B'],
  ['hidden element in a list', '- a <span hidden>HIDDEN</span>\n- b', '- a \n- b'],
  ['hidden element in a table cell', '| a | <span hidden>HIDDEN</span> |\n|---|---|\n| 1 | 2 |', '| a |  |\n|---|---|\n| 1 | 2 |'],
  ['hidden sup', 'x<sup hidden>HIDDEN</sup>', 'x'],
  // Link reference definitions and titles
  ['markdown comment idiom', 'Do it\n\n[//]: # (HIDDEN)\n\ndone', 'Do it\n\ndone'],
  ['comment idiom with angle brackets', 'Do it\n\n[comment]: <> (HIDDEN)\n\ndone', 'Do it\n\ndone'],
  ['definition with a multi-line title', 'Do it\n\n[x]: https://x.test "HIDDEN\nmore HIDDEN"\n\ndone', 'Do it\n\ndone'],
  ['definition with its title on the next line', 'Do it\n\n[x]: https://x.test\n  "HIDDEN"\n\ndone', 'Do it\n\ndone'],
  ['definition in a blockquote', '> [x]: https://x.test "HIDDEN"\n\ndone', '> \n\ndone'],
  ['definition with a parenthesised title', '[a]: /u (HIDDEN)\ntext', 'text'],
  ['link title in double quotes', 'see [docs](https://x.test "HIDDEN") now', 'see [docs](https://x.test) now'],
  ['link title in single quotes', "see [docs](https://x.test 'HIDDEN') now", 'see [docs](https://x.test) now'],
  ['link title in parentheses', 'see [docs](https://x.test (HIDDEN)) now', 'see [docs](https://x.test) now'],
  ['link title over two lines', 'see [docs](https://x.test "HIDDEN\nHIDDEN") now', 'see [docs](https://x.test) now'],
  // Image alt text
  ['image alt text', 'See ![HIDDEN](https://x/y.png) ok', 'See ![](https://x/y.png) ok'],
  ['image alt with nested brackets', 'See ![a [b] HIDDEN](https://x/y.png) ok', 'See ![](https://x/y.png) ok'],
  ['image alt and title', 'See ![HIDDEN](https://x/y.png "HIDDEN") ok', 'See ![](https://x/y.png) ok'],
  ['full reference image', 'See ![HIDDEN][r] ok\n\n[r]: https://x/y.png "HIDDEN"', 'See ![](https://x/y.png) ok'],
  ['collapsed reference image', 'See ![HIDDEN][] ok\n\n[HIDDEN]: https://x/y.png', 'See ![](https://x/y.png) ok'],
  ['shortcut reference image', 'See ![HIDDEN] ok\n\n[hidden]: https://x/y.png', 'See ![](https://x/y.png) ok'],
  ['image inside a link', '[![HIDDEN](https://x/b.svg)](https://x.test)', '[![](https://x/b.svg)](https://x.test)'],
  ['img alt attribute', 'Look <img src="a.png" alt="HIDDEN"> here', 'Look <img src="a.png"> here'],
  ['img alt with an encoded quote', 'Look <img src="a.png" alt="&quot;HIDDEN"> here', 'Look <img src="a.png"> here'],
  ['img alt in single quotes', "Look <img alt='HIDDEN' src=a.png> here", 'Look <img src=a.png> here'],
  ['img alt unquoted', 'Look <img alt=HIDDEN src=a.png> here', 'Look <img src=a.png> here'],
  ['img title', 'Look <img src="a.png" title="HIDDEN"/> here', 'Look <img src="a.png"/> here'],
  ['aria-label on a link', 'Go <a href="https://x.test" aria-label="HIDDEN">there</a>', 'Go <a href="https://x.test">there</a>'],
  ['img block', '<img src="a.png" alt="HIDDEN">\n\ntext', '<img src="a.png">\n\ntext'],
  // Character references
  ['comment from numeric references', 'Fix &#60;!-- HIDDEN --&#62;it', 'Fix it'],
  ['comment from hex references', 'Fix &#x3C;!-- HIDDEN --&#x3E;it', 'Fix it'],
  ['comment from named references', 'Fix &lt;!-- HIDDEN --&gt;it', 'Fix it'],
  ['declaration from references', 'a &lt;!x HIDDEN&gt; b', 'a  b'],
  ['zero-width space as a reference', 'a&#8203;b', 'ab'],
  ['tag characters as references', 'a&#xE0048;&#xE0049;b', 'ab'],
  ['soft hyphen by name', 'a&shy;b', 'ab'],
  ['bidi override by reference', 'a&#x202E;b', 'ab'],
  // Invisible characters
  ['zero-width space, joiner, non-joiner', 'Fix\u200B the\u200D bug\u200C', 'Fix the bug'],
  ['byte-order mark and word joiner', '\uFEFFFix\u2060 it', 'Fix it'],
  ['soft hyphen', 'in\u00ADvisible', 'invisible'],
  ['right-to-left override', 'Fix \u202EHIDDEN\u202C bug'.replace('HIDDEN', 'evil'), 'Fix evil bug'],
  ['isolates and marks', '\u2066a\u2067b\u2068c\u2069\u200E\u200F\u061C', 'abc'],
  ['tag block message', `Fix${tags('HIDDEN instructions')} bug`, 'Fix bug'],
  ['tag block begin and cancel', 'a\u{E0001}\u{E007F}b', 'ab'],
  ['unassigned tag block code point', 'a\u{E0000}\u{E0002}b', 'ab'],
  ['deprecated format characters U+206A–206F', 'a\u206A\u206B\u206C\u206D\u206E\u206Fb', 'ab'],
  ['musical formatting U+1D173–1D17A', 'a\u{1D173}\u{1D174}\u{1D175}\u{1D176}\u{1D177}\u{1D178}\u{1D179}\u{1D17A}b', 'ab'],
  ['shorthand format controls U+1BCA0–1BCA3', 'a\u{1BCA0}\u{1BCA1}\u{1BCA2}\u{1BCA3}b', 'ab'],
  ['variation selectors', 'x\uFE0F\uFE00\u{E0100}\u{E01EF}y', 'xy'],
  ['Mongolian variation selectors and vowel separator', 'x\u180B\u180C\u180D\u180E\u180Fy', 'xy'],
  ['Hangul fillers', 'x\u115F\u1160\u3164\uFFA0y', 'xy'],
  ['combining grapheme joiner', 'x\u034Fy', 'xy'],
  ['Khmer inherent vowels', 'x\u17B4\u17B5y', 'xy'],
  ['interlinear annotation', 'x\uFFF9HIDDEN\uFFFAz\uFFFB'.replace('HIDDEN', 'y'), 'xyz'],
  ['control characters and escape', 'a\u0000b\u001B[8mc\u007Fd', 'ab[8mcd'],
  ['Arabic and Syriac format marks', 'a\u0600\u070Fb', 'ab'],
  ['invisible operators', 'a\u2061\u2062\u2063\u2064b', 'ab'],
  ['every kind at once', `\u200B${tags('x')}<!-- HIDDEN -->A\u202E <span hidden>HIDDEN</span>![HIDDEN](u)`, 'A ![](u)'],
];

/** Text a reader sees; the sanitizer must leave it exactly as written. */
const visible: readonly (readonly [string, string])[] = [
  ['inline code holding a comment', 'Run `<!-- not hidden -->` as shown'],
  ['fenced code holding a comment', '```html\n<!-- shown as code -->\n<div hidden>code</div>\n```'],
  ['indented code', '    <!-- code -->\n    more code'],
  ['details and summary', '<details><summary>More</summary>\n\nShown when opened.\n\n</details>'],
  ['bold tag', 'a <b>bold</b> word'],
  ['escaped comment shows literally', 'a \\<!-- shown --> b'],
  ['angle brackets in prose', 'if a < b and c > d then x <= y'],
  ['autolinks', 'See <https://x.test/a?b=c> and <me@x.test>'],
  ['link without a title', 'see [docs](https://x.test/a_b) now'],
  ['list, table and emphasis', '- *one*\n- **two**\n\n| a | b |\n|---|---|\n| 1 | 2 |'],
  ['emoji and accents', 'café ✅ naïve 日本語'],
  ['visible HTML entity', 'a &amp; b &copy; c'],
  ['a lone less-than before a bang', 'wow <! that was close'],
  ['<!> is text to CommonMark', 'a <!> b'],
];

describe('sanitizeUntrustedText against hostile input', () => {
  it.each(hostile)('%s', (_name, input, expected) => {
    const result = sanitizeUntrustedText(input, sha);
    expect(result.text).toBe(expected);
    expect(result.text).not.toMatch(/HIDDEN/i);
    expect(result.removed.length).toBeGreaterThan(0);
    expect(result.sha256).toBe(sha(expected));
  });

  it.each(visible)('leaves %s unchanged', (_name, input) => {
    const result = sanitizeUntrustedText(input, sha);
    expect(result.text).toBe(input);
    expect(result.removed).toEqual([]);
  });

  it('covers at least 100 hostile inputs', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(100);
  });
});
