/**
 * A claim on one effect that GitHub cannot make idempotent by itself (an issue, a keyed comment, a
 * workflow dispatch): the ref `refs/shopfloor/claims/<key>` whose newest commit names the handling that
 * holds it. The ref is created, or fast-forwarded, by compare-and-swap, so of all App replicas handling
 * the same delivery (or different deliveries about the same thing) exactly one holds the claim and makes
 * the effect. The holder releases it when the effect fails, so the next trigger takes it over; a holder
 * that died is taken over once its claim is older than `effectLeaseMs`.
 */
export interface EffectClaim {
  readonly key: string;
  readonly by: string;
  readonly at: string;
  readonly step: 'held' | 'released';
}

/** How long a holder that never released its claim keeps it (a crashed process) before another trigger may take it over. */
export const effectLeaseMs = 600_000;
const schema = 'shopfloor.effect-claim/v1';

/** The ref of one effect's claim (outside `refs/heads`: it starts no workflow and shows as no branch). */
export function effectClaimRef(key: string): string {
  return `refs/shopfloor/claims/${key}`;
}

/** A key is a ref path: lower-case words, digits, dots, dashes and slashes, never `..`. */
export function isEffectKey(key: string): boolean {
  return /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/.test(key) && !key.includes('..') && !key.endsWith('.lock');
}

export function encodeEffectClaim(claim: EffectClaim): string {
  return `Shopfloor claim ${claim.key}: ${claim.step} by ${claim.by.replace(/\s+/g, ' ')}\n\n${JSON.stringify({ schema, ...claim })}\n`;
}

/** The claim a commit message stores; undefined when it is not one (then nobody may take the ref over). */
export function decodeEffectClaim(message: string): EffectClaim | undefined {
  const start = message.indexOf('\n\n');
  if (start < 0) return undefined;
  try {
    const value = JSON.parse(message.slice(start + 2)) as Partial<EffectClaim> & { schema?: unknown };
    if (value.schema !== schema || typeof value.key !== 'string' || typeof value.by !== 'string' || typeof value.at !== 'string') return undefined;
    if (value.step !== 'held' && value.step !== 'released') return undefined;
    return { key: value.key, by: value.by, at: value.at, step: value.step };
  } catch {
    return undefined;
  }
}

/**
 * Whether a handling may take over the claim it found: `take` when it was released or its holder's lease
 * ran out, `busy` while another holder works on it (or the ref holds something that is not a claim).
 */
export function planTakeOver(found: EffectClaim | undefined, nowMs: number): 'take' | 'busy' {
  if (!found) return 'busy';
  if (found.step === 'released') return 'take';
  const at = Date.parse(found.at);
  return Number.isFinite(at) && nowMs - at >= effectLeaseMs ? 'take' : 'busy';
}
