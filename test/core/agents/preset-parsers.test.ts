import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AgentEvent } from '../../../src/core/agents/agent-event.ts';
import { currentSpend, describeSpend, emptySpend, tallySpend } from '../../../src/core/agents/agent-spend.ts';
import { createPresetParser, presetInvocation, type AgentPresetName } from '../../../src/core/agents/presets/agent-presets.ts';
import { createStreamParser } from '../../../src/core/agents/split-stream-lines.ts';
import { checkStreamBudget } from '../../../src/core/agents/stream-budget.ts';

const streams = join(import.meta.dirname, '../../fixtures/agents/streams');
const fixture = (preset: AgentPresetName) => readFileSync(join(streams, preset === 'aider' ? 'aider.txt' : `${preset}.jsonl`), 'utf8');

function parse(preset: AgentPresetName, text: string, chunk: number): AgentEvent[] {
  const parser = createStreamParser(createPresetParser(preset));
  const events: AgentEvent[] = [];
  for (let i = 0; i < text.length; i += chunk) events.push(...parser.push(text.slice(i, i + chunk)));
  return [...events, ...parser.end()];
}

const show = (event: AgentEvent) => (event.kind === 'tool-call' ? `${event.tool} ${event.target}` : event.kind === 'result' ? `result ${event.ok}` : event.kind);

// Each row: what a reader of the run document must see from the recorded stream.
const cases: readonly { preset: AgentPresetName; calls: string[]; results: string[]; unparsed: number; errors: number; spend: string }[] = [
  { preset: 'claude-code', calls: ['read src/greet.ts', 'edit src/greet.ts', 'command node scripts/check.mjs'], results: ['result true'], unparsed: 2, errors: 0, spend: '4 turns, 6,715 tokens (6,500 in, 215 out), $0.0421 (reported by the agent)' },
  { preset: 'codex', calls: ["command bash -lc 'cat src/greet.ts'", 'edit src/greet.ts', "command bash -lc 'node scripts/check.mjs'"], results: [], unparsed: 1, errors: 0, spend: '4 turns, 24,885 tokens (24,763 in, 122 out), cost unknown (set pricing for this provider)' },
  { preset: 'gemini', calls: ['read src/greet.ts', 'edit src/greet.ts', 'command node scripts/check.mjs'], results: ['result true'], unparsed: 1, errors: 1, spend: '3 turns, 9,100 tokens (8,800 in, 300 out), cost unknown (set pricing for this provider)' },
  { preset: 'copilot', calls: ['read src/greet.ts', 'edit src/greet.ts', 'command node scripts/check.mjs'], results: ['result true'], unparsed: 1, errors: 0, spend: '2 turns, 0 tokens (0 in, 0 out), cost unknown (set pricing for this provider)' },
  { preset: 'openhands', calls: ['read src/greet.ts', 'edit src/greet.ts', 'command node scripts/check.mjs'], results: ['result true'], unparsed: 1, errors: 1, spend: '5 turns, 9,600 tokens (9,000 in, 600 out), $0.0450 (reported by the agent)' },
  { preset: 'aider', calls: ['edit src/greet.ts', 'command node scripts/check.mjs'], results: [], unparsed: 0, errors: 1, spend: '2 turns, 5,907 tokens (5,500 in, 407 out), $0.0162 (reported by the agent)' },
];

describe('preset stream parsers', () => {
  for (const row of cases) {
    it(`${row.preset}: tool calls, results, errors and spend from a recorded stream with malformed lines`, () => {
      const text = fixture(row.preset);
      const events = parse(row.preset, text, 7);
      // Chunking never changes what is parsed: a line split across reads is one event.
      expect(parse(row.preset, text, text.length)).toEqual(events);
      expect(parse(row.preset, text.replace(/\n/g, '\r\n'), 13)).toEqual(events);
      expect(events.filter((event) => event.kind === 'tool-call').map(show)).toEqual(row.calls);
      expect(events.filter((event) => event.kind === 'result').map(show)).toEqual(row.results);
      expect(events.filter((event) => event.kind === 'unparsed')).toHaveLength(row.unparsed);
      expect(events.filter((event) => event.kind === 'error')).toHaveLength(row.errors);
      expect(describeSpend(currentSpend(events.reduce(tallySpend, emptySpend)))).toBe(row.spend);
    });
  }

  it('never copies file contents or edit text into a tool call', () => {
    for (const preset of ['claude-code', 'gemini', 'copilot', 'openhands'] as const) {
      const calls = parse(preset, fixture(preset), 64).filter((event) => event.kind === 'tool-call');
      expect(JSON.stringify(calls)).not.toContain('goodbye');
    }
  });

  it('survives garbage, truncation, deep nesting and a line without an end', () => {
    const garbage = ['{', '}', '[]', 'null', '{"type":null}', '{"type":"assistant","message":{"content":"x"}}', '{"type":"result","usage":"many"}', `${'['.repeat(100_000)}`, '\u0000\u0001', '{"type":"item.completed","item":{"type":"file_change","changes":"all"}}'].join('\n');
    for (const preset of ['claude-code', 'codex', 'gemini', 'copilot', 'openhands', 'aider'] as const) {
      expect(() => parse(preset, garbage, 5)).not.toThrow();
    }
    const parser = createStreamParser(createPresetParser('codex'));
    expect(parser.push('{"type":"turn.completed","usage":{"input_tokens":5,"output_tokens":1}}')).toEqual([]);
    expect(parser.end()).toEqual([{ kind: 'usage', mode: 'add', turns: 0, inputTokens: 5, outputTokens: 1 }]);
  });
});

describe('spend and stream budgets', () => {
  it('prices tokens when the CLI reports none, and takes the larger of reported and priced cost', () => {
    const codex = parse('codex', fixture('codex'), 100).reduce(tallySpend, emptySpend);
    expect(currentSpend(codex, { inputUsdPerMTok: 1.25, outputUsdPerMTok: 10 }).costUsd).toBeCloseTo((24_763 * 1.25 + 122 * 10) / 1e6, 10);
    const claude = parse('claude-code', fixture('claude-code'), 100).reduce(tallySpend, emptySpend);
    expect(currentSpend(claude, { inputUsdPerMTok: 0, outputUsdPerMTok: 0 })).toMatchObject({ costUsd: 0.0421, costSource: 'reported' });
  });

  it('stops a run past its turns, tokens or cost, and lets it finish exactly at the limit', () => {
    const spend = { turns: 3, inputTokens: 900, outputTokens: 100, tokens: 1000, costUsd: 0.5, costSource: 'reported' } as const;
    expect(checkStreamBudget({ turns: 3, tokens: 1000, costUsd: 0.5 }, spend, 10)).toBeUndefined();
    expect(checkStreamBudget({ turns: 2 }, spend, 10)?.kind).toBe('turns');
    expect(checkStreamBudget({ tokens: 999 }, spend, 10)?.message).toContain('budget exhausted: tokens used 1000 of 999 tokens');
    expect(checkStreamBudget({ costUsd: 0.25 }, spend, 10)?.message).toContain('Raise budget.costUsd');
    expect(checkStreamBudget({ wallClockMs: 10 }, spend, 10)?.kind).toBe('wall-clock');
  });
});

describe('preset invocations', () => {
  const prompt = { file: '/tmp/run.prompt/prompt.md', text: 'do it; rm -rf / $(x)' };
  it('build each CLI\'s documented headless argv; the prompt goes on stdin or as a file where the CLI allows it', () => {
    expect(presetInvocation('claude-code', { commands: [['npm', 'test']], maxTurns: 12 }, prompt)).toEqual({ delivery: 'stdin', argv: ['claude', '-p', '--output-format', 'stream-json', '--verbose', '--permission-mode', 'acceptEdits', '--max-turns', '12', '--allowedTools', 'Bash(npm test:*)', '--disallowedTools', 'Bash(git commit:*)', 'Bash(git push:*)'] });
    expect(presetInvocation('codex', { commands: [], model: 'gpt-5-codex', args: ['-c', 'x=1'] }, prompt)).toEqual({ delivery: 'stdin', argv: ['codex', 'exec', '--json', '--sandbox', 'danger-full-access', '--skip-git-repo-check', '--model', 'gpt-5-codex', '-c', 'x=1', '-'] });
    expect(presetInvocation('gemini', { commands: [] }, prompt).argv).toEqual(['gemini', '--output-format', 'stream-json', '--yolo', '--skip-trust']);
    expect(presetInvocation('copilot', { commands: [], program: '/opt/copilot' }, prompt).argv).toEqual(['/opt/copilot', '-p', prompt.text, '--output-format', 'json', '--allow-all-tools', '--no-ask-user', '--deny-tool', 'shell(git push)', '--deny-tool', 'shell(git commit)']);
    expect(presetInvocation('openhands', { commands: [] }, prompt).argv).toEqual(['openhands', '--headless', '--json', '-f', prompt.file]);
    expect(presetInvocation('aider', { commands: [] }, prompt).argv).toEqual(['aider', '--message-file', prompt.file, '--yes-always', '--no-pretty', '--no-stream', '--no-auto-commits', '--no-check-update', '--no-show-model-warnings']);
  });
});
