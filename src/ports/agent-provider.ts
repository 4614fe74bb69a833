import type { AgentEvent } from '../core/agents/agent-event.ts';
import type { TokenPricing } from '../core/agents/agent-spend.ts';
import type { AssistantMessage, ChatMessage, ChatUsage, ToolSpec } from '../core/agents/chat-messages.ts';
import type { Platform } from '../core/env/build-environment.ts';
import type { RefusedConnection } from '../core/isolation/blocked-connections.ts';
import type { ProcessBox } from '../core/isolation/process-box.ts';

/** One model call: the conversation so far, the tools it may call, optionally a JSON schema for the answer. */
export interface ChatRequest {
  readonly messages: readonly ChatMessage[];
  readonly tools: readonly ToolSpec[];
  /** Structured output: the answer must be JSON matching this schema (coordinator, architect, ...). */
  readonly outputSchema?: { readonly name: string; readonly schema: Readonly<Record<string, unknown>> };
  readonly signal?: AbortSignal;
  /** What is left of the run's wall-clock budget: no request or retry wait may run past it. */
  readonly remainingMs?: number;
}

/** A model call's outcome; a failure after the provider's own retries is data, with what to do next. */
export type ChatOutcome =
  | { readonly ok: true; readonly message: AssistantMessage; readonly usage: ChatUsage; readonly retries: number }
  | { readonly ok: false; readonly error: string; readonly retries: number; readonly exhausted?: boolean };

/** A provider that answers turn by turn; Shopfloor runs the tools (openai, replay). */
export interface ChatAgentProvider {
  readonly kind: 'chat';
  readonly name: string;
  readonly complete: (request: ChatRequest) => Promise<ChatOutcome>;
}

export interface ExternalAgentRequest {
  readonly workdir: string;
  /** The box the agent CLI runs in (its work copy); the provider may add the prompt file read-only. */
  readonly box?: ProcessBox;
  readonly prompt: string;
  /** The complete, allowlisted environment for the agent process. */
  readonly env: Readonly<Record<string, string>>;
  readonly platform: Platform;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  readonly onOutput: (chunk: string, stream: 'stdout' | 'stderr') => void;
  /**
   * A provider that understands its CLI's stream (a preset) reports each event here as it arrives,
   * instead of passing stdout to `onOutput`; the caller counts usage and may abort through `signal`.
   */
  readonly onEvent?: (event: AgentEvent) => void;
  /** The run's turn budget, for CLIs that also enforce one themselves. */
  readonly maxTurns?: number;
  /** Each connection the box's allowlist refused (`box.allowHosts`), passed on to the runner. */
  readonly onNetworkRefused?: (connection: RefusedConnection) => void;
}

export interface ExternalAgentOutcome {
  readonly exitCode: number | undefined;
  readonly timedOut: boolean;
  readonly aborted: boolean;
  readonly startError: string | undefined;
  readonly durationMs: number;
}

/** A provider that runs a whole external agent CLI in the worktree (Codex, Claude Code, Aider, ...). */
export interface ExternalAgentProvider {
  readonly kind: 'external';
  readonly name: string;
  /** The preset (claude-code, codex, ...) when the provider parses that CLI's event stream. */
  readonly preset?: string;
  /** USD per million tokens, for CLIs that report tokens but no cost. */
  readonly pricing?: TokenPricing;
  readonly run: (request: ExternalAgentRequest) => Promise<ExternalAgentOutcome>;
}

export type AgentProvider = ChatAgentProvider | ExternalAgentProvider;
