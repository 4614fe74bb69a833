import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { uploadActionsArtifact } from '../../adapters/artifacts/actions-artifact-uploader.ts';
import { createNodeAgentWorkspace } from '../../adapters/agents/node-agent-workspace.ts';
import { sha256Hex } from '../../adapters/agents/sha256-hex.ts';
import { createNodeRepoFiles } from '../../adapters/files/node-repo-files.ts';
import { createJudgedRunner } from '../../adapters/process/create-judged-runner.ts';
import { openRunWriter } from '../../adapters/run-document/run-writer.ts';
import { createRunStoreRecorder } from '../../adapters/run-document/run-store-recorder.ts';
import { secretValues } from '../../core/agents/agent-environment.ts';
import { resolveAgentSetup } from '../../core/agents/resolve-agent-setup.ts';
import { parseAgentBranch } from '../../core/loop/agent-branch.ts';
import { implementWorkOrder, type ImplementResult } from '../../workflows/implement/implement-work-order.ts';
import type { WorkOrder } from '../../core/workorder/work-order-schema.ts';
import type { RunRecorder } from '../../ports/run-recorder.ts';
import { validateRepo } from '../../workflows/validate-repo.ts';
import { actOnDirectives, openTrackingComment } from './tracking-comment.ts';
import { secretInputs } from './runner-io.ts';
import { planWorkOrder } from './plan-work-order.ts';
import { renderRepoGuidance } from '../../core/agents/repo-instructions.ts';
import { readRepoInstructions } from '../../workflows/implement/read-repo-instructions.ts';
import { selectProvider } from '../cli/implement-command.ts';
import { ActionExit, ActionInputError, runLink, type ActionContext } from './action-context.ts';

/**
 * `implement`: the implementer agent on the work order, on the agent branch (continued from origin when
 * the App created it), with the run document streamed to the issue's tracking comment. Only in-scope
 * changes are committed; the runner (not the agent, which holds no credentials) pushes the branch with
 * the job's token, and the draft pull request is opened or updated with the evidence. `phase: plan`
 * runs only the architect into the same run document. When the App's tracking comment carries the run
 * document, the job continues it (same run, revision going up, the App's lines kept), acts on its pending
 * directives and leaves the run `waiting` (or `blocked`), never ended, so follow-ups and retries go on.
 */
export async function implementAction(context: ActionContext<'implement'>): Promise<ActionExit> {
  const { inputs, io, root, git, forge, fetch } = context;
  const runId = inputs.runId ?? `${inputs.workOrder}-${io.context.runId ?? 'local'}`;
  const branch = inputs.branch ?? `agent/${inputs.workOrder}/${createHash('sha256').update(runId).digest('hex').slice(0, 8)}`;
  const parsedBranch = parseAgentBranch(branch);
  if (!parsedBranch || parsedBranch.workOrderId !== inputs.workOrder) throw new ActionInputError('branch', `"${branch}" is not agent/${inputs.workOrder}/<8 hex digits>`);
  // The App commits the work order file onto the branch it creates; start from that tip when it exists.
  const fetched = await fetch(['--quiet'], [`+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
  if (fetched.exitCode === 0) {
    const checkout = await git.raw(root, ['checkout', '--quiet', '--detach', `refs/remotes/origin/${branch}`]);
    if (checkout.exitCode !== 0) throw new ActionInputError('working-directory', `cannot check out ${branch} in ${root} (${checkout.stderr.trim()}); start from a clean actions/checkout`);
  }
  const validation = await validateRepo(createNodeRepoFiles(root));
  const workOrder = validation.workOrders.find((order) => order.id === inputs.workOrder);
  if (!workOrder) throw new ActionInputError('work-order', `no valid work order "${inputs.workOrder}" in ${join(root, 'workorders')} on ${fetched.exitCode === 0 ? branch : 'the checkout'}; run \`shopfloor validate\` to see why`);
  const agents = validation.policy?.agents ?? {};
  const setup = resolveAgentSetup(workOrder, agents);
  if (!setup.ok) throw new ActionInputError(undefined, setup.error);
  const cli = { stdout: (text: string) => io.log(text.trimEnd()), stderr: (text: string) => io.log(text.trimEnd()), cwd: root, env: io.env, isTTY: false, signal: io.signal };
  const { provider, ownKeyEnv } = await selectProvider(workOrder, agents, { ...(inputs.provider ? { provider: inputs.provider } : {}), ...(inputs.transcript ? { transcript: resolve(root, inputs.transcript) } : {}) }, cli, []);
  const temp = await mkdtemp(join(io.env.RUNNER_TEMP ?? tmpdir(), 'shopfloor-implement-'));
  const tracking = inputs.issue === undefined ? undefined : await openTrackingComment({ forge: forge(), repo: io.context.repo, issueNumber: inputs.issue, runId, ...(inputs.appId !== undefined ? { appId: inputs.appId } : {}), fullLogUrl: runLink(io), warn: io.warning });
  const start = tracking?.start;
  if (start?.kind === 'detached') {
    if (inputs.retry) throw new ActionInputError('issue', `the retry's directives cannot be read from run ${runId}'s tracking comment on #${inputs.issue}: ${start.reason}; restore the comment or start a new run (add the \`shopfloor\` label again)`);
    io.warning(`run ${runId}'s tracking comment on #${inputs.issue} is left as it is (${start.reason}); this job's run document stays in the job's run store`);
  }
  const writer = await openRunWriter({ storeDir: join(temp, 'runs'), runId, objective: workOrder.title, sinks: tracking?.sink ? [tracking.sink] : [], ...(start?.kind === 'continue' ? { continueFrom: start.document } : {}) });
  tracking?.bind(writer);
  if (inputs.phase === 'plan') {
    // The architect reads the instruction files of the commit the workflow runs on (the default branch).
    const guidance = renderRepoGuidance(await readRepoInstructions(git, root, io.context.sha || 'HEAD', workOrder.scope.paths));
    return planWorkOrder({ io, writer, provider, workOrder, ...(guidance ? { guidance } : {}) });
  }
  const keyNames = Object.values(setup.value.agents.providers ?? {}).flatMap((p) => (p.type !== 'replay' && p.apiKeyEnv ? [p.apiKeyEnv] : []));
  const recorder = createRunStoreRecorder(writer);
  let result: ImplementResult;
  try {
    // Directives were read from the comment before anything set the run `running` (which ends a waiting retry).
    const directives = start?.kind === 'continue' ? await actOnDirectives(writer, start.directives, start.retryKey ?? `run-${io.context.runId ?? 'local'}`) : undefined;
    result = await implementWorkOrder({
      repoDir: root, workOrder: { ...workOrder, ...(setup.value.budget ? { budget: setup.value.budget } : {}) }, policy: { agents: setup.value.agents, ...(validation.policy?.isolation ? { isolation: validation.policy.isolation } : {}), ...(validation.policy?.setup ? { setup: validation.policy.setup } : {}) }, provider,
      recorder, git, runner: createJudgedRunner(), clock: Date.now, worktreeDir: join(temp, 'worktree'), shortId: parsedBranch.shortId,
      createWorkspace: (dir, scope) => createNodeAgentWorkspace(dir, scope), hash: sha256Hex, environment: io.env,
      secrets: [...secretValues(io.env, [...keyNames, 'GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN']), ...secretInputs.flatMap((name) => io.inputs[name] ?? [])], signal: io.signal, ...(ownKeyEnv ? { ownKeyEnv } : {}),
      // The run goes on after this job (verification, review, follow-up directives, retries), so it never ends here.
      endStatus: { finished: 'waiting', stopped: 'blocked' }, ...(directives ? { directives } : {}),
      // The workflow runs on the default branch; the checkout is the agent branch, which an agent wrote to.
      ...(io.context.sha ? { instructionsRev: io.context.sha } : {}),
    });
    const keptPatch = await keepRefusedPatch({ io, temp, runId, result, recorder });
    return await publishResult({ context, workOrder, runId, result, recorder, keptPatch });
  } finally {
    await writer.close();
  }
}

/**
 * The part of the agent's work left out of the commit (outside the scope), kept as an Actions artifact
 * and linked from the run document: the commit's `Shopfloor-Refused:` trailers make verify hold until
 * someone decides, and this is what they decide about. Undefined when nothing was left out.
 */
async function keepRefusedPatch(run: { readonly io: ActionContext['io']; readonly temp: string; readonly runId: string; readonly result: ImplementResult; readonly recorder: RunRecorder }): Promise<string | undefined> {
  const { io, result, recorder } = run;
  if (!result.refusedPatch) return undefined;
  const paths = result.outOfScope.map((entry) => entry.path).join(', ');
  const file = join(run.temp, 'refused.patch');
  await writeFile(file, result.refusedPatch);
  try {
    const uploaded = await uploadActionsArtifact(`shopfloor-refused-${run.runId}`, [file], run.temp, runLink(io));
    await recorder.appendLine('conductor', `kept the refused change to ${paths} as a patch: ${uploaded.url} (git apply it to take it back)`, { source: 'system' });
    return uploaded.url;
  } catch (error) {
    const message = `the refused change to ${paths} could not be kept as an artifact (${error instanceof Error ? error.message : String(error)}); it is lost with this job`;
    io.warning(message);
    await recorder.appendLine('conductor', message, { source: 'system' });
    return undefined;
  }
}

async function publishResult(run: { readonly context: ActionContext<'implement'>; readonly workOrder: WorkOrder; readonly runId: string; readonly result: ImplementResult; readonly recorder: RunRecorder; readonly keptPatch: string | undefined }): Promise<ActionExit> {
  const { context: { inputs, io, forge, push }, workOrder, runId, result, recorder, keptPatch } = run;
  io.setOutput('branch', result.branch);
  io.setOutput('verdict', result.terminal.kind);
  io.setOutput('spend-usd', result.usage.costUsd.toFixed(4));
  io.setOutput('spend-tokens', String(result.usage.tokens));
  io.setOutput('spend-turns', String(result.usage.turns));
  const evidence = [
    `- agent: ${result.terminal.kind}${'message' in result.terminal ? ` (${result.terminal.message})` : ''}; turns ${result.usage.turns}, tokens ${result.usage.tokens}, cost $${result.usage.costUsd.toFixed(4)}`,
    `- changed: ${result.changed.length ? result.changed.map((p) => `\`${p}\``).join(', ') : 'nothing'}`,
    ...result.outOfScope.map((entry) => `- left out (out of scope): \`${entry.path}\` (${entry.reason})`),
    ...(result.outOfScope.length > 0 ? [`- the left-out part is ${keptPatch ? `kept as a patch: [download](${keptPatch})` : 'not kept (see the job log)'}; verify holds while it stands (widen the scope and \`/shopfloor retry\`, or set \`scope.outside: drop\` in the policy)`] : []),
    ...(result.refusals.length ? [`- refused tool calls: ${result.refusals.length}`] : []),
  ];
  if (!result.commit) {
    await io.appendSummary([`## Shopfloor implement: ${workOrder.id} made no change`, '', ...evidence].join('\n'));
    return result.terminal.kind === 'finished' ? ActionExit.ok : ActionExit.failed;
  }
  io.setOutput('commit', result.commit);
  const pushed = await push(['--quiet'], [`${result.commit}:refs/heads/${result.branch}`]);
  if (pushed.exitCode !== 0) {
    const reason = `could not push ${result.branch} to origin (${pushed.stderr.trim()}); give the job \`contents: write\``;
    await recorder.setStatus('blocked', reason);
    throw new Error(reason);
  }
  const base = await forge().getDefaultBranch(io.context.repo);
  const body = [
    `Work order \`${workOrder.id}\`: ${workOrder.title}`,
    '',
    workOrder.goal.trim(),
    '',
    `Run document: ${inputs.issue !== undefined ? `the tracking comment on #${inputs.issue}` : `run \`${runId}\``} ([job log](${runLink(io)})).`,
    '',
    '### Evidence',
    ...evidence,
  ].join('\n');
  const pull = await forge().ensurePullRequest(io.context.repo, { head: result.branch, base: base.name, title: `${workOrder.id}: ${workOrder.title}`, body, draft: true });
  io.setOutput('pr-number', String(pull.value.number));
  await recorder.appendLine('conductor', `pushed ${result.commit.slice(0, 12)} to ${result.branch}; draft pull request #${pull.value.number} ${pull.created ? 'opened' : 'updated'}`, { source: 'system' });
  await io.appendSummary([`## Shopfloor implement: ${workOrder.id} → [#${pull.value.number}](${pull.value.url})`, '', ...evidence].join('\n'));
  return result.terminal.kind === 'finished' ? ActionExit.ok : ActionExit.failed;
}
