import { z } from 'zod';
import { durationSchema } from '../duration.ts';
import { agentNetworkSchema, presetProviderSchema } from './agent-preset-schema.ts';

const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/);
const argvPrefix = z.array(z.string().min(1)).min(1);

/** A provider is typed (openai, command, replay) or an agent CLI preset (`preset: claude-code`, no type). */
const providerSchema = z.discriminatedUnion('type', [
  presetProviderSchema,
  z
    .object({
      type: z.literal('openai'),
      baseUrl: z.url().optional().meta({ description: 'Any OpenAI-compatible endpoint: OpenAI, Azure, Ollama, vLLM, llama.cpp.' }),
      model: z.string().min(1),
      apiKeyEnv: envName.optional().meta({ description: 'Name of the environment variable holding the key.' }),
      apiVersion: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}(-preview)?$|^v\d+$|^preview$/, 'must be an Azure OpenAI api-version such as 2024-10-21, 2025-04-01-preview or v1')
        .optional()
        .meta({ description: 'Azure OpenAI: sent as the `api-version` query on every call (e.g. 2024-10-21), with the key also in the `api-key` header.' }),
      pricing: z
        .object({ inputUsdPerMTok: z.number().nonnegative(), outputUsdPerMTok: z.number().nonnegative() })
        .strict()
        .optional()
        .meta({ description: 'USD per million input/output tokens, so cost budgets apply.' }),
    })
    .strict(),
  z
    .object({
      type: z.literal('command'),
      command: z.array(z.string().min(1)).min(1).meta({ description: 'argv template; {prompt}, {promptFile} and {workdir} fill whole arguments. No shell.' }),
      apiKeyEnv: envName.optional().meta({ description: 'The one key variable this agent CLI may see; other providers\' keys never reach it.' }),
    })
    .strict(),
  z.object({ type: z.literal('replay'), transcripts: z.string().min(1).optional() }).strict(),
]);

const profileSchema = z
  .object({
    provider: z.string().min(1).meta({ description: 'A provider name from agents.providers.' }),
    model: z.string().min(1).optional().meta({ description: 'Overrides the model of an openai provider for work orders that use this profile.' }),
    budget: z
      .object({ turns: z.int().positive().optional(), tokens: z.int().positive().optional(), costUsd: z.number().positive().optional(), wallClock: durationSchema.optional() })
      .strict()
      .optional()
      .meta({ description: 'Budget defaults; a field the work order sets wins.' }),
    commands: z.array(argvPrefix).optional().meta({ description: 'Argv prefixes allowed in addition to agents.commands.' }),
    env: z.array(envName).optional().meta({ description: 'Environment variable names visible in addition to agents.env.' }),
  })
  .strict();

export const agentsSchema = z
  .object({
    providers: z.record(z.string().regex(/^[a-z0-9][a-z0-9_-]*$/), providerSchema).optional(),
    defaultProvider: z.string().min(1).optional(),
    profiles: z
      .record(z.string().regex(/^[a-z0-9][a-z0-9_-]*$/), profileSchema)
      .optional()
      .meta({ description: 'Named agent setups a work order picks with agent.profile: a provider plus overrides.' }),
    commands: z.array(argvPrefix).optional().meta({ description: 'Allowed argv prefixes, e.g. ["npm", "test"].' }),
    network: agentNetworkSchema.optional(),
    env: z.array(z.string().min(1)).optional().meta({ description: 'Environment variable names an agent may see.' }),
    autoRetryOnDirective: z
      .boolean()
      .optional()
      .meta({ description: 'When true, a write user\'s comment on an agent PR dispatches a retry by itself (one at a time per run), as if followed by /shopfloor retry. Default false.' }),
  })
  .strict();

export type AgentsPolicy = z.output<typeof agentsSchema>;
export type AgentProfile = z.output<typeof profileSchema>;
export type AgentProviderConfig = z.output<typeof providerSchema>;
