import OpenAI from 'openai';
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { AssistantMessage, ChatUsage, TranscriptTurn } from '../../core/agents/chat-messages.ts';
import type { ChatAgentProvider, ChatOutcome, ChatRequest } from '../../ports/agent-provider.ts';
import { isRetryableStatus, retryDelayMs } from './retry-delay.ts';

export interface OpenAiProviderOptions {
  readonly name?: string;
  readonly model: string;
  /** Any OpenAI-compatible endpoint: OpenAI, Azure OpenAI, Ollama, vLLM, LM Studio, llama.cpp. */
  readonly baseURL?: string;
  readonly apiKey: string;
  readonly defaultHeaders?: Readonly<Record<string, string>>;
  /** Azure OpenAI: sent as the `api-version` query of every call, with the key also in the `api-key` header Azure reads. */
  readonly apiVersion?: string;
  /** USD per million tokens; without it the cost is 0 and only the token budget applies. */
  readonly pricing?: { readonly inputUsdPerMTok: number; readonly outputUsdPerMTok: number };
  readonly maxRetries?: number;
  readonly backoff?: { readonly baseMs: number; readonly maxMs: number };
  readonly timeoutMs?: number;
  /** Injected so tests do not wait; real time in production. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** The run's clock (milliseconds): the wall-clock budget left is measured with it, as the workflow measures the rest. */
  readonly now: () => number;
  /** Called with every completed model call, for `--record`. */
  readonly record?: (turn: TranscriptTurn) => void;
  readonly fetch?: typeof fetch;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A chat provider over the `openai` package. The SDK's own retries are off so this one owns them: 429 and
 * 5xx are retried with backoff honouring `retry-after`; a final failure is a `ChatOutcome`, not a throw.
 */
export function createOpenAiProvider(options: OpenAiProviderOptions): ChatAgentProvider {
  const client = new OpenAI({
    apiKey: options.apiKey,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    ...(options.defaultHeaders || options.apiVersion ? { defaultHeaders: { ...options.defaultHeaders, ...(options.apiVersion ? { 'api-key': options.apiKey } : {}) } } : {}),
    ...(options.apiVersion ? { defaultQuery: { 'api-version': options.apiVersion } } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    maxRetries: 0,
    timeout: options.timeoutMs ?? 120_000,
  });
  const sleep = options.sleep ?? realSleep;
  const { now } = options;
  const maxRetries = options.maxRetries ?? 4;
  const backoff = options.backoff ?? { baseMs: 1000, maxMs: 60_000 };

  const complete = async (request: ChatRequest): Promise<ChatOutcome> => {
    const body: ChatCompletionCreateParamsNonStreaming = {
      model: options.model,
      messages: request.messages as ChatCompletionMessageParam[],
      ...(request.tools.length > 0 ? { tools: request.tools.map((tool) => ({ type: 'function' as const, function: { name: tool.name, description: tool.description, parameters: { ...tool.parameters } } })) } : {}),
      ...(request.outputSchema ? { response_format: { type: 'json_schema' as const, json_schema: { name: request.outputSchema.name, schema: { ...request.outputSchema.schema }, strict: false } } } : {}),
    };
    let lastError = '';
    const started = now();
    const left = () => (request.remainingMs === undefined ? Infinity : request.remainingMs - (now() - started));
    for (let attempt = 0; attempt <= maxRetries; attempt++) {
      try {
        const timeout = Math.max(1, Math.min(options.timeoutMs ?? 120_000, left()));
        const completion = await client.chat.completions.create(body, { timeout, ...(request.signal ? { signal: request.signal } : {}) });
        const message = toAssistantMessage(completion);
        const usage = toUsage(completion, options.pricing);
        options.record?.({ request: [...request.messages], response: message, usage });
        return { ok: true, message, usage, retries: attempt };
      } catch (error) {
        if (error instanceof OpenAI.APIUserAbortError) return { ok: false, error: 'the model call was aborted', retries: attempt };
        const status = error instanceof OpenAI.APIError ? error.status : undefined;
        const headers = error instanceof OpenAI.APIError ? (error.headers as Headers | undefined) : undefined;
        lastError = describe(error, options.baseURL);
        if (!(error instanceof OpenAI.APIError) || !isRetryableStatus(status) || attempt === maxRetries) {
          return { ok: false, error: lastError, retries: attempt, exhausted: attempt === maxRetries };
        }
        const delay = retryDelayMs(headers, attempt, now(), backoff);
        if (delay >= left()) return { ok: false, error: `${lastError}; waiting ${Math.ceil(delay / 1000)} s to retry would pass the wall-clock budget`, retries: attempt, exhausted: true };
        await sleep(delay);
      }
    }
    return { ok: false, error: lastError, retries: maxRetries, exhausted: true };
  };
  return { kind: 'chat', name: options.name ?? 'openai', complete };
}

function toAssistantMessage(completion: ChatCompletion): AssistantMessage {
  const message = completion.choices[0]?.message;
  const toolCalls = (message?.tool_calls ?? []).flatMap((call) =>
    call.type === 'function' ? [{ id: call.id, type: 'function' as const, function: { name: call.function.name, arguments: typeof call.function.arguments === 'string' ? call.function.arguments : JSON.stringify(call.function.arguments) } }] : [],
  );
  return { role: 'assistant', content: message?.content ?? null, ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}) };
}

function toUsage(completion: ChatCompletion, pricing: OpenAiProviderOptions['pricing']): ChatUsage {
  const promptTokens = completion.usage?.prompt_tokens ?? 0;
  const completionTokens = completion.usage?.completion_tokens ?? 0;
  const costUsd = pricing ? (promptTokens * pricing.inputUsdPerMTok + completionTokens * pricing.outputUsdPerMTok) / 1_000_000 : 0;
  return { promptTokens, completionTokens, costUsd };
}

function describe(error: unknown, baseURL: string | undefined): string {
  const where = baseURL ?? 'https://api.openai.com/v1';
  if (error instanceof OpenAI.APIConnectionError) return `could not reach the model endpoint ${where} (${error.message}); check agents.providers.*.baseUrl and that the server is running`;
  if (error instanceof OpenAI.APIError) {
    if (error.status === 401 || error.status === 403) return `the model endpoint ${where} refused the key (HTTP ${error.status}); check the provider's apiKeyEnv`;
    return `the model endpoint ${where} answered HTTP ${error.status ?? '?'}: ${error.message}`;
  }
  return `the model call failed: ${error instanceof Error ? error.message : String(error)}`;
}
