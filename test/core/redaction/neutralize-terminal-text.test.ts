import { describe, expect, it } from 'vitest';
import { neutralizeTerminalText } from '../../../src/core/redaction/neutralize-terminal-text.ts';

describe('neutralizeTerminalText', () => {
  it.each([
    ['plain\ttext\nkept', 'plain\ttext\nkept'],
    ['\u001b[31mred\u001b[0m', 'red'],
    ['\u001b[2J\u001b[Hcleared', 'cleared'],
    ['\u001b]0;pwned title\u0007after', 'after'],
    ['\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\', 'link'],
    ['a\u202eevil\u202cb', 'aevilb'],
    ['bell\u0007 and \u009b31m C1', 'bell and 31m C1'],
    ['carriage\rreturn', 'carriagereturn'],
  ])('%j', (input, expected) => expect(neutralizeTerminalText(input)).toBe(expected));
});
