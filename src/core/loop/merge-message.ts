/** Trailers Shopfloor writes into merge commits so history alone tells what was merged and why. */
export interface MergeTrailers {
  readonly workOrder: string;
  /** Absent on merge-train cars: a commit cannot name its own report, so the report is its git note. */
  readonly reportDigest?: string;
  readonly agentBranch?: string;
  readonly reverts?: string;
}

const trailerNames = { workOrder: 'Work-Order', reportDigest: 'Report-Digest', agentBranch: 'Agent-Branch', reverts: 'Reverts' } as const;

/**
 * A merge commit message: a one-line subject (control characters and newlines from untrusted titles
 * removed, length capped) and the trailers, which are what machines read back.
 */
export function renderMergeMessage(subject: string, trailers: MergeTrailers): string {
  const lines = (Object.keys(trailerNames) as (keyof MergeTrailers)[])
    .filter((key) => trailers[key] !== undefined)
    .map((key) => `${trailerNames[key]}: ${oneLine(trailers[key]!)}`);
  return `${oneLine(subject).slice(0, 120)}\n\n${lines.join('\n')}\n`;
}

/** Reads Shopfloor's trailers back from a commit body; only the last paragraph counts, as in git. */
export function parseMergeTrailers(message: string): Partial<MergeTrailers> {
  const paragraphs = message.trim().split(/\n\s*\n/);
  const last = paragraphs[paragraphs.length - 1] ?? '';
  const result: Record<string, string> = {};
  for (const line of last.split('\n')) {
    const match = /^([A-Za-z-]+):\s*(.+)$/.exec(line.trim());
    if (!match) continue;
    const key = (Object.keys(trailerNames) as (keyof MergeTrailers)[]).find((k) => trailerNames[k].toLowerCase() === match[1]!.toLowerCase());
    if (key) result[key] = match[2]!.trim();
  }
  return result;
}

function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}
