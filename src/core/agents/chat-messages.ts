import { z } from 'zod';

/**
 * Chat messages in the OpenAI chat-completions shape, the one format every provider speaks and every
 * transcript records, so a recorded `openai` run replays unchanged.
 */
export const toolCallSchema = z.object({
  id: z.string().min(1),
  type: z.literal('function'),
  function: z.object({ name: z.string(), arguments: z.string() }),
});

export const assistantMessageSchema = z.object({
  role: z.literal('assistant'),
  content: z.string().nullable().optional(),
  tool_calls: z.array(toolCallSchema).optional(),
});

export const chatMessageSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('system'), content: z.string() }),
  z.object({ role: z.literal('user'), content: z.string() }),
  assistantMessageSchema,
  z.object({ role: z.literal('tool'), tool_call_id: z.string(), content: z.string() }),
]);

export const usageSchema = z.object({ promptTokens: z.number().int().nonnegative(), completionTokens: z.number().int().nonnegative(), costUsd: z.number().nonnegative().optional() });

/** One recorded model call: what was sent (optional, for audit) and what came back. */
export const transcriptTurnSchema = z.object({
  request: z.array(chatMessageSchema).optional(),
  response: assistantMessageSchema,
  usage: usageSchema.optional(),
});

export const transcriptSchema = z.object({
  format: z.literal('shopfloor-transcript/v1'),
  model: z.string().optional(),
  turns: z.array(transcriptTurnSchema),
});

export type ToolCall = z.output<typeof toolCallSchema>;
export type AssistantMessage = z.output<typeof assistantMessageSchema>;
export type ChatMessage = z.output<typeof chatMessageSchema>;
export type ChatUsage = z.output<typeof usageSchema>;
export type TranscriptTurn = z.output<typeof transcriptTurnSchema>;
export type Transcript = z.output<typeof transcriptSchema>;

/** A tool the model may call: JSON Schema parameters, as chat completions expects. */
export interface ToolSpec {
  readonly name: string;
  readonly description: string;
  readonly parameters: Readonly<Record<string, unknown>>;
}
