import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCommandProvider } from '../../adapters/agents/command-provider.ts';
import { loadTranscript } from '../../adapters/agents/load-transcript.ts';
import { createNodeAgentWorkspace } from '../../adapters/agents/node-agent-workspace.ts';
import { createOpenAiProvider } from '../../adapters/agents/openai-provider.ts';
import { createReplayProvider } from '../../adapters/agents/replay-provider.ts';
import { sha256Hex } from '../../adapters/agents/sha256-hex.ts';
import { createNodeRepoFiles } from '../../adapters/files/node-repo-files.ts';
import { createGitCli } from '../../adapters/git/git-cli.ts';
import { createJudgedRunner } from '../../adapters/process/create-judged-runner.ts';
import { secretValues } from '../../core/agents/agent-environment.ts';
import type { TranscriptTurn } from '../../core/agents/chat-messages.ts';
import { resolveAgentSetup } from '../../core/agents/resolve-agent-setup.ts';
import type { AgentsPolicy } from '../../core/policy/agents-schema.ts';
import type { WorkOrder } from '../../core/workorder/work-order-schema.ts';
import type { AgentProvider, ExternalAgentProvider } from '../../ports/agent-provider.ts';
import type { RunRecorder } from '../../ports/run-recorder.ts';
import { ImplementSetupError, implementWorkOrder } from '../../workflows/implement/implement-work-order.ts';
import { validateRepo } from '../../workflows/validate-repo.ts';
import type { CliCommand } from './cli-command.ts';
import { ExitCode, UsageError, type CliIo } from './cli-io.ts';
import { repoRoot, withRepoOption } from './repo-option.ts';
import { neutralizeTerminalText } from '../../core/redaction/neutralize-terminal-text.ts';

type ProviderType = 'replay' | 'command' | 'openai';

/** The run's clock: the workflow's budget and the openai provider's wall-clock checks read the same one. */
const runClock = Date.now;

interface ImplementCliOptions {
  provider?: string;
  transcript?: string;
  record?: string;
  worktree?: string;
  json?: boolean;
  repo?: string;
}

export const implementCommand: CliCommand = (program, io, done) => {
  withRepoOption(program.command('implement'))
    .description('run an implementer agent on a work order in a new worktree and branch agent/<id>/<shortid>')
    .argument('<work-order-id>', 'the id of a work order in workorders/')
    .option('--provider <type>', 'replay | command | openai (default: the work order\'s or the policy\'s provider)')
    .option('--transcript <file>', 'for --provider replay: the recorded transcript to play back')
    .option('--record <file>', 'for --provider openai: write the conversation as a replayable transcript')
    .option('--worktree <dir>', 'where to create the worktree (default: a new temp folder)')
    .option('--json', 'print the result as JSON')
    .action(async (id: string, options: ImplementCliOptions) => {
      const root = repoRoot(options, io);
      const validation = await validateRepo(createNodeRepoFiles(root));
      const workOrder = validation.workOrders.find((order) => order.id === id);
      if (!workOrder) throw new UsageError(`no valid work order "${id}" in ${join(root, 'workorders')}; run \`shopfloor validate\` to see why, or \`shopfloor roadmap\` to list ids`);
      const policyAgents: AgentsPolicy = validation.policy?.agents ?? {};
      const setup = resolveAgentSetup(workOrder, policyAgents);
      if (!setup.ok) throw new UsageError(setup.error);
      const { agents } = setup.value;
      const recorded: TranscriptTurn[] = [];
      const { provider, ownKeyEnv } = await selectProvider(workOrder, policyAgents, options, io, recorded);
      const git = createGitCli();
      const worktreeDir = options.worktree ? resolve(io.cwd, options.worktree) : join(await mkdtemp(join(tmpdir(), `shopfloor-${id}-`)), 'worktree');
      const keyNames = Object.values(agents.providers ?? {}).flatMap((p) => (p.type !== 'replay' && p.apiKeyEnv ? [p.apiKeyEnv] : []));
      const result = await implementWorkOrder({
        repoDir: root,
        workOrder: { ...workOrder, ...(setup.value.budget ? { budget: setup.value.budget } : {}) },
        policy: { agents, ...(validation.policy?.isolation ? { isolation: validation.policy.isolation } : {}) },
        provider,
        recorder: printingRecorder(io, Boolean(options.json)),
        git,
        runner: createJudgedRunner(),
        clock: runClock,
        worktreeDir,
        shortId: randomBytes(4).toString('hex'),
        createWorkspace: (dir, scope) => createNodeAgentWorkspace(dir, scope),
        hash: sha256Hex,
        environment: io.env,
        secrets: secretValues(io.env, keyNames),
        signal: io.signal,
        ...(ownKeyEnv ? { ownKeyEnv } : {}),
      }).catch((error: unknown) => {
        if (error instanceof ImplementSetupError) throw new UsageError(error.message);
        throw error;
      });
      if (options.record) await writeFile(resolve(io.cwd, options.record), `${JSON.stringify({ format: 'shopfloor-transcript/v1', turns: recorded }, null, 2)}\n`);
      if (options.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      else {
        io.stdout(`${result.terminal.kind === 'finished' ? '✓' : '✗'} ${id}: ${result.terminal.kind}${'message' in result.terminal ? ` — ${neutralizeTerminalText(result.terminal.message)}` : ''}\n`);
        io.stdout(result.commit ? `  committed ${result.changed.length} change(s) on ${result.branch} (${result.commit.slice(0, 12)})\n` : `  nothing committed on ${result.branch}\n`);
        for (const entry of result.outOfScope) io.stdout(`  left out: ${neutralizeTerminalText(entry.path)} — ${neutralizeTerminalText(entry.reason)}\n`);
        io.stdout(`  worktree: ${result.worktree}\n  refusals: ${result.refusals.length}; turns ${result.usage.turns}, tokens ${result.usage.tokens}, cost $${result.usage.costUsd.toFixed(4)}\n`);
      }
      done(result.terminal.kind === 'finished' ? ExitCode.ok : ExitCode.failed);
    });
};

export async function selectProvider(workOrder: WorkOrder, agents: AgentsPolicy, options: ImplementCliOptions, io: CliIo, recorded: TranscriptTurn[]): Promise<{ provider: AgentProvider; ownKeyEnv?: string }> {
  const providers = agents.providers ?? {};
  // The work order's agent.profile / agent.provider, else agents.defaultProvider; the profile's model applies below.
  const resolved = resolveAgentSetup(workOrder, agents);
  if (!resolved.ok) throw new UsageError(resolved.error);
  const setup = resolved.value;
  const named = setup.providerName;
  const wanted = options.provider as ProviderType | undefined;
  if (wanted && !['replay', 'command', 'openai'].includes(wanted)) throw new UsageError(`--provider "${wanted}" is not known; use replay, command or openai`);
  // The work order's (or default) provider when it fits; with --provider, else the first of that type.
  const entries = Object.entries(providers);
  const preferred = entries.find(([name, config]) => name === named && (!wanted || config.type === wanted));
  const configured = preferred ?? (wanted ? entries.find(([, config]) => config.type === wanted) : undefined);
  const type: ProviderType | undefined = wanted ?? configured?.[1].type;
  if (!type) throw new UsageError(`no provider for ${workOrder.id}: pass --provider replay|command|openai or set agents.defaultProvider in .github/shopfloor.yml`);
  const config = configured?.[1];
  if (type === 'replay') {
    const file = options.transcript ?? (config?.type === 'replay' && config.transcripts ? join(config.transcripts, `${workOrder.id}.json`) : undefined);
    if (!file) throw new UsageError('--provider replay needs --transcript FILE (or agents.providers.<name>.transcripts)');
    const loaded = await loadTranscript(resolve(io.cwd, file));
    if (!loaded.ok) throw new UsageError(loaded.error);
    return { provider: createReplayProvider(loaded.transcript) };
  }
  if (type === 'command') {
    if (config?.type !== 'command') throw new UsageError('--provider command needs a provider of type "command" in .github/shopfloor.yml agents.providers, with its argv template');
    const runner = createJudgedRunner();
    // Each agent run's prompt file lives in its own temp dir, removed when that run ends (whatever its end).
    const promptDirs = new Set<string>();
    const writePrompt = async (prompt: string) => {
      const dir = await mkdtemp(join(tmpdir(), 'shopfloor-prompt-'));
      promptDirs.add(dir);
      const file = join(dir, 'prompt.md');
      await writeFile(file, prompt, { mode: 0o600 });
      return file;
    };
    const command = createCommandProvider({ name: configured![0], command: config.command, runner, writePrompt });
    const provider: ExternalAgentProvider = {
      ...command,
      run: async (request) => {
        try {
          return await command.run(request);
        } finally {
          for (const dir of promptDirs) {
            promptDirs.delete(dir);
            await rm(dir, { recursive: true, force: true });
          }
        }
      },
    };
    return { provider, ...(config.apiKeyEnv ? { ownKeyEnv: config.apiKeyEnv } : {}) };
  }
  const openai = config?.type === 'openai' ? config : undefined;
  const keyEnv = openai?.apiKeyEnv ?? 'OPENAI_API_KEY';
  const apiKey = io.env[keyEnv];
  if (!apiKey && !openai?.baseUrl) throw new UsageError(`--provider openai needs the key in $${keyEnv} (or a local baseUrl in agents.providers)`);
  return {
    provider: createOpenAiProvider({
      name: configured?.[0] ?? 'openai',
      model: setup.model ?? openai?.model ?? 'gpt-4.1-mini',
      apiKey: apiKey ?? 'no-key',
      now: runClock,
      ...(openai?.baseUrl ? { baseURL: openai.baseUrl } : {}),
      ...(openai?.apiVersion ? { apiVersion: openai.apiVersion } : {}),
      ...(openai?.pricing ? { pricing: openai.pricing } : {}),
      ...(options.record ? { record: (turn: TranscriptTurn) => void recorded.push(turn) } : {}),
    }),
  };
}

/** Until a run-document sink is wired in, the CLI prints the run document's lines as they arrive. */
function printingRecorder(io: CliIo, quiet: boolean): RunRecorder {
  // Agent text is untrusted: it must not move the cursor, retitle the terminal or reorder what is shown.
  const print = (text: string) => (quiet ? undefined : io.stderr(`${neutralizeTerminalText(text)}\n`));
  return {
    runId: 'cli',
    appendLine: async (section, text) => print(text.split('\n').map((line) => `[${section}] ${line}`).join('\n')),
    markSection: async () => undefined,
    setStatus: async (status, detail) => print(`[status] ${status}${detail ? `: ${detail}` : ''}`),
    commitProposal: async () => undefined,
    discardProposal: async () => undefined,
  };
}
