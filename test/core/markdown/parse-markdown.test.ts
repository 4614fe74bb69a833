import { describe, expect, it } from 'vitest';
import { boundMarkdownNesting, parseMarkdown, walkMarkdown } from '../../../src/core/markdown/parse-markdown.ts';

describe('boundMarkdownNesting', () => {
  it.each([
    ['prose', 'a - b > c\n1. d'],
    ['ordinary nesting', '> - 1. quoted list\n>   - deeper'],
    ['32 markers exactly', `${'> '.repeat(32)}x`],
    ['a thematic break', '- - -\n***'],
  ])('leaves %s alone', (_name, text) => {
    expect(boundMarkdownNesting(text)).toBe(text);
  });

  it('cuts a line with more than 32 container markers to 32', () => {
    expect(boundMarkdownNesting(`${'- '.repeat(5000)}x\nnext`)).toBe(`${'- '.repeat(32)}x\nnext`);
    expect(boundMarkdownNesting(`${'>'.repeat(60000)} x`)).toBe(`${'>'.repeat(32)} x`);
  });
});

describe('parseMarkdown', () => {
  it('keeps emphasis delimiters as text (never parsed) and walks 10,000 levels without recursion', () => {
    const types: string[] = [];
    walkMarkdown(parseMarkdown('*a* and `b`'), (node) => void types.push(node.type));
    expect(types).toEqual(['root', 'paragraph', 'text', 'inlineCode']);
    let depth = 0;
    walkMarkdown(parseMarkdown(boundMarkdownNesting(`${'> '.repeat(10000)}x`)), (node) => void (node.type === 'blockquote' && depth++));
    expect(depth).toBe(32);
  });

  it('can leave links and images as text for readers that need only blocks, code and HTML', () => {
    const types: string[] = [];
    walkMarkdown(parseMarkdown('[a](b) ![c](d)', { links: false }), (node) => void types.push(node.type));
    expect(types).toEqual(['root', 'paragraph', 'text']);
  });
});
