/**
 * Quoting for Windows command lines. Windows passes a program one string, not an argv: each program's C
 * runtime splits it again (CommandLineToArgvW rules), cmd.exe first expands `%VAR%` and acts on `& | < > ^ ( )`
 * outside quotes, and PowerShell has its own literal syntax. Untrusted text goes through these functions or
 * is refused; it is never pasted into a command line.
 */

/**
 * One argument as the Microsoft C runtime reads it back: quoted when it holds a space, tab, newline or
 * quote (or is empty), with backslashes doubled only where they precede a quote.
 */
export function quoteWindowsArgument(argument: string): string {
  if (argument !== '' && !/[ \t\n\v"]/.test(argument)) return argument;
  let quoted = '"';
  let backslashes = 0;
  for (const char of argument) {
    if (char === '\\') {
      backslashes += 1;
      continue;
    }
    quoted += char === '"' ? `${'\\'.repeat(backslashes * 2 + 1)}"` : `${'\\'.repeat(backslashes)}${char}`;
    backslashes = 0;
  }
  return `${quoted}${'\\'.repeat(backslashes * 2)}"`;
}

/**
 * Splits a command line's arguments the way the Microsoft C runtime (2008 and later) does; the inverse of
 * `quoteWindowsArgument`, used to prove round trips without a Windows machine.
 */
export function splitWindowsCommandLine(line: string): string[] {
  const args: string[] = [];
  let current = '';
  let inArgument = false;
  let inQuotes = false;
  for (let i = 0; i < line.length; ) {
    const char = line[i]!;
    if ((char === ' ' || char === '\t') && !inQuotes) {
      if (inArgument) args.push(current);
      current = '';
      inArgument = false;
      i += 1;
    } else if (char === '\\') {
      let count = 0;
      while (line[i + count] === '\\') count += 1;
      inArgument = true;
      if (line[i + count] === '"') {
        current += '\\'.repeat(Math.floor(count / 2));
        if (count % 2 === 1) {
          current += '"';
          i += count + 1;
        } else i += count;
      } else {
        current += '\\'.repeat(count);
        i += count;
      }
    } else if (char === '"') {
      inArgument = true;
      if (inQuotes && line[i + 1] === '"') {
        current += '"';
        i += 2;
      } else {
        inQuotes = !inQuotes;
        i += 1;
      }
    } else {
      current += char;
      inArgument = true;
      i += 1;
    }
  }
  if (inArgument) args.push(current);
  return args;
}

export type QuotedArgument = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly reason: string };

/**
 * One argument for a cmd.exe command line (a `.cmd`/`.bat` file's arguments are re-read by cmd.exe).
 * Inside double quotes cmd treats `& | < > ^ ( )` as text, but it still expands `%VAR%` (and `!VAR!` with
 * delayed expansion) and a quote inside ends the quoting, and there is no escape for any of these inside
 * quotes, so such arguments are refused rather than quoted. A trailing backslash is doubled so the batch
 * file's program does not read `\"` as a quote.
 */
export function quoteCmdArgument(argument: string): QuotedArgument {
  const bad = /["%!\r\n\0]/.exec(argument);
  if (bad) {
    const name = { '"': 'a double quote', '%': 'a "%" (cmd.exe expands %VAR% even inside quotes)', '!': 'a "!" (delayed expansion)', '\r': 'a line break', '\n': 'a line break', '\0': 'a NUL character' }[bad[0]];
    return { ok: false, reason: `the argument ${JSON.stringify(argument.length > 60 ? `${argument.slice(0, 60)}…` : argument)} has ${name}, which cmd.exe cannot take safely; pass it in a file instead` };
  }
  return { ok: true, value: `"${argument.replace(/(\\+)$/, '$1$1')}"` };
}

/** PowerShell's single-quote characters: the ASCII one and the typographic ones it treats the same way. */
const pwshSingleQuotes = /['\u2018\u2019\u201A\u201B]/g;

/**
 * A PowerShell single-quoted literal: nothing inside is expanded (`$x`, `$(...)`, backticks), and every
 * single-quote character (including the typographic ones PowerShell also accepts) is doubled.
 */
export function quotePwshArgument(argument: string): string {
  return `'${argument.replace(pwshSingleQuotes, (quote) => quote + quote)}'`;
}
