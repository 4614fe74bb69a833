import { describe, expect, it } from 'vitest';
import { quoteCmdArgument, quotePwshArgument, quoteWindowsArgument, splitWindowsCommandLine } from '../../../src/core/env/windows-command-line.ts';

/** Strings an issue title, branch name or agent could carry toward a Windows command line. */
const hostile = [
  'plain', '', ' ', 'two words', 'a"; calc; "', '$(whoami)', '`id`', 'zzz";echo${IFS}"hi";#', '--upload-pack=calc',
  'C:\\work dir\\', 'C:\\dir\\', 'a\\\\"b', '\\\\server\\share\\x', '\\"', '"\\', '""', 'a & whoami', 'a | more', 'x > C:\\out',
  '^', '(calc)', '%PATH%', '%%', '!x!', 'tab\there', 'line\nbreak', '\u2019; calc; \u2018', "it's", "''", '$env:GITHUB_TOKEN',
  '@(1,2)', '-EncodedCommand YwBhAGwAYwA=', 'ünïcödé 日本', '\\\\?\\C:\\w\\..\\s', 'trailing\\\\',
] as const;

describe('quoteWindowsArgument', () => {
  it.each(hostile)('%j survives the C runtime split as one argument', (argument) => {
    const line = ['prog.exe', quoteWindowsArgument(argument), quoteWindowsArgument('next')].join(' ');
    expect(splitWindowsCommandLine(line)).toEqual(['prog.exe', argument, 'next']);
  });

  it.each([
    ['simple', 'simple'],
    ['two words', '"two words"'],
    ['', '""'],
    ['C:\\dir\\', 'C:\\dir\\'],
    ['C:\\work dir\\', '"C:\\work dir\\\\"'],
    ['a"b', '"a\\"b"'],
    ['a\\"b', '"a\\\\\\"b"'],
  ])('%j is written %s', (argument, expected) => {
    expect(quoteWindowsArgument(argument)).toBe(expected);
  });
});

/** What cmd.exe would act on in a line: metacharacters outside quotes and any %VAR% or !VAR! expansion. */
function cmdSpecials(line: string): string[] {
  const found: string[] = [];
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && '&|<>^()'.includes(char)) found.push(char);
    else if (char === '%' || char === '!') found.push(char);
  }
  return found;
}

describe('quoteCmdArgument', () => {
  it.each(hostile)('%j is either quoted so cmd.exe acts on nothing, or refused with a reason', (argument) => {
    const quoted = quoteCmdArgument(argument);
    if (!quoted.ok) {
      expect(/["%!\r\n]/.test(argument)).toBe(true);
      expect(quoted.reason).toContain('pass it in a file instead');
      return;
    }
    const line = `"C:\\tools\\agent.cmd" ${quoted.value} "next"`;
    expect(cmdSpecials(line)).toEqual([]);
    // After cmd.exe hands the line on, the batch file's program reads the argument back unchanged.
    expect(splitWindowsCommandLine(line)).toEqual(['C:\\tools\\agent.cmd', argument, 'next']);
  });

  it.each([
    ['a"; calc; "', 'a double quote'],
    ['%PATH%', 'expands %VAR%'],
    ['!x!', 'delayed expansion'],
    ['line\nbreak', 'a line break'],
  ])('refuses %j (%s)', (argument, reason) => {
    const quoted = quoteCmdArgument(argument);
    expect(quoted.ok).toBe(false);
    if (!quoted.ok) expect(quoted.reason).toContain(reason);
  });

  it('quotes metacharacters instead of refusing them, and doubles a trailing backslash', () => {
    expect(quoteCmdArgument('a & whoami')).toEqual({ ok: true, value: '"a & whoami"' });
    expect(quoteCmdArgument('C:\\dir\\')).toEqual({ ok: true, value: '"C:\\dir\\\\"' });
  });
});

/** Reads a PowerShell single-quoted literal back: a doubled single-quote character stands for one. */
function readPwshLiteral(literal: string): { value: string; rest: string } {
  const quotes = "'\u2018\u2019\u201A\u201B";
  expect(quotes).toContain(literal[0]);
  let value = '';
  for (let i = 1; i < literal.length; i += 1) {
    const char = literal[i]!;
    if (!quotes.includes(char)) value += char;
    else if (quotes.includes(literal[i + 1] ?? '')) {
      value += char;
      i += 1;
    } else return { value, rest: literal.slice(i + 1) };
  }
  throw new Error(`unterminated literal ${literal}`);
}

describe('quotePwshArgument', () => {
  it.each(hostile)('%j is one literal with nothing after it', (argument) => {
    const literal = quotePwshArgument(argument);
    expect(readPwshLiteral(`${literal} ; Write-Output next`)).toEqual({ value: argument, rest: ' ; Write-Output next' });
  });

  it('doubles typographic single quotes too, which PowerShell also ends strings with', () => {
    expect(quotePwshArgument('\u2019; calc; \u2018')).toBe("'\u2019\u2019; calc; \u2018\u2018'");
    expect(quotePwshArgument('$(whoami)')).toBe("'$(whoami)'");
  });
});
