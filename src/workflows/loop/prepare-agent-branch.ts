import type { Policy } from '../../core/policy/policy-schema.ts';
import type { RunRecorder } from '../../ports/run-recorder.ts';
import { implementWorkOrder } from '../implement/implement-work-order.ts';
import type { LoadedWorkOrder } from '../verify/verify-types.ts';
import type { LoopOptions, LoopPorts } from './loop-types.ts';
import type { AgentBranchFact } from './read-loop-facts.ts';

export type PreparedBranch =
  | { readonly ok: true; readonly branch: string; readonly sha: string; readonly base: string; readonly reused: boolean; readonly refused: readonly string[]; readonly agentMs: number }
  | { readonly ok: false; readonly state: 'failed' | 'held'; readonly message: string; readonly releaseBy: string; readonly refused: readonly string[] };

/**
 * An agent branch with the work order's commit: an existing one (a killed run's finished work is
 * reused, never redone) or a new one from the implementer on `agent/<id>/<shortid>` in its own
 * worktree, which is removed after. A failed attempt leaves no branch behind.
 */
export async function prepareAgentBranch(
  input: { readonly workOrder: LoadedWorkOrder; readonly policy: Policy; readonly mainSha: string; readonly existing: readonly AgentBranchFact[]; readonly recorder: RunRecorder; readonly runId: string; readonly onImplementing: () => void },
  options: LoopOptions,
  ports: LoopPorts,
): Promise<PreparedBranch> {
  const { git } = ports;
  const { repoDir } = options;
  const conductor = (text: string) => input.recorder.appendLine('conductor', text, { source: 'system' });
  for (const fact of input.existing) {
    const own = await git.raw(repoDir, ['rev-list', '--count', `${input.mainSha}..${fact.sha}`]);
    if (own.stdout.trim() === '0') continue;
    const base = (await git.raw(repoDir, ['merge-base', input.mainSha, fact.sha])).stdout.trim();
    await conductor(`reusing ${fact.branch} at ${fact.sha.slice(0, 12)}: a previous run already implemented ${fact.workOrderId}`);
    return { ok: true, branch: fact.branch, sha: fact.sha, base, reused: true, refused: [], agentMs: 0 };
  }
  const choice = await ports.providerFor(input.workOrder.value);
  if (!choice.ok) {
    await conductor(`no implementer: ${choice.reason}`);
    return { ok: false, state: 'held', message: choice.reason, releaseBy: choice.releaseBy, refused: [] };
  }
  const shortId = ports.hash(`${input.workOrder.value.id}\0${input.mainSha}\0${input.runId}`).slice(0, 8);
  const worktreeDir = `${options.worktreesDir}/${input.runId}-agent`;
  input.onImplementing();
  const started = ports.clock();
  const result = await implementWorkOrder({
    repoDir, workOrder: input.workOrder.value, policy: { ...(input.policy.agents ? { agents: input.policy.agents } : {}), ...(input.policy.isolation ? { isolation: input.policy.isolation } : {}) }, provider: choice.provider,
    recorder: keepOpen(input.recorder), git, runner: ports.runner, clock: ports.clock, worktreeDir, shortId, createWorkspace: ports.createWorkspace,
    hash: ports.hash, environment: options.env, secrets: options.secrets, base: input.mainSha,
    ...(choice.ownKeyEnv ? { ownKeyEnv: choice.ownKeyEnv } : {}), ...(options.signal ? { signal: options.signal } : {}),
  }).finally(() => git.removeWorkCopy(worktreeDir).catch(() => undefined));
  const agentMs = ports.clock() - started;
  const refused = [...result.refusals, ...result.outOfScope.map((entry) => `${entry.path}: ${entry.reason}`)];
  if (result.terminal.kind !== 'finished' || !result.commit) {
    await git.deleteRef(repoDir, `refs/heads/${result.branch}`);
    const why = result.terminal.kind !== 'finished' ? `the implementer stopped: ${result.terminal.kind}${'message' in result.terminal ? ` — ${result.terminal.message}` : ''}` : 'the implementer changed nothing in scope';
    await conductor(`${why}; branch ${result.branch} deleted`);
    return { ok: false, state: 'failed', message: why, releaseBy: 'fix the work order (goal, scope, budget) or the transcript, then run again', refused };
  }
  return { ok: true, branch: result.branch, sha: result.commit, base: result.base, reused: false, refused, agentMs };
}

/** The implementer ends its part with a final status; the run document stays open for verify and merge. */
function keepOpen(recorder: RunRecorder): RunRecorder {
  return {
    ...recorder,
    setStatus: (status, detail) => recorder.setStatus(status === 'completed' || status === 'failed' ? 'running' : status, detail),
  };
}
