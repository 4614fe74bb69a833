import { parseMarkdown, walkMarkdown } from '../markdown/parse-markdown.ts';
import type { CliCommandSpec } from './cli-spec.ts';
import type { DocPage } from './check-doc-links.ts';

/** A `shopfloor …` command shown in the docs that the CLI would refuse. */
export interface WrongCommand {
  readonly page: string;
  readonly line: number;
  readonly command: string;
  readonly reason: string;
}

/**
 * Every `shopfloor …` command the pages show (inline code and code blocks; also `npx shopfloor`,
 * `npm run shopfloor --` and `npm run demo --`) checked against the program definition: the command and
 * subcommand exist and each `--option` is one that command declares. Usage notation (`[--json | --mermaid]`,
 * `<id>`, `...`) is read as such; placeholders (`<command>`, `shopfloor …`) are not checked.
 */
export function checkDocCommands(pages: readonly DocPage[], program: CliCommandSpec): WrongCommand[] {
  const wrong: WrongCommand[] = [];
  for (const page of pages) {
    for (const shown of shownCommands(page.text)) {
      const reason = commandProblem(shown.words, program);
      if (reason) wrong.push({ page: page.path, line: shown.line, command: shown.text, reason });
    }
  }
  return wrong;
}

interface ShownCommand {
  readonly text: string;
  readonly words: readonly string[];
  readonly line: number;
}

/**
 * `shopfloor` where a command starts (the start of the code, after a prompt `$`, a shell operator or
 * YAML's `run:`): not `/shopfloor`, `shopfloor/…`, `.shopfloor`, `owner/shopfloor@v1`, `docker build -t shopfloor .`.
 */
const invocation = /(?:^\s*(?:\$\s+)?|(?:&&|\|\||;|\||\$\(|\brun:)\s*)(?:npx\s+)?(?:npm\s+run\s+(?:shopfloor|(demo))\s+--|shopfloor)(?=\s|$)/g;

function shownCommands(markdown: string): ShownCommand[] {
  const found: ShownCommand[] = [];
  walkMarkdown(parseMarkdown(markdown), (node) => {
    if (node.type !== 'inlineCode' && node.type !== 'code') return;
    const startLine = node.position?.start.line ?? 0;
    node.value.split('\n').forEach((line, index) => {
      for (const match of line.matchAll(invocation)) {
        const rest = line.slice(match.index + match[0].length);
        const text = cutAtCommandEnd(rest);
        const words = tokens(text);
        found.push({ text: `shopfloor${match[1] ? ' demo' : ''}${text}`.trimEnd(), words: match[1] ? ['demo', ...words] : words, line: startLine + (node.type === 'code' ? index + 1 : index) });
      }
    });
  });
  return found;
}

/**
 * The command ends at a shell operator, a redirection or a comment. Usage notation stays: `<id>`, `(a | b)`,
 * `replay|command`, `\|` (a pipe in a table cell), and `$(…)` is one word.
 */
function cutAtCommandEnd(rest: string): string {
  const closing: Readonly<Record<string, string>> = { '"': '"', "'": "'", '<': '>', '$(': ')' };
  for (let at = 0; at < rest.length; at++) {
    const char = rest[at]!;
    const opener = char === '$' && rest[at + 1] === '(' ? '$(' : char;
    const close = closing[opener];
    if (close) {
      const end = rest.indexOf(close, at + opener.length);
      if (end < 0) return rest;
      at = end;
      continue;
    }
    const spaced = /\s/.test(rest[at - 1] ?? ' ');
    if (char === '\\' && rest[at + 1] === '|') at++;
    else if (char === '&' || char === ';' || (spaced && (char === '>' || char === '#' || (char === '|' && !/^\s*-/.test(rest.slice(at + 1)))))) return rest.slice(0, at);
  }
  return rest;
}

/** Words, with quoted text and `$(…)` as one word, and usage brackets, `\|` and `|` as their own words. */
function tokens(text: string): string[] {
  const words: string[] = [];
  // `[options]`, `[command]`, `[PATH...]`: usage notation for optional words, not words.
  for (const match of text.replace(/\\\|/g, ' | ').replace(/\[[^\]\s-][^\]\s]*\]/g, ' ').matchAll(/\$\([^)]*\)|"[^"]*"|'[^']*'|[^\s[\]]+|\[|\]/g)) words.push(match[0]);
  // `(--run CMD | --flow ID)`: a group in usage notation; parentheses are not part of the words.
  return words.map((word) => (word.startsWith('$(') ? word : word.replace(/^\(+|\)+$/g, ''))).filter((word) => word !== '[' && word !== ']' && word !== '');
}

function commandProblem(words: readonly string[], program: CliCommandSpec): string | undefined {
  let command = program;
  let index = words[0] === '--' ? 1 : 0;
  const first = words[index];
  if (first === undefined || first.startsWith('<') || first === '…' || first === '...' || first.startsWith('-')) return first?.startsWith('-') ? optionProblem(first, command) : undefined;
  const named = command.commands.find((sub) => sub.name === first);
  if (!named) return `"${first}" is not a shopfloor command (${command.commands.map((sub) => sub.name).join(', ')})`;
  command = named;
  index++;
  let previous: 'subcommand' | 'other' = 'other';
  if (command.commands.length > 0 && words[index] !== undefined && !words[index]!.startsWith('-')) {
    const sub = words[index]!;
    const found = command.commands.find((candidate) => candidate.name === sub);
    if (!found) return `"${command.path} ${sub}" is not a command (${command.commands.map((candidate) => candidate.name).join(', ')})`;
    index++;
    // `report keygen | show | prune`: alternatives of a subcommand are subcommands too; options then belong to none of them.
    while (words[index] === '|' && words[index + 1] && !words[index + 1]!.startsWith('-')) {
      const alternative = words[index + 1]!;
      if (!command.commands.some((candidate) => candidate.name === alternative)) return `"${command.path} ${alternative}" is not a command (${command.commands.map((candidate) => candidate.name).join(', ')})`;
      index += 2;
      previous = 'subcommand';
    }
    if (previous !== 'subcommand') command = found;
  }
  for (const word of words.slice(index)) {
    if (word === '--') break;
    if (word.startsWith('-') && word !== '-') {
      const problem = optionProblem(word, command);
      if (problem) return problem;
    }
  }
  return undefined;
}

function optionProblem(word: string, command: CliCommandSpec): string | undefined {
  const flag = word.replace(/[=,].*$/, '').replace(/\.\.\.$/, '');
  if (flag === '--help' || flag === '-h' || (command.path === '' && (flag === '--version' || flag === '-V'))) return undefined;
  if (command.options.some((option) => option.long === flag || option.short === flag)) return undefined;
  const name = command.path ? `shopfloor ${command.path}` : 'shopfloor';
  return `${name} has no option ${flag} (it has ${command.options.map((option) => option.long ?? option.short).join(', ') || 'none'})`;
}
