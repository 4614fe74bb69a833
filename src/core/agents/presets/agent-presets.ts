import type { AgentLineParser } from '../agent-event.ts';
import { createAiderParser } from './aider-output.ts';
import { createClaudeCodeParser } from './claude-code-stream.ts';
import { createCodexParser } from './codex-stream.ts';
import { createCopilotParser } from './copilot-stream.ts';
import { createGeminiParser } from './gemini-stream.ts';
import { createOpenHandsParser } from './openhands-stream.ts';

export const agentPresetNames = ['claude-code', 'codex', 'gemini', 'copilot', 'openhands', 'aider'] as const;
export type AgentPresetName = (typeof agentPresetNames)[number];

/** What a preset run is told, beyond the prompt. */
export interface PresetSettings {
  /** The program to start (default the preset's own name on PATH). */
  readonly program?: string;
  readonly model?: string;
  /** The work order's turn budget, passed to CLIs that enforce one themselves too. */
  readonly maxTurns?: number;
  /** Argv prefixes the policy allows (`agents.commands`): CLIs with a tool allowlist get them as such. */
  readonly commands: readonly (readonly string[])[];
  /** Extra arguments from the policy, appended before the prompt. */
  readonly args?: readonly string[];
}

/**
 * How the prompt reaches the CLI: on stdin, as a file it is told to read (`-f`, `--message-file`), or as
 * one argv element (Copilot has no other way; an argv element is never a shell line).
 */
export type PromptDelivery = 'stdin' | 'file' | 'argv';

export interface PresetInvocation {
  readonly argv: readonly [string, ...string[]];
  readonly delivery: PromptDelivery;
}

interface PresetDefinition {
  readonly program: string;
  readonly delivery: PromptDelivery;
  readonly argv: (settings: PresetSettings, prompt: { readonly file: string; readonly text: string }) => readonly string[];
  readonly parser: () => AgentLineParser;
}

const opt = (flag: string, value: string | number | undefined) => (value === undefined ? [] : [flag, String(value)]);

/** Each CLI's documented non-interactive, structured-output invocation (see the research notes, §3). */
const presets: Readonly<Record<AgentPresetName, PresetDefinition>> = {
  'claude-code': {
    program: 'claude',
    delivery: 'stdin',
    // `-p` with no prompt argument reads it from stdin; edits are accepted, commands only as allowlisted.
    argv: (s) => ['-p', '--output-format', 'stream-json', '--verbose', '--permission-mode', 'acceptEdits', ...opt('--max-turns', s.maxTurns), ...opt('--model', s.model), ...(s.commands.length ? ['--allowedTools', ...s.commands.map((prefix) => `Bash(${prefix.join(' ')}:*)`)] : []), '--disallowedTools', 'Bash(git commit:*)', 'Bash(git push:*)'],
    parser: createClaudeCodeParser,
  },
  codex: {
    program: 'codex',
    delivery: 'stdin',
    // `-` reads the prompt from stdin. Codex 0.171 has no `--full-auto`; its own sandbox needs a helper
    // binary and nested namespaces that Shopfloor's box does not give it, so the box is the boundary
    // (`danger-full-access` is documented "for environments that are externally sandboxed"). `exec`
    // never asks for approval.
    argv: (s) => ['exec', '--json', '--sandbox', 'danger-full-access', '--skip-git-repo-check', ...opt('--model', s.model), '-'],
    parser: createCodexParser,
  },
  gemini: {
    program: 'gemini',
    delivery: 'stdin',
    // Headless when stdin is not a terminal; `--yolo` approves tool calls (the box is the boundary), and
    // `--skip-trust` trusts the fresh work copy, which Gemini CLI 0.61 otherwise drops to approval prompts.
    argv: (s) => ['--output-format', 'stream-json', '--yolo', '--skip-trust', ...opt('--model', s.model)],
    parser: createGeminiParser,
  },
  copilot: {
    program: 'copilot',
    delivery: 'argv',
    argv: (s, prompt) => ['-p', prompt.text, '--output-format', 'json', '--allow-all-tools', '--no-ask-user', '--deny-tool', 'shell(git push)', '--deny-tool', 'shell(git commit)', ...opt('--model', s.model)],
    parser: createCopilotParser,
  },
  openhands: {
    program: 'openhands',
    delivery: 'file',
    argv: (_s, prompt) => ['--headless', '--json', '-f', prompt.file],
    parser: createOpenHandsParser,
  },
  aider: {
    program: 'aider',
    delivery: 'file',
    // Aider commits by default; Shopfloor publishes, so it must not.
    argv: (s, prompt) => ['--message-file', prompt.file, '--yes-always', '--no-pretty', '--no-stream', '--no-auto-commits', '--no-check-update', '--no-show-model-warnings', ...opt('--model', s.model)],
    parser: createAiderParser,
  },
};

/** The argv for one run of a preset; the prompt goes where `delivery` says. Pure. */
export function presetInvocation(name: AgentPresetName, settings: PresetSettings, prompt: { readonly file: string; readonly text: string }): PresetInvocation {
  const preset = presets[name];
  const args = preset.argv(settings, prompt);
  // Policy extras go before a trailing `-` (codex reads the prompt from stdin there).
  const extra = settings.args ?? [];
  const tail = args.at(-1) === '-' ? ['-'] : [];
  const head = tail.length ? args.slice(0, -1) : args;
  return { argv: [settings.program ?? preset.program, ...head, ...extra, ...tail], delivery: preset.delivery };
}

export function createPresetParser(name: AgentPresetName): AgentLineParser {
  return presets[name].parser();
}

export function presetProgram(name: AgentPresetName): string {
  return presets[name].program;
}
