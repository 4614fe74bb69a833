import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCommandProvider } from '../../adapters/agents/command-provider.ts';
import { createPresetProvider } from '../../adapters/agents/preset-provider.ts';
import { loadTranscript } from '../../adapters/agents/load-transcript.ts';
import { createNodeAgentWorkspace } from '../../adapters/agents/node-agent-workspace.ts';
import { createReplayProvider } from '../../adapters/agents/replay-provider.ts';
import { createStreamReplayProvider } from '../../adapters/agents/stream-replay-provider.ts';
import { detectRecordedPreset } from '../../core/agents/presets/recorded-file-edits.ts';
import { sha256Hex } from '../../adapters/agents/sha256-hex.ts';
import { createNodeRepoFiles } from '../../adapters/files/node-repo-files.ts';
import { createGitCli } from '../../adapters/git/git-cli.ts';
import { createJudgedRunner } from '../../adapters/process/create-judged-runner.ts';
import { secretValues } from '../../core/agents/agent-environment.ts';
import type { TranscriptTurn } from '../../core/agents/chat-messages.ts';
import { resolveAgentSetup } from '../../core/agents/resolve-agent-setup.ts';
import type { AgentProviderConfig, AgentsPolicy } from '../../core/policy/agents-schema.ts';
import type { WorkOrder } from '../../core/workorder/work-order-schema.ts';
import type { AgentProvider, ExternalAgentProvider } from '../../ports/agent-provider.ts';
import type { RunRecorder } from '../../ports/run-recorder.ts';
import { ImplementSetupError, implementWorkOrder } from '../../workflows/implement/implement-work-order.ts';
import { validateRepo } from '../../workflows/validate-repo.ts';
import type { CliCommand } from './cli-command.ts';
import { ExitCode, UsageError, type CliIo } from './cli-io.ts';
import { repoRoot, withRepoOption } from './repo-option.ts';
import { neutralizeTerminalText } from '../../core/redaction/neutralize-terminal-text.ts';

type ProviderType = 'replay' | 'command' | 'openai' | 'preset';

/** The run's clock: the workflow's budget and the openai provider's wall-clock checks read the same one. */
const runClock = Date.now;

interface ImplementCliOptions {
  provider?: string;
  transcript?: string;
  record?: string;
  worktree?: string;
  json?: boolean;
  repo?: string;
  /** For a preset provider: receives the CLI's raw stdout, the replayable transcript. */
  recordStream?: (chunk: string) => void;
}

export const implementCommand: CliCommand = (program, io, done) => {
  withRepoOption(program.command('implement'))
    .description('run an implementer agent on a work order in a new worktree and branch agent/<id>/<shortid>')
    .argument('<work-order-id>', 'the id of a work order in workorders/')
    .option('--provider <type>', 'replay | command | openai | preset (default: the work order\'s or the policy\'s provider)')
    .option('--transcript <file>', 'for --provider replay: the recorded transcript to play back')
    .option('--record <file>', 'for --provider openai: write the conversation as a replayable transcript; for a preset: the CLI\'s raw event stream')
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
      const stream: string[] = [];
      const { provider, ownKeyEnv } = await selectProvider(workOrder, policyAgents, { ...options, ...(options.record ? { recordStream: (chunk: string) => void stream.push(chunk) } : {}) }, io, recorded);
      const git = createGitCli();
      const worktreeDir = options.worktree ? resolve(io.cwd, options.worktree) : join(await mkdtemp(join(tmpdir(), `shopfloor-${id}-`)), 'worktree');
      const keyNames = Object.values(agents.providers ?? {}).flatMap((p) => (p.type !== 'replay' && p.apiKeyEnv ? [p.apiKeyEnv] : []));
      const result = await implementWorkOrder({
        repoDir: root,
        workOrder: { ...workOrder, ...(setup.value.budget ? { budget: setup.value.budget } : {}) },
        policy: { agents, ...(validation.policy?.isolation ? { isolation: validation.policy.isolation } : {}), ...(validation.policy?.setup ? { setup: validation.policy.setup } : {}) },
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
      // A preset's transcript is the CLI's own stream, byte for byte; the tool loop's is Shopfloor's JSON.
      if (options.record) await writeFile(resolve(io.cwd, options.record), provider.kind === 'external' && provider.preset ? stream.join('') : `${JSON.stringify({ format: 'shopfloor-transcript/v1', turns: recorded }, null, 2)}\n`);
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
  if (wanted && !['replay', 'command', 'openai', 'preset'].includes(wanted)) throw new UsageError(`--provider "${wanted}" is not known; use replay, command, openai or preset`);
  // The work order's (or default) provider when it fits; with --provider, else the first of that type.
  const entries = Object.entries(providers);
  const typeOf = (config: AgentProviderConfig): ProviderType => ('preset' in config ? 'preset' : config.type);
  const preferred = entries.find(([name, config]) => name === named && (!wanted || typeOf(config) === wanted));
  const configured = preferred ?? (wanted ? entries.find(([, config]) => typeOf(config) === wanted) : undefined);
  const type: ProviderType | undefined = wanted ?? (configured ? typeOf(configured[1]) : undefined);
  if (!type) throw new UsageError(`no provider for ${workOrder.id}: pass --provider replay|command|openai or set agents.defaultProvider in .github/shopfloor.yml`);
  const config = configured?.[1];
  if (type === 'replay') {
    const file = options.transcript ?? (config?.type === 'replay' && config.transcripts ? join(config.transcripts, `${workOrder.id}.json`) : undefined);
    if (!file) throw new UsageError('--provider replay needs --transcript FILE (or agents.providers.<name>.transcripts)');
    if (file.endsWith('.jsonl')) return { provider: await loadStreamReplay(resolve(io.cwd, file)) };
    const loaded = await loadTranscript(resolve(io.cwd, file));
    if (!loaded.ok) throw new UsageError(loaded.error);
    return { provider: createReplayProvider(loaded.transcript) };
  }
  if (type === 'preset') {
    if (!config || !('preset' in config)) throw new UsageError('--provider preset needs a provider with `preset:` (claude-code, codex, gemini, copilot, openhands or aider) in .github/shopfloor.yml agents.providers');
    const provider = createPresetProvider({
      name: configured![0],
      preset: config.preset,
      settings: { commands: setup.agents.commands ?? [], ...(config.program ? { program: config.program } : {}), ...(setup.model ?? config.model ? { model: setup.model ?? config.model } : {}), ...(config.args ? { args: config.args } : {}) },
      runner: createJudgedRunner(),
      ...(config.pricing ? { pricing: config.pricing } : {}),
      ...(options.recordStream ? { record: options.recordStream } : {}),
    });
    return { provider, ...(config.apiKeyEnv ? { ownKeyEnv: config.apiKeyEnv } : {}) };
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
    // Loaded when chosen: the openai client is a large part of the CLI's start-up otherwise.
    provider: (await import('../../adapters/agents/openai-provider.ts')).createOpenAiProvider({
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

/** A recorded agent CLI session (`--record` of a preset run, or the CLI's own `> session.jsonl`). */
export async function loadStreamReplay(file: string): Promise<AgentProvider> {
  const stream = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read the recorded session ${file}: ${error.code ?? error.message}`);
  });
  const preset = detectRecordedPreset(stream);
  if (!preset) throw new UsageError(`${file} is not a recorded Claude Code, Codex, Gemini or Copilot stream (no event of their formats in its first 50 lines); record one with shopfloor implement --record FILE.jsonl`);
  return createStreamReplayProvider({ preset, stream });
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
