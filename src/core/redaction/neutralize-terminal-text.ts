/**
 * Text from an agent, made safe to print on a terminal: escape sequences (CSI such as colours and cursor
 * moves, OSC such as titles and hyperlinks, other ESC sequences), C1 controls, other C0 controls but
 * newline and tab, and bidi overrides (which can make code read differently than it runs) are removed.
 */
export function neutralizeTerminalText(text: string): string {
  return text
    .replace(/\u001b\][\s\S]*?(?:\u0007|\u001b\\|$)/g, '')
    .replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '')
    .replace(/\u001b[PX^_][\s\S]*?(?:\u001b\\|$)/g, '')
    .replace(/\u001b[@-Z\\-_]?/g, '')
    .replace(/[\u0080-\u009f]/g, '')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g, '');
}
