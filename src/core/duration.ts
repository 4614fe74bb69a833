import { z } from 'zod';

const unitMs = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;
const durationPattern = /^(\d+(?:\.\d+)?(?:ms|s|m|h|d|w))+$/;

/** Parses `90s`, `10m`, `1h30m`, `7d` into milliseconds; `undefined` when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim();
  if (!durationPattern.test(trimmed)) return undefined;
  let total = 0;
  for (const [, amount, unit] of trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g)) {
    total += Number(amount) * unitMs[unit as keyof typeof unitMs];
  }
  return total;
}

/** Renders milliseconds compactly: `1h30m`, `45s`, `250ms`. */
export function formatDuration(ms: number): string {
  if (ms < 1_000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1_000).toFixed(ms < 10_000 ? 1 : 0)}s`;
  const parts: string[] = [];
  let rest = Math.round(ms / 1_000);
  for (const [unit, size] of [['d', 86_400], ['h', 3_600], ['m', 60], ['s', 1]] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join('');
}

/**
 * The longest time limit Shopfloor can wait for: Node's timers hold at most 2^31-1 ms (24.8 days) and
 * fire at once for anything longer, so 24 days is the cap for every timeout and wall-clock budget.
 */
export const maxTimerMs = 24 * 86_400_000;

const durationText = z
  .string()
  .refine((text) => parseDuration(text) !== undefined, { message: 'is not a duration; write it like "90s", "10m", "1h30m" or "7d"' });

/** A time limit (timeout, wall-clock budget): `"10m"` in YAML, at most 24 days (Node's timer limit). */
export const durationSchema = durationText
  .refine((text) => (parseDuration(text) ?? 0) <= maxTimerMs, { message: 'is longer than 24 days, the longest time limit Node can wait for; use "24d" or less' })
  .meta({ description: 'A duration such as "90s", "10m", "1h30m" or "7d" (at most 24d).', pattern: durationPattern.source });

/** An age or window that is compared, never waited for (cooldowns, revert age limits): no cap. */
export const ageSchema = durationText.meta({ description: 'A duration such as "90s", "10m", "1h30m", "7d" or "12w".', pattern: durationPattern.source });
