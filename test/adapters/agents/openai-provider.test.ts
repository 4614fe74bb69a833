import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAiProvider } from '../../../src/adapters/agents/openai-provider.ts';
import { createReplayProvider } from '../../../src/adapters/agents/replay-provider.ts';
import type { TranscriptTurn } from '../../../src/core/agents/chat-messages.ts';
import { implementWorkOrder } from '../../../src/workflows/implement/implement-work-order.ts';
import { canaries, implementFixture, testWorkOrder } from '../../helpers/implement-fixture.ts';

interface Interaction {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body: unknown;
}

const endpoint = 'http://llm.test';

/** Serves a recorded conversation in order; every request body is kept for assertions. */
function serve(name: string) {
  const { interactions } = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/agents/openai', `${name}.json`), 'utf8')) as { interactions: Interaction[] };
  const requests: { messages: { role: string; content: string | null }[]; tools?: unknown[]; model: string }[] = [];
  const scope = nock(endpoint);
  for (const interaction of interactions) {
    scope.post('/v1/chat/completions', (body) => requests.push(body as never) > 0).reply(interaction.status, interaction.body as nock.Body, interaction.headers ?? {});
  }
  return { scope, requests };
}

function provider(record?: (turn: TranscriptTurn) => void, clock: { now: () => number; fetch?: typeof fetch } = { now: Date.now }) {
  const sleeps: number[] = [];
  const chat = createOpenAiProvider({
    ...clock,
    baseURL: `${endpoint}/v1`,
    apiKey: 'test-key-not-a-secret',
    model: 'test-model',
    pricing: { inputUsdPerMTok: 2, outputUsdPerMTok: 8 },
    maxRetries: 2,
    sleep: async (ms) => void sleeps.push(ms),
    ...(record ? { record } : {}),
  });
  return { chat, sleeps };
}

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('openai provider against recorded traffic', () => {
  it('waits as long as retry-after says on 429, then completes the work order', async () => {
    const { scope, requests } = serve('rate-limited');
    const recorded: TranscriptTurn[] = [];
    const { chat, sleeps } = provider((turn) => recorded.push(turn));
    const { repo, recorder, implementOptions } = await implementFixture(chat);
    const result = await implementWorkOrder(implementOptions);
    expect(scope.isDone()).toBe(true);
    expect(sleeps).toEqual([3000]);
    expect(result.terminal.kind).toBe('finished');
    expect(await repo.git.show(repo.dir, result.branch, 'src/greet.ts')).toContain('goodbye');
    expect(recorder.text('implementer')).toContain('model call needed 1 retry');
    expect(requests[0]!.model).toBe('test-model');
    expect(requests[0]!.tools).toHaveLength(7);
    expect(requests[0]!.messages[1]!.content).toContain('<untrusted source="work order wo-1 goal">');
    expect(result.usage.tokens).toBe(2 * 865);
    expect(result.usage.costUsd).toBeCloseTo((2 * 820 * 2 + 2 * 45 * 8) / 1e6, 10);
    for (const secret of Object.values(canaries)) expect(JSON.stringify(requests)).not.toContain(secret);

    // The recording replays to the same result.
    const replayed = await implementFixture(createReplayProvider({ format: 'shopfloor-transcript/v1', turns: recorded }));
    const again = await implementWorkOrder(replayed.implementOptions);
    expect(again.terminal).toEqual(result.terminal);
    expect(await replayed.repo.git.show(replayed.repo.dir, again.branch, 'src/greet.ts')).toBe(await repo.git.show(repo.dir, result.branch, 'src/greet.ts'));
  });

  it('backs off exponentially on 500 and 502', async () => {
    const { scope } = serve('server-errors');
    const { chat, sleeps } = provider();
    const { implementOptions } = await implementFixture(chat);
    const result = await implementWorkOrder(implementOptions);
    expect(scope.isDone()).toBe(true);
    expect(sleeps).toEqual([1000, 2000]);
    expect(result.terminal.kind).toBe('finished');
  });

  it('tells the model about a malformed tool call and carries on', async () => {
    const { scope, requests } = serve('malformed-tool-call');
    const { chat } = provider();
    const { recorder, implementOptions } = await implementFixture(chat);
    const result = await implementWorkOrder(implementOptions);
    expect(scope.isDone()).toBe(true);
    expect(result.terminal.kind).toBe('finished');
    const told = requests[1]!.messages.at(-1)!;
    expect(told.role).toBe('tool');
    expect(told.content).toContain('not valid JSON');
    expect(recorder.text('implementer')).toContain('rejected: the arguments for edit_file are not valid JSON');
    expect(result.changed).toEqual(['src/greet.ts']);
  });

  it('ends the run when a response overruns the token budget, without another call', async () => {
    const { scope, requests } = serve('budget-overrun');
    const { chat } = provider();
    const { recorder, implementOptions } = await implementFixture(chat, { workOrder: testWorkOrder({ budget: { tokens: 5000, turns: 10 } }) });
    const result = await implementWorkOrder(implementOptions);
    expect(scope.isDone()).toBe(true);
    expect(requests).toHaveLength(1);
    expect(result.terminal).toMatchObject({ kind: 'budget-exhausted', budget: 'tokens' });
    expect(result.commit).toBeUndefined();
    expect(recorder.statuses.at(-1)).toEqual({ status: 'failed', detail: 'wo-1: budget-exhausted' });
    expect(recorder.text('implementer')).toContain('budget exhausted: tokens used 10500 of 5000');
  });

  it('gives up after its retries with a clear terminal state', async () => {
    const { scope } = serve('server-down');
    const { chat, sleeps } = provider();
    const { implementOptions } = await implementFixture(chat);
    const result = await implementWorkOrder(implementOptions);
    expect(scope.isDone()).toBe(true);
    expect(sleeps).toHaveLength(2);
    expect(result.terminal.kind).toBe('provider-failed');
    if (result.terminal.kind === 'provider-failed') expect(result.terminal.message).toContain('HTTP 503');
  });
});

describe('openai provider on a broken endpoint', () => {
  it('turns an unparseable response body into a terminal state, not a crash', async () => {
    const { scope } = serve('garbage-body');
    const { chat } = provider();
    const { recorder, implementOptions } = await implementFixture(chat);
    const result = await implementWorkOrder(implementOptions);
    expect(scope.isDone()).toBe(true);
    expect(result.terminal.kind).toBe('provider-failed');
    expect(recorder.statuses.at(-1)?.status).toBe('failed');
  });
});

describe('openai provider and the wall-clock budget', () => {
  it('does not wait out a retry-after longer than the budget that is left', async () => {
    const { requests } = serve('rate-limited');
    const { chat, sleeps } = provider();
    const outcome = await chat.complete({ messages: [{ role: 'user', content: 'hi' }], tools: [], remainingMs: 2000 });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toContain('would pass the wall-clock budget');
    expect(sleeps).toEqual([]);
    expect(requests).toHaveLength(1);
  });
});

describe('openai provider clock and Azure settings', () => {
  it('measures the budget left with the injected clock, not the machine\'s', async () => {
    const { requests } = serve('rate-limited');
    let now = 1_000_000;
    // Each model call takes 4 s on the run's clock: after the first 429 only 1 s of the 5 s budget is left,
    // too little for retry-after: 3. Measured with the machine's clock, it would wait and retry.
    const slowFetch: typeof fetch = async (input, init) => {
      now += 4000;
      return fetch(input, init);
    };
    const { chat, sleeps } = provider(undefined, { now: () => now, fetch: slowFetch });
    const outcome = await chat.complete({ messages: [{ role: 'user', content: 'hi' }], tools: [], remainingMs: 5000 });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error).toContain('would pass the wall-clock budget');
    expect([sleeps, requests.length]).toEqual([[], 1]);
  });

  it('sends the api-version query and api-key header Azure OpenAI needs', async () => {
    const completion = { id: 'c1', object: 'chat.completion', created: 0, model: 'gpt-4o', choices: [{ index: 0, message: { role: 'assistant', content: 'hi' }, finish_reason: 'stop' }], usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 } };
    const scope = nock('https://contoso.openai.azure.com', { reqheaders: { 'api-key': 'azure-test-key' } })
      .post('/openai/deployments/gpt-4o/chat/completions', (body: { model: string }) => body.model === 'gpt-4o')
      .query({ 'api-version': '2024-10-21' })
      .reply(200, completion);
    const chat = createOpenAiProvider({ baseURL: 'https://contoso.openai.azure.com/openai/deployments/gpt-4o', apiKey: 'azure-test-key', apiVersion: '2024-10-21', model: 'gpt-4o', now: Date.now, maxRetries: 0 });
    const outcome = await chat.complete({ messages: [{ role: 'user', content: 'hi' }], tools: [] });
    expect(outcome).toMatchObject({ ok: true, message: { role: 'assistant', content: 'hi' } });
    expect(scope.isDone()).toBe(true);
  });
});
