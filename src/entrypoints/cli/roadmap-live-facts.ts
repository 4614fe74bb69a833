import { createGitCli } from '../../adapters/git/git-cli.ts';
import { sha256Hex } from '../../adapters/agents/sha256-hex.ts';
import { listLiveRuns } from '../../adapters/run-document/list-live-runs.ts';
import { runStoreDir } from '../../adapters/run-document/run-store-layout.ts';
import { policyPath } from '../../core/policy/check-policy-file.ts';
import { workOrderOfLoopRun } from '../../core/loop/loop-run-id.ts';
import type { RoadmapFacts } from '../../core/roadmap/build-roadmap.ts';
import { readMainWorkOrders } from '../../workflows/loop/read-main-inputs.ts';
import { readWorkOrderStates } from '../../workflows/loop/read-work-order-states.ts';
import { readApprovals } from './approve-command.ts';
import type { CliIo } from './cli-io.ts';

/**
 * The live states `shopfloor run` plans from, for the roadmap: merged and reverted from main's history,
 * held from the attempt notes on agent branches (and from the notes of work orders held before any agent work), running from the run documents whose writer is alive.
 * Undefined (with why) when there is no git repository or no such branch: then only the YAML counts.
 */
export async function readRoadmapLiveFacts(root: string, main: string, env: CliIo['env']): Promise<{ facts: RoadmapFacts; source: string } | { facts?: undefined; source: string }> {
  const git = createGitCli({ env });
  const mainSha = (await git.raw(root, ['rev-parse', '--verify', '--quiet', `refs/heads/${main}`])).stdout.trim();
  if (!mainSha) return { source: `states from the work-order files only: ${root} has no git branch "${main}" (name yours with --main)` };
  const { workOrders } = await readMainWorkOrders(git, root, mainSha);
  const policyText = (await git.show(root, mainSha, policyPath)) ?? '';
  const states = await readWorkOrderStates(git, root, main, workOrders, { hash: sha256Hex, policyText, approvalsFor: (id) => readApprovals(root, id) });
  const runningIds = new Set((await listLiveRuns(runStoreDir(root))).map(workOrderOfLoopRun).filter((id): id is string => id !== undefined));
  return {
    facts: { doneIds: states.merged, revertedIds: new Set([...states.reverted].filter((id) => !states.merged.has(id))), heldIds: new Set(states.held.keys()), runningIds },
    source: `live states from git: ${main} at ${mainSha.slice(0, 12)} (merges, reverts, held attempts) and the runs in progress`,
  };
}
