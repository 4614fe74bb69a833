import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStreamReplayProvider } from '../../../src/adapters/agents/stream-replay-provider.ts';
import { detectRecordedPreset } from '../../../src/core/agents/presets/recorded-file-edits.ts';
import { implementWorkOrder } from '../../../src/workflows/implement/implement-work-order.ts';
import { implementFixture, testWorkOrder } from '../../helpers/implement-fixture.ts';

const streams = join(import.meta.dirname, '../../fixtures/agents/streams');
const read = (name: string) => readFileSync(join(streams, name), 'utf8');

describe('--provider replay of a recorded agent CLI session', () => {
  it('recognises which CLI recorded a stream', () => {
    expect(['claude-code.jsonl', 'codex.jsonl', 'gemini.jsonl', 'copilot.jsonl'].map((name) => detectRecordedPreset(read(name)))).toEqual(['claude-code', 'codex', 'gemini', 'copilot']);
    expect(detectRecordedPreset('hello\nworld\n')).toBeUndefined();
  });

  it('plays a Claude Code session: its edits are made again and published, its events and spend fill the run document', async () => {
    const { implementOptions, recorder, repo } = await implementFixture(createStreamReplayProvider({ preset: 'claude-code', stream: read('claude-code.jsonl') }));
    const result = await implementWorkOrder(implementOptions);
    expect(result.terminal).toEqual({ kind: 'finished', summary: 'Added goodbye(name) next to greet; the check passes.' });
    expect(await repo.git.show(repo.dir, result.branch, 'src/greet.ts')).toContain('export const goodbye = (name: string) => `goodbye ${name}`;\nexport const greet');
    expect(result.usage).toEqual({ turns: 4, tokens: 6715, costUsd: 0.0421 });
    expect(recorder.text('implementer')).toContain('→ edit src/greet.ts');
  });

  it('refuses a recorded edit outside the work copy, and stops at the budget as a live run would', async () => {
    const hostile = `${read('claude-code.jsonl')}\n{"type":"assistant","message":{"id":"msg_9","content":[{"type":"tool_use","id":"t9","name":"Write","input":{"file_path":"../../escape.txt","content":"x"}}]}}\n`;
    const { implementOptions, recorder } = await implementFixture(createStreamReplayProvider({ preset: 'claude-code', stream: hostile }), { workOrder: testWorkOrder({ budget: { tokens: 2000 } }) });
    const result = await implementWorkOrder(implementOptions);
    expect(result.terminal).toMatchObject({ kind: 'budget-exhausted', budget: 'tokens' });
    const replayed = await implementFixture(createStreamReplayProvider({ preset: 'claude-code', stream: hostile }));
    await implementWorkOrder(replayed.implementOptions);
    expect(replayed.recorder.text('implementer')).toContain('agent error: replay could not make the recorded edit to ../../escape.txt');
    expect(recorder.text('conductor')).toContain('stopping replay: budget exhausted: tokens');
  });

  it('plays a Codex session\'s progress and spend; its stream carries no file contents, so nothing is committed', async () => {
    const { implementOptions, recorder } = await implementFixture(createStreamReplayProvider({ preset: 'codex', stream: read('codex.jsonl') }));
    const result = await implementWorkOrder(implementOptions);
    expect(result.terminal.kind).toBe('finished');
    expect(result.commit).toBeUndefined();
    expect(recorder.text('implementer')).toContain('spend: 4 turns, 24,885 tokens');
  });
});
