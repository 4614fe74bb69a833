/**
 * The refusal record Shopfloor writes into the commit it makes of an agent's work: one
 * `Shopfloor-Refused: "<path>"` trailer per path the agent changed outside its scope (JSON-quoted, so no
 * file name can start a line of its own), after `Shopfloor-Work-Order:`. The agent never makes this
 * commit, so it can neither erase the record nor write one into the trailer paragraph; verify reads it
 * back from the newest such commit on the branch.
 */
export function renderRefusalTrailers(paths: readonly string[]): string {
  return [...new Set(paths)].map((path) => `Shopfloor-Refused: ${JSON.stringify(path)}`).join('\n');
}

/** What one commit message says, when it is a commit Shopfloor made of an agent's work. */
export interface ImplementCommitRecord {
  readonly workOrder: string;
  readonly refused: readonly string[];
}

/**
 * Reads the record back from a commit message: only its last paragraph counts (as git reads trailers),
 * and only when that paragraph names the work order as Shopfloor writes it. Undefined for other commits.
 */
export function parseImplementCommit(message: string): ImplementCommitRecord | undefined {
  const paragraphs = message.trim().split(/\n[ \t]*\n/);
  const last = paragraphs[paragraphs.length - 1] ?? '';
  let workOrder: string | undefined;
  const refused: string[] = [];
  for (const line of last.split('\n')) {
    const match = /^([A-Za-z-]+):[ \t]*(.*)$/.exec(line.trim());
    if (!match) continue;
    if (match[1] === 'Shopfloor-Work-Order') workOrder = match[2]!.trim();
    if (match[1] === 'Shopfloor-Refused') {
      // Shopfloor always quotes; anything else still counts as a refusal, never as none.
      refused.push(parseQuoted(match[2]!.trim()) ?? match[2]!.trim());
    }
  }
  return workOrder ? { workOrder, refused } : undefined;
}

function parseQuoted(text: string): string | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
