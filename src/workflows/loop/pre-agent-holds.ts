import type { Git } from '../../ports/git.ts';

/**
 * Where holds made before any agent work (no implementer) are recorded: there is no agent commit to
 * note, so the note goes on the work order's file as committed on main (its blob). Editing the work
 * order makes a new blob, which has no note: the edit releases the hold, as it does for attempt holds.
 */
export const preAgentHoldsRef = 'refs/notes/shopfloor-holds';

export interface PreAgentHold {
  readonly workOrderId: string;
  /** `sha256:` of the work order's text and of the policy's, when the hold was made. */
  readonly workOrderHash: string;
  readonly policyHash: string;
  readonly runId: string;
  readonly at: string;
  readonly reasons: readonly string[];
  readonly releaseBy: string;
  /** Set when a retry found an implementer: the hold no longer stands. */
  readonly released?: { readonly runId: string; readonly at: string };
}

/** The blob of `file` as committed at `rev`, or undefined. */
export async function workOrderBlob(git: Git, repoDir: string, rev: string, file: string): Promise<string | undefined> {
  const result = await git.raw(repoDir, ['rev-parse', '--verify', '--quiet', `${rev}:${file}`]);
  const sha = result.stdout.trim();
  return result.exitCode === 0 && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
}

/**
 * The hold that stands on this work order: recorded for its text as it is now, under the policy as it
 * is now (editing the policy, say to name a provider, releases it too), and not released since.
 */
export async function readPreAgentHold(git: Git, repoDir: string, blob: string, now: { readonly workOrderHash: string; readonly policyHash: string }): Promise<PreAgentHold | undefined> {
  const text = await git.notesShow(repoDir, preAgentHoldsRef, blob);
  if (!text) return undefined;
  let hold: PreAgentHold;
  try {
    hold = JSON.parse(text) as PreAgentHold;
  } catch {
    return undefined;
  }
  if (typeof hold.workOrderHash !== 'string' || !Array.isArray(hold.reasons) || typeof hold.releaseBy !== 'string') return undefined;
  return !hold.released && hold.workOrderHash === now.workOrderHash && hold.policyHash === now.policyHash ? hold : undefined;
}

/**
 * The holds that stand on `workOrders` as committed at `rev`, read with two git calls whatever their
 * number (the roadmap of thousands of work orders asks this too) plus one per noted file.
 */
export async function readPreAgentHolds(
  git: Git,
  repoDir: string,
  rev: string,
  workOrders: readonly { readonly id: string; readonly file: string; readonly workOrderHash: string }[],
  policyHash: string,
): Promise<ReadonlyMap<string, PreAgentHold>> {
  const noted = await git.raw(repoDir, ['notes', `--ref=${preAgentHoldsRef}`, 'list']);
  const annotated = new Set(noted.exitCode === 0 ? noted.stdout.split('\n').map((line) => line.split(' ')[1]).filter((sha): sha is string => Boolean(sha)) : []);
  const holds = new Map<string, PreAgentHold>();
  if (annotated.size === 0) return holds;
  const tree = await git.raw(repoDir, ['ls-tree', '-r', rev, '--', 'workorders/']);
  const blobs = new Map(tree.stdout.split('\n').map((line) => /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(line)).filter((m): m is RegExpExecArray => m !== null).map((m) => [m[2]!, m[1]!]));
  for (const workOrder of workOrders) {
    const blob = blobs.get(workOrder.file);
    if (!blob || !annotated.has(blob)) continue;
    const hold = await readPreAgentHold(git, repoDir, blob, { workOrderHash: workOrder.workOrderHash, policyHash });
    if (hold && hold.workOrderId === workOrder.id) holds.set(workOrder.id, hold);
  }
  return holds;
}

/** Records (replaces) the hold of the work order whose committed file is `blob`. */
export async function writePreAgentHold(git: Git, repoDir: string, blob: string, hold: PreAgentHold): Promise<void> {
  await git.notesAdd(repoDir, preAgentHoldsRef, blob, JSON.stringify(hold));
}
