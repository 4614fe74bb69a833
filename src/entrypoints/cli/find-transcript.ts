import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { workOrdersOf } from '../../core/revert/read-commit-message.ts';
import type { WorkOrder } from '../../core/workorder/work-order-schema.ts';
import type { Git } from '../../ports/git.ts';

/**
 * The transcript file a replayed work order plays: `<id>.json`; for a bug work order filed by a revert
 * (`provenance.revertOf`), whose id names a commit and so cannot be known when recording, also
 * `<reverted work order>.fix.json` for each work order the culprit merge named (`Work-Order:` trailers).
 * Returns the first that exists, else the list of names looked for.
 */
export async function findTranscript(git: Git, root: string, dir: string, workOrder: WorkOrder): Promise<{ readonly file?: string; readonly lookedFor: readonly string[] }> {
  const names = [`${workOrder.id}.json`];
  const revertOf = workOrder.provenance?.revertOf;
  if (revertOf && (await git.revParse(root, `${revertOf}^{commit}`))) {
    const [culprit] = await git.log(root, { to: revertOf, max: 1 });
    for (const id of culprit ? workOrdersOf(culprit) : []) names.push(`${id}.fix.json`);
  }
  const lookedFor = names.map((name) => join(dir, name));
  const file = lookedFor.find((candidate) => existsSync(candidate));
  return { ...(file ? { file } : {}), lookedFor };
}
