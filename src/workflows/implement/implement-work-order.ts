import { planAgentEnvironment } from '../../core/agents/agent-environment.ts';
import { budgetFromWorkOrder } from '../../core/agents/budget.ts';
import { renderRepoGuidance } from '../../core/agents/repo-instructions.ts';
import { preparePathScope, type PreparedScope } from '../../core/agents/path-guard.ts';
import { createRedactor } from '../../core/redaction/redact-secrets.ts';
import { sanitizeUntrustedText, type SanitizedText } from '../../core/agents/sanitize-untrusted-text.ts';
import type { AgentsPolicy } from '../../core/policy/agents-schema.ts';
import { planAgentNetwork } from '../../core/isolation/agent-network.ts';
import { isolationRefusal } from '../../core/isolation/isolation-verdict.ts';
import { isolationPolicy } from '../../core/policy/isolation-schema.ts';
import type { Policy } from '../../core/policy/policy-schema.ts';
import type { ProcessBox } from '../../ports/process-runner.ts';
import { boxName } from '../../core/isolation/process-box.ts';
import { openWorkCopy, type WorkCopy } from '../work-copy/open-work-copy.ts';
import type { WorkOrder } from '../../core/workorder/work-order-schema.ts';
import type { AgentProvider } from '../../ports/agent-provider.ts';
import type { AgentWorkspace } from '../../ports/agent-workspace.ts';
import type { Git } from '../../ports/git.ts';
import type { ProcessRunner } from '../../ports/process-runner.ts';
import type { RunRecorder } from '../../ports/run-recorder.ts';
import { createAgentLog, type AgentLog } from './agent-log.ts';
import type { AgentTerminal, AgentUsage } from './agent-terminal.ts';
import { publishChanges, type PublishResult } from './publish-changes.ts';
import { refusedPatch } from './refused-patch.ts';
import { renderStartedTrailer } from '../../core/agents/started-trailer.ts';
import { renderRefusalTrailers } from '../../core/agents/refusal-trailers.ts';
import { readRepoInstructions } from './read-repo-instructions.ts';
import { renderExternalPrompt } from './render-external-prompt.ts';
import { renderImplementerPrompt } from './render-implementer-prompt.ts';
import { runProvider } from './run-provider.ts';
import { runSetup } from './run-setup.ts';

export interface ImplementOptions {
  /** The repository (main worktree) the agent branch is created in. */
  readonly repoDir: string;
  readonly workOrder: WorkOrder;
  readonly policy: { readonly agents?: AgentsPolicy; readonly isolation?: Policy['isolation']; readonly setup?: Policy['setup'] };
  readonly provider: AgentProvider;
  readonly recorder: RunRecorder;
  readonly git: Git;
  readonly runner: ProcessRunner;
  /** Milliseconds since the epoch; injected so budgets are testable. */
  readonly clock: () => number;
  /** Where to create the agent's work copy, a separate clone (must not exist yet); removed by the caller. */
  readonly worktreeDir: string;
  /** Random short id for the branch `agent/<id>/<shortId>`, passed in (no randomness in workflows). */
  readonly shortId: string;
  readonly createWorkspace: (root: string, scope: PreparedScope) => AgentWorkspace;
  /** sha256 hex of text, for the record of what the model read. */
  readonly hash: (text: string) => string;
  /** The environment the agent's processes are built from (allowlisted, never inherited). */
  readonly environment: Readonly<Record<string, string | undefined>>;
  /** Secret values to scrub from everything that leaves the run. */
  readonly secrets: readonly string[];
  /** The base revision (default HEAD of `repoDir`). */
  readonly base?: string;
  /**
   * The default branch's commit, where repository instruction files (AGENTS.md, ...) are read (default
   * the base). The Action passes the commit its workflow runs on: the base there is the agent branch.
   */
  readonly instructionsRev?: string;
  /** Untrusted issue text behind the work order, sanitized before the model reads it. */
  readonly issueText?: string;
  /**
   * Directives to act on (read from the run document's User section before the run was set `running`):
   * `- @author (key): text` lines, untrusted, sanitized and wrapped into the prompt's user-directives part.
   */
  readonly directives?: string;
  /**
   * The run's status when the agent is done: default `completed` / `failed` (the run ends). A run that
   * goes on afterwards (GitHub: review, follow-up directives, retries) passes `waiting` / `blocked`.
   */
  readonly endStatus?: { readonly finished: 'completed' | 'waiting'; readonly stopped: 'failed' | 'blocked' };
  /** The command provider's own key variable, passed to its process (other provider keys never are). */
  readonly ownKeyEnv?: string;
  readonly signal?: AbortSignal;
}

/** The run could not start (no base commit): broken setup, not an agent outcome. */
export class ImplementSetupError extends Error {
  override readonly name = 'ImplementSetupError';
}

export interface ImplementResult {
  readonly workOrderId: string;
  readonly branch: string;
  readonly worktree: string;
  readonly base: string;
  readonly commit: string | undefined;
  readonly terminal: AgentTerminal;
  readonly changed: readonly string[];
  readonly outOfScope: readonly { readonly path: string; readonly reason: string }[];
  readonly refusals: readonly string[];
  /** The out-of-scope changes, as a binary-safe patch against `base` (empty when there are none). */
  readonly refusedPatch: string;
  readonly usage: AgentUsage;
  /** sha256 of exactly what the model read as untrusted input (goal + issue + directives). */
  readonly inputSha256: string;
}

/**
 * Implements one work order: clones a work copy at the base, runs the provider boxed in it with scoped
 * tools, then commits only in-scope changes as `agent/<id>/<shortId>` in the repository. Never pushes;
 * the agent holds no credentials. Every line it writes to the run document is redacted.
 */
export async function implementWorkOrder(options: ImplementOptions): Promise<ImplementResult> {
  const { git, recorder, workOrder } = options;
  // The attempt's start, written on its commit: metrics measure a work order's lead time from it.
  const startedAtMs = options.clock();
  const redact = createRedactor(options.secrets);
  const base = await git.revParse(options.repoDir, options.base ?? 'HEAD');
  if (!base) throw new ImplementSetupError(`the base revision ${options.base ?? 'HEAD'} does not exist in ${options.repoDir}; commit something first or pass an existing base`);
  const isolation = isolationPolicy(options.policy.isolation);
  const refusal = isolationRefusal(options.runner.isolation, isolation);
  if (refusal) throw new ImplementSetupError(`${refusal}; the agent was not started`);
  const branch = `agent/${workOrder.id}/${options.shortId}`;
  // The agent works in its own clone: whatever it does to that clone's .git stays there. Its commands
  // run boxed in it; its external CLI (if any) too, with network only if the policy allows agents it.
  const copy = await openWorkCopy(git, options.repoDir, options.worktreeDir, base, { branch, readOnly: isolation.readOnly, network: isolation.network.gates });
  const agentsPolicy = options.policy.agents ?? {};
  // The allowlist only narrows an external CLI's network; the tool loop's commands run in the gates' box.
  const external = options.provider.kind === 'external';
  const agentNetwork = planAgentNetwork(options.runner.isolation, external ? isolation.network.agents : isolation.network.gates, external ? (agentsPolicy.network?.allow ?? []) : []);
  const agentBox: ProcessBox = { ...copy.box, network: agentNetwork.network, ...(agentNetwork.allowHosts ? { allowHosts: agentNetwork.allowHosts } : {}) };
  const platform = options.runner.platform;
  const scope = preparePathScope({ paths: workOrder.scope.paths, forbidden: workOrder.scope.forbidden ?? [], flavor: platform === 'windows' ? 'windows' : 'posix' });
  const log = createAgentLog(recorder, 'implementer', redact);
  await recorder.setStatus('running', `implementing ${workOrder.id}`);
  await recorder.markSection('implementer', 'active');
  const goal = sanitizeUntrustedText(workOrder.goal, options.hash);
  const issue = options.issueText !== undefined ? sanitizeUntrustedText(options.issueText, options.hash) : undefined;
  const directives = options.directives ? sanitizeUntrustedText(options.directives, options.hash) : undefined;
  const inputSha256 = options.hash([goal.text, issue?.text ?? '', ...(directives ? [directives.text] : [])].join('\n\0\n'));
  await log.conductor(`spawn worker implementer: ${options.provider.kind} provider ${options.provider.name} on ${workOrder.id}, branch ${branch}, base ${base.slice(0, 12)}`);
  await log.conductor(describeBox(options.runner.isolation, agentNetwork.description));
  await log.conductor(`untrusted input sha256 ${inputSha256}${describeRemoved([goal, issue, directives])}`);
  const keyEnvs = Object.values(agentsPolicy.providers ?? {}).flatMap((provider) => (provider.type !== 'replay' && provider.apiKeyEnv ? [provider.apiKeyEnv] : []));
  const envPlan = planAgentEnvironment(options.environment, { allow: agentsPolicy.env ?? [], providerKeyEnvs: keyEnvs, platform, ...(options.ownKeyEnv ? { ownKeyEnv: options.ownKeyEnv } : {}) });
  const credentials = envPlan.withheld.filter((name) => /(TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE|KEY|AUTH|COOKIE|SESSION)/i.test(name));
  if (envPlan.withheld.length > 0) await log.conductor(`withheld ${envPlan.withheld.length} environment variable(s) from the agent${credentials.length > 0 ? `, including ${credentials.join(', ')}` : ''}`);
  const rendered = renderImplementerPrompt(workOrder, goal, issue, directives);
  // Instruction files come from the base (the default branch): trusted guidance for Shopfloor's own
  // loop; an agent CLI reads them itself from its work copy.
  const instructionsAt = (options.instructionsRev ? await git.revParse(options.repoDir, options.instructionsRev) : undefined) ?? base;
  const guidance = options.provider.kind === 'chat' ? renderRepoGuidance(await readRepoInstructions(git, options.repoDir, instructionsAt, workOrder.scope.paths)) : '';
  if (guidance) await log.conductor(`repository guidance for the implementer: ${[...guidance.matchAll(/^### (\S+)/gm)].map((match) => match[1]).join(', ')} (from ${instructionsAt.slice(0, 12)})`);
  const prompt = { ...rendered, system: guidance ? `${rendered.system}\n\n${guidance}` : rendered.system, external: renderExternalPrompt(workOrder, goal, issue, directives) };
  try {
    if (options.policy.setup) {
      await recorder.setStatus('running', `setting up ${workOrder.id}`);
      const setup = await runSetup(options.policy.setup, { runner: options.runner, dir: copy.dir, box: copy.box, env: envPlan.env, log, clock: options.clock, ...(options.signal ? { signal: options.signal } : {}) });
      if (!setup.ok) return await publishAndReport({ ...options, base, branch, copy, scope, log, terminal: { kind: 'agent-failed', message: setup.message }, usage: { turns: 0, tokens: 0, costUsd: 0 }, inputSha256, startedAtMs });
      await recorder.setStatus('running', `implementing ${workOrder.id}`);
    }
    const { terminal, usage } = await runProvider({
      provider: options.provider,
      prompt,
      workdir: copy.dir,
      box: copy.box,
      agentBox,
      workspace: () => options.createWorkspace(copy.dir, scope),
      runner: options.runner,
      commands: { allow: agentsPolicy.commands ?? [], platform },
      env: envPlan.env,
      log,
      budget: budgetFromWorkOrder(workOrder.budget),
      clock: options.clock,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    return await publishAndReport({ ...options, base, branch, copy, scope, log, terminal, usage, inputSha256, startedAtMs });
  } catch (error) {
    // Infrastructure broke mid-run (git, disk): the run document must not stay "running" forever.
    await recorder.markSection('implementer', 'failed');
    await recorder.setStatus(options.endStatus?.stopped ?? 'failed', redact(`${workOrder.id}: ${error instanceof Error ? error.message : String(error)}`));
    throw error;
  }
}

async function publishAndReport(run: ImplementOptions & { base: string; branch: string; copy: WorkCopy; scope: PreparedScope; log: AgentLog; terminal: AgentTerminal; usage: AgentUsage; inputSha256: string; startedAtMs: number }): Promise<ImplementResult> {
  const { recorder, workOrder, log, branch, base } = run;
  const terminal = run.terminal;
  const redact = log.redact;
  await log.note(`terminal state: ${terminal.kind}${'message' in terminal ? ` — ${terminal.message}` : ''}`);

  const summary = terminal.kind === 'finished' ? terminal.summary : `stopped: ${terminal.kind}`;
  // The trailers are Shopfloor's record of this attempt, refusals included (verify reads them back); the
  // agent's summary stays in the paragraph above them, where no trailer is read.
  const body = `${workOrder.id}: ${workOrder.title}\n\n${summary}`;
  const published = await publishFromWorkCopy(run, (refused) => `${redact(body)}\n\nShopfloor-Work-Order: ${workOrder.id}\n${renderStartedTrailer(run.startedAtMs)}\nShopfloor-Terminal: ${terminal.kind}\n${refused.length > 0 ? `${renderRefusalTrailers(refused.map(redact))}\n` : ''}`);
  for (const entry of published.outOfScope) await log.refuse(`change ${entry.path}`, `${entry.reason}; left out of the commit`);
  await log.conductor(published.commit ? `committed ${published.kept.length} in-scope change(s) on ${branch} as ${published.commit.slice(0, 12)}` : `nothing in scope to commit on ${branch}`);
  const ok = terminal.kind === 'finished';
  await log.closeTerminal();
  // The worker's text was a proposal while it worked; once its change is a commit, the conductor takes it as canon.
  if (ok && published.commit) await recorder.commitProposal('implementer');
  await recorder.markSection('implementer', ok ? 'done' : 'failed');
  await recorder.setStatus(ok ? (run.endStatus?.finished ?? 'completed') : (run.endStatus?.stopped ?? 'failed'), redact(ok ? `implemented ${workOrder.id}` : `${workOrder.id}: ${terminal.kind}`));
  return {
    workOrderId: workOrder.id,
    branch,
    worktree: run.worktreeDir,
    base,
    commit: published.commit,
    terminal: redactTerminal(terminal, redact),
    changed: published.kept.map((entry) => redact(entry.path)),
    outOfScope: published.outOfScope.map((entry) => ({ path: redact(entry.path), reason: redact(entry.reason ?? '') })),
    refusals: log.refusals(),
    refusedPatch: published.refusedPatch,
    usage: run.usage,
    inputSha256: run.inputSha256,
  };
}

/**
 * Reads the work copy's files with Shopfloor's own private git dir (never the copy's `.git`, which the
 * agent controlled), commits the in-scope part on `base`, and fetches that commit into the repository as
 * the agent branch: the result moves back by object, after the check.
 */
async function publishFromWorkCopy(run: ImplementOptions & { base: string; branch: string; copy: WorkCopy; scope: PreparedScope }, message: (outOfScope: readonly string[]) => string): Promise<PublishResult & { readonly refusedPatch: string }> {
  const { git } = run;
  const privateDir = `${run.copy.dir}.publish`;
  try {
    await git.initBare(privateDir, run.copy.objectStores);
    const own = git.withGitDir(privateDir);
    await own.updateRef(run.copy.dir, 'refs/heads/publish', run.base);
    await own.raw(run.copy.dir, ['symbolic-ref', 'HEAD', 'refs/heads/publish']);
    const published = await publishChanges({ git: own, worktree: run.copy.dir, base: run.base, scope: run.scope, message });
    if (published.commit) await git.fetchRef(run.repoDir, privateDir, 'refs/heads/publish', `refs/heads/${run.branch}`);
    // The refused part is read with the same private git dir, so nothing the agent did to the copy's .git counts.
    const refused = published.outOfScope.flatMap((entry) => [entry.path, ...(entry.change.fromPath ? [entry.change.fromPath] : [])]);
    return { ...published, refusedPatch: await refusedPatch(own, run.copy.dir, run.base, refused) };
  } finally {
    await git.removeWorkCopy(privateDir);
  }
}

function describeBox(isolation: ImplementOptions['runner']['isolation'], network: string): string {
  if (isolation.mode === 'none') return `the agent works in its own clone WITHOUT a sandbox (isolation: none): ${isolation.reason}; ${network}`;
  // The Windows box confines writes and processes, not reads or the network (docs/security-model.md).
  if (isolation.mode === 'windows-job') return `the agent works in its own clone, boxed by ${boxName(isolation)} (it cannot open Shopfloor's processes or write outside its clone, and every process it starts ends with it; it can read what its identity can read; ${network})`;
  return `the agent works in its own clone, boxed by ${boxName(isolation)} (no access to Shopfloor's processes, keys or repository; ${network})`;
}

function describeRemoved(texts: readonly (SanitizedText | undefined)[]): string {
  const removed = texts.flatMap((text) => text?.removed ?? []);
  return removed.length === 0 ? '' : `; hidden content removed: ${removed.map((entry) => `${entry.count} ${entry.kind}`).join(', ')}`;
}

function redactTerminal(terminal: AgentTerminal, redact: (text: string) => string): AgentTerminal {
  return terminal.kind === 'finished' ? { ...terminal, summary: redact(terminal.summary) } : { ...terminal, message: redact(terminal.message) };
}
