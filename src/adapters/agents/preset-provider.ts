import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AgentEvent } from '../../core/agents/agent-event.ts';
import type { TokenPricing } from '../../core/agents/agent-spend.ts';
import { createPresetParser, presetInvocation, type AgentPresetName, type PresetSettings } from '../../core/agents/presets/agent-presets.ts';
import { createStreamParser } from '../../core/agents/split-stream-lines.ts';
import type { ExternalAgentProvider } from '../../ports/agent-provider.ts';
import type { ProcessRunner } from '../../ports/process-runner.ts';
import { locateAgentProgram } from './locate-agent-program.ts';

/**
 * Runs an agent CLI preset headless in the work copy, boxed by the judged runner. Its stdout is parsed
 * line by line into Shopfloor agent events as it arrives (`request.onEvent`) and handed raw to `record`
 * (the replayable transcript); stderr goes to the Terminal section. The prompt is written to
 * `<workdir>.prompt/prompt.md`, next to the work copy, readable in the box and removed after the run.
 */
export function createPresetProvider(options: {
  readonly name: string;
  readonly preset: AgentPresetName;
  readonly settings: PresetSettings;
  readonly runner: ProcessRunner;
  readonly record?: (chunk: string) => void;
  readonly pricing?: TokenPricing;
}): ExternalAgentProvider {
  return {
    kind: 'external',
    name: options.name,
    preset: options.preset,
    ...(options.pricing ? { pricing: options.pricing } : {}),
    run: async (request) => {
      const promptDir = `${request.workdir}.prompt`;
      const promptFile = join(promptDir, 'prompt.md');
      const invocation = presetInvocation(options.preset, { ...options.settings, ...(request.maxTurns !== undefined && options.settings.maxTurns === undefined ? { maxTurns: request.maxTurns } : {}) }, { file: promptFile, text: request.prompt });
      const failed = (startError: string) => ({ exitCode: undefined, timedOut: false, aborted: false, durationMs: 0, startError });
      const [program, ...args] = invocation.argv;
      const located = await locateAgentProgram(program, request.env, request.workdir, options.runner.platform);
      if (!located.ok) return failed(located.error);
      // Checked on what PATHEXT found too: `copilot` on PATH is usually npm's `copilot.cmd`.
      if (options.runner.platform === 'windows' && invocation.delivery === 'argv' && /\.(cmd|bat)$/i.test(located.path)) {
        return failed(`${located.path} is a batch file, so cmd.exe would interpret the prompt on its command line; point agents.providers.${options.name}.program at the CLI's executable`);
      }
      await mkdir(promptDir, { recursive: true, mode: 0o700 });
      try {
        await writeFile(promptFile, request.prompt, { mode: 0o600 });
        const parser = createStreamParser(createPresetParser(options.preset));
        const emit = (events: readonly AgentEvent[]) => {
          for (const event of events) request.onEvent?.(event);
        };
        const box = request.box ? { ...request.box, readOnly: [...(request.box.readOnly ?? []), ...located.readOnly, promptDir] } : undefined;
        const result = await options.runner.run({
          argv: [located.path, ...args],
          cwd: request.workdir,
          ...(box ? { box } : {}),
          env: request.env,
          timeoutMs: request.timeoutMs,
          ...(request.signal ? { signal: request.signal } : {}),
          ...(request.onNetworkRefused ? { onNetworkRefused: request.onNetworkRefused } : {}),
          ...(invocation.delivery === 'stdin' ? { input: request.prompt } : {}),
          // The stream is kept as parsed events; the raw text is the transcript, not the run document.
          maxCaptureBytes: 64 * 1024,
          onOutput: (chunk, stream) => {
            if (stream === 'stderr' || !request.onEvent) return request.onOutput(chunk, stream);
            options.record?.(chunk);
            emit(parser.push(chunk));
          },
        });
        emit(parser.end());
        return { exitCode: result.exitCode, timedOut: result.timedOut, aborted: result.aborted, startError: result.startError, durationMs: result.durationMs };
      } finally {
        await rm(promptDir, { recursive: true, force: true });
      }
    },
  };
}
