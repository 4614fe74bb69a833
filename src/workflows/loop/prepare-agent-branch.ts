import { chooseAttempt, type AttemptChoice, type AttemptRecord } from '../../core/loop/choose-attempt.ts';
import type { Policy } from '../../core/policy/policy-schema.ts';
import type { RunRecorder } from '../../ports/run-recorder.ts';
import { implementWorkOrder } from '../implement/implement-work-order.ts';
import type { LoadedWorkOrder, RefusedChanges } from '../verify/verify-types.ts';
import { writeAttemptNote } from './attempt-notes.ts';
import { gatherAttempts } from './gather-attempts.ts';
import { readPreAgentHold, workOrderBlob, writePreAgentHold } from './pre-agent-holds.ts';
import type { LoopOptions, LoopPorts } from './loop-types.ts';
import type { AgentBranchFact } from './read-loop-facts.ts';

export type PreparedBranch =
  | {
    readonly ok: true; readonly branch: string; readonly sha: string; readonly base: string; readonly reused: boolean; readonly refused: readonly string[]; readonly agentMs: number;
    /** The attempt's record as it stands (hash, refusals, decisions); the loop adds a hold to it. */
    readonly record: AttemptRecord;
    /** What the scope gate must list; undefined when nothing was refused. */
    readonly refusedChanges?: RefusedChanges;
    /** One line for the user: fresh attempt (and why), resumed, retried; none for a plain first attempt. */
    readonly story?: string;
  }
  | { readonly ok: false; readonly state: 'failed' | 'held'; readonly message: string; readonly releaseBy: string; readonly refused: readonly string[]; readonly story?: string };

/** What releases a held attempt, for every message that says it is held. */
export function releaseHint(id: string, file: string, refused: boolean): string {
  // Widening the scope is the fix only for a change the scope refused; a failing gate needs the work itself redone.
  const widen = `edit ${file} (${refused ? 'e.g. widen scope.paths' : 'its goal, acceptance or scope'}) and run again: an edited work order gets a fresh agent attempt`;
  const retry = `or retry it unchanged: shopfloor run --retry ${id} (/shopfloor retry on GitHub)`;
  return refused ? `${widen}; ${retry}; or accept dropping the refused part: shopfloor run --accept-drop ${id} (/shopfloor accept-drop on GitHub)` : `${widen}; ${retry}`;
}

/**
 * An agent branch with the work order's commit, chosen by `chooseAttempt`: the newest attempt made from
 * the work order as it is now (a killed run's finished work is reused, never redone), or a fresh one on
 * a new `agent/<id>/<shortid>` when the work order was edited or a retry was asked for; a held attempt
 * stays held until retried, edited, approved or its refused part is accepted as dropped. A fresh
 * attempt runs in its own work copy, removed after; a failed attempt leaves no branch behind. What the
 * agent changed outside its scope is kept as a patch in the artifact store and recorded with the attempt.
 */
export async function prepareAgentBranch(
  input: { readonly workOrder: LoadedWorkOrder; readonly policy: Policy; readonly policyText: string; readonly mainSha: string; readonly existing: readonly AgentBranchFact[]; readonly recorder: RunRecorder; readonly runId: string; readonly onImplementing: () => void },
  options: LoopOptions,
  ports: LoopPorts,
): Promise<PreparedBranch> {
  const { git } = ports;
  const { repoDir } = options;
  const { value: workOrder, file } = input.workOrder;
  const conductor = (text: string) => input.recorder.appendLine('conductor', text, { source: 'system' });
  const workOrderHash = `sha256:${ports.hash(input.workOrder.text)}`;
  const approvals = await ports.approvalsFor(workOrder.id);
  const attempts = await gatherAttempts(git, repoDir, input.mainSha, input.existing, approvals);
  const acceptDrop = options.acceptDrop?.ids.includes(workOrder.id) ?? false;
  const choice = chooseAttempt(attempts, { workOrderHash, retry: options.retry?.includes(workOrder.id) ?? false, acceptDrop, policyDigest: `sha256:${ports.hash(input.policyText)}` });
  const told = describeChoice(choice, workOrder.id);
  await conductor(told);
  // The output says what happened to every attempt but a plain first one.
  const story = choice.kind === 'new' && choice.why === 'first' ? undefined : told;
  const scopeOutside = input.policy.scope.outside;

  if (choice.kind === 'held') {
    const record = choice.attempt.record!;
    const message = `held since run ${record.held!.runId} and unchanged since (${choice.attempt.branch}): ${record.held!.reasons.join('; ')}`;
    return { ok: false, state: 'held', message, releaseBy: releaseHint(workOrder.id, file, (record.refused ?? []).length > 0), refused: record.refused ?? [], ...(story ? { story } : {}) };
  }
  if (choice.kind === 'reuse') {
    const { attempt } = choice;
    let record: AttemptRecord = attempt.record ?? { workOrderHash, attempt: 1, runId: input.runId };
    if (choice.why === 'drop-accepted' && !record.dropAccepted) {
      const { held: _held, ...rest } = record;
      record = { ...rest, dropAccepted: { by: options.acceptDrop!.by, at: new Date(ports.clock()).toISOString() } };
      await writeAttemptNote(git, repoDir, attempt.sha, record);
      await conductor(`decision: ${record.dropAccepted!.by} accepted dropping the refused change to ${(record.refused ?? []).join(', ')} (kept as ${record.refusedPatch ?? 'no patch'}); the in-scope part of ${attempt.branch} goes on to verification`);
    }
    const base = (await git.raw(repoDir, ['merge-base', input.mainSha, attempt.sha])).stdout.trim();
    const refusedChanges = refusedOf(record, scopeOutside);
    return { ok: true, branch: attempt.branch, sha: attempt.sha, base, reused: true, refused: record.refused ?? [], agentMs: 0, record, ...(story ? { story } : {}), ...(refusedChanges ? { refusedChanges } : {}) };
  }

  const provider = await ports.providerFor(workOrder);
  const held = await recordPreAgentHold({ ...input, workOrderHash }, provider.ok ? undefined : provider, options, ports);
  if (held) await conductor(held);
  if (!provider.ok) {
    const releaseBy = preAgentReleaseHint(workOrder.id, file, provider.releaseBy);
    return { ok: false, state: 'held', message: `no implementer: ${provider.reason}`, releaseBy, refused: [], ...(story ? { story } : {}) };
  }
  const shortId = ports.hash(`${workOrder.id}\0${input.mainSha}\0${input.runId}`).slice(0, 8);
  const worktreeDir = `${options.worktreesDir}/${input.runId}-agent`;
  input.onImplementing();
  const started = ports.clock();
  const result = await implementWorkOrder({
    repoDir, workOrder, policy: { ...(input.policy.agents ? { agents: input.policy.agents } : {}), ...(input.policy.isolation ? { isolation: input.policy.isolation } : {}), ...(input.policy.setup ? { setup: input.policy.setup } : {}) }, provider: provider.provider,
    recorder: keepOpen(input.recorder), git, runner: ports.runner, clock: ports.clock, worktreeDir, shortId, createWorkspace: ports.createWorkspace,
    hash: ports.hash, environment: options.env, secrets: options.secrets, base: input.mainSha,
    ...(provider.ownKeyEnv ? { ownKeyEnv: provider.ownKeyEnv } : {}), ...(options.signal ? { signal: options.signal } : {}),
  }).finally(() => git.removeWorkCopy(worktreeDir).catch(() => undefined));
  const agentMs = ports.clock() - started;
  // Every attempt's spend is a run record: `shopfloor metrics` adds it up per merged work order.
  await ports.record({ type: 'agent-spend', at: new Date(ports.clock()).toISOString(), workOrder: workOrder.id, costUsd: result.usage.costUsd, tokens: result.usage.tokens, turns: result.usage.turns });
  const refused = [...result.refusals, ...result.outOfScope.map((entry) => `${entry.path}: ${entry.reason}`)];
  const refusedPaths = result.outOfScope.map((entry) => entry.path);
  const patch = result.refusedPatch ? ports.verify.store.pathOf(await ports.verify.store.put(result.refusedPatch)) : undefined;
  if (patch) await conductor(`kept the refused change to ${refusedPaths.join(', ')} as a patch: ${patch} (git apply it to take it back)`);
  if (result.terminal.kind !== 'finished' || !result.commit) {
    await git.deleteRef(repoDir, `refs/heads/${result.branch}`);
    const why = result.terminal.kind !== 'finished' ? `the implementer stopped: ${result.terminal.kind}${'message' in result.terminal ? ` — ${result.terminal.message}` : ''}` : `the implementer changed nothing in scope${patch ? ` (its out-of-scope change is kept as ${patch})` : ''}`;
    await conductor(`${why}; branch ${result.branch} deleted`);
    return { ok: false, state: 'failed', message: why, releaseBy: 'fix the work order (goal, scope, budget) or the transcript, then run again', refused, ...(story ? { story } : {}) };
  }
  const record: AttemptRecord = {
    workOrderHash, attempt: choice.number, runId: input.runId, ...(choice.previous ? { supersedes: choice.previous.branch } : {}),
    ...(refusedPaths.length > 0 ? { refused: refusedPaths } : {}), ...(patch ? { refusedPatch: patch } : {}),
    // Kept with the attempt, so the report signed for it (now or when it is reused) names what it cost.
    spend: {
      role: 'implementer', provider: provider.provider.name, ...(provider.provider.kind === 'external' && provider.provider.preset ? { preset: provider.provider.preset } : {}),
      turns: Math.round(result.usage.turns), tokens: Math.round(result.usage.tokens), costUsd: result.usage.costUsd, wallMs: Math.round(agentMs),
    },
  };
  await writeAttemptNote(git, repoDir, result.commit, record);
  const refusedChanges = refusedOf(record, scopeOutside);
  return { ok: true, branch: result.branch, sha: result.commit, base: result.base, reused: false, refused, agentMs, record, ...(story ? { story } : {}), ...(refusedChanges ? { refusedChanges } : {}) };
}

/** What releases a hold made before any agent work: fix the cause, then retry (or edit the work order or the policy). */
function preAgentReleaseHint(id: string, file: string, fix: string): string {
  return `${fix}; then shopfloor run --retry ${id} (/shopfloor retry on GitHub), or edit ${file} or the policy on main: either one is dispatched again`;
}

/**
 * Keeps a hold made before any agent work in git, like an attempt's hold (on the work order's committed
 * file: see `pre-agent-holds.ts`), so `roadmap` and the next `run` see it; and marks a standing one
 * released once an implementer is found. Returns the line for the run document, if any.
 */
async function recordPreAgentHold(
  input: { readonly workOrder: LoadedWorkOrder; readonly policyText: string; readonly mainSha: string; readonly runId: string; readonly workOrderHash: string },
  refusal: { readonly reason: string; readonly releaseBy: string } | undefined,
  options: LoopOptions,
  ports: LoopPorts,
): Promise<string | undefined> {
  const { git } = ports;
  const { file, value } = input.workOrder;
  const blob = await workOrderBlob(git, options.repoDir, input.mainSha, file);
  if (!blob) return refusal ? `no implementer: ${refusal.reason} (the hold is not kept: ${file} is not committed on ${options.main})` : undefined;
  const policyHash = `sha256:${ports.hash(input.policyText)}`;
  const at = new Date(ports.clock()).toISOString();
  const standing = await readPreAgentHold(git, options.repoDir, blob, { workOrderHash: input.workOrderHash, policyHash });
  if (!refusal) {
    if (!standing) return undefined;
    await writePreAgentHold(git, options.repoDir, blob, { ...standing, released: { runId: input.runId, at } });
    return `decision: the hold of run ${standing.runId} (no implementer) is released: an implementer was found`;
  }
  const releaseBy = preAgentReleaseHint(value.id, file, refusal.releaseBy);
  await writePreAgentHold(git, options.repoDir, blob, { workOrderId: value.id, workOrderHash: input.workOrderHash, policyHash, runId: input.runId, at, reasons: [`no implementer: ${refusal.reason}`], releaseBy });
  return `held: no implementer: ${refusal.reason} — release: ${releaseBy}`;
}

function refusedOf(record: AttemptRecord, outside: 'hold' | 'drop'): RefusedChanges | undefined {
  if (!record.refused || record.refused.length === 0) return undefined;
  const decision = record.dropAccepted ? 'accepted' : outside;
  return { paths: record.refused, ...(record.refusedPatch ? { patch: record.refusedPatch } : {}), decision, ...(record.dropAccepted ? { decidedBy: record.dropAccepted.by } : {}) };
}

function describeChoice(choice: AttemptChoice, id: string): string {
  switch (choice.kind) {
    case 'held':
      return `still held: ${choice.attempt.branch} was held in run ${choice.attempt.record!.held!.runId} and neither it, the work order nor the policy changed since; not re-verified, no new agent attempt`;
    case 'reuse':
      return choice.why === 'drop-accepted' ? `reusing ${choice.attempt.branch}: dropping its refused part was accepted`
        : choice.why === 'approved' ? `reusing ${choice.attempt.branch}: approved since it was held; verifying it again`
        : choice.why === 'policy-changed' ? `reusing ${choice.attempt.branch}: the policy changed since it was held; verifying the same commit again under the new policy (no new agent attempt)`
        : `reusing ${choice.attempt.branch} at ${choice.attempt.sha.slice(0, 12)}: a previous run already implemented ${id} from the work order as it is now`;
    case 'new':
      return choice.why === 'edited' ? `fresh agent attempt ${choice.number}: the work order changed since ${choice.previous!.branch} was made; that branch stays as it was`
        : choice.why === 'retry' ? `fresh agent attempt ${choice.number}: retry asked (shopfloor run --retry ${id})${choice.previous ? `; the previous attempt stays as ${choice.previous.branch}` : ''}`
        : `first agent attempt at ${id}`;
  }
}

/** The implementer ends its part with a final status; the run document stays open for verify and merge. */
function keepOpen(recorder: RunRecorder): RunRecorder {
  return {
    ...recorder,
    setStatus: (status, detail) => recorder.setStatus(status === 'completed' || status === 'failed' ? 'running' : status, detail),
  };
}
