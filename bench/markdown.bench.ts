import { createHash } from 'node:crypto';
import { sanitizeUntrustedText } from '../src/core/agents/sanitize-untrusted-text.ts';
import { parseCommands } from '../src/core/github/parse-commands.ts';
import { fastestMs, type BenchFigure } from './bench-figure.ts';

export const title = 'Markdown readers on hostile 60 KB comments (GitHub allows 65,536 characters)';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** Shapes that make a CommonMark parser slow; each starts with a command line so the command parser reads it. */
const inputs: Readonly<Record<string, string>> = {
  'nested lists': `/shopfloor status\n${'- '.repeat(30000)}x`,
  'nested quotes': `/shopfloor status\n${'>'.repeat(60000)} x`,
  'emphasis run': `/shopfloor status\n${'*'.repeat(30000)}x${'*'.repeat(30000)}`,
  'open links': `/shopfloor status\n${'[a]('.repeat(15000)}`,
  'code spans': `/shopfloor status\n${'`a``'.repeat(15000)}`,
  'html comments': `/shopfloor status\n${'a<!--x-->'.repeat(7000)}`,
  'indented lists': `/shopfloor status\n${Array.from({ length: 250 }, (_, i) => `${' '.repeat(2 * i)}- x`).join('\n')}`,
  'ordinary prose': 'Some ordinary text with `code`, **bold** and a [link](https://x.test).\n'.repeat(850),
};

export async function run(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  for (const [name, text] of Object.entries(inputs)) {
    const sanitize = await fastestMs(1, () => sanitizeUntrustedText(text, sha));
    const commands = await fastestMs(1, () => parseCommands(text));
    figures.push({ name, value: `sanitize ${sanitize.toFixed(0)} ms`, note: `commands ${commands.toFixed(0)} ms, ${text.length} chars` });
  }
  return figures;
}
