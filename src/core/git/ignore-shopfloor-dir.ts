/** The line that keeps Shopfloor's local state (keys, runs, worktrees, caches) out of commits. */
export const shopfloorIgnoreLine = '.shopfloor/';

/**
 * The `.gitignore` text with `.shopfloor/` ignored, or `undefined` when it already is (by `.shopfloor`,
 * `.shopfloor/`, `/.shopfloor` or `/.shopfloor/`). Other lines are kept as they are.
 */
export function ignoreShopfloorDir(current: string | undefined): string | undefined {
  const lines = (current ?? '').split(/\r?\n/).map((line) => line.trim());
  if (lines.some((line) => /^\/?\.shopfloor\/?$/.test(line))) return undefined;
  const text = current ?? '';
  return `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}# Shopfloor's local state: signing keys, runs, worktrees (never commit it)\n${shopfloorIgnoreLine}\n`;
}
