import { z } from 'zod';

const providerSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('openai'),
      baseUrl: z.url().optional().meta({ description: 'Any OpenAI-compatible endpoint: OpenAI, Azure, Ollama, vLLM, llama.cpp.' }),
      model: z.string().min(1),
      apiKeyEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/).optional().meta({ description: 'Name of the environment variable holding the key.' }),
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
      apiKeyEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/).optional().meta({ description: 'The one key variable this agent CLI may see; other providers\' keys never reach it.' }),
    })
    .strict(),
  z.object({ type: z.literal('replay'), transcripts: z.string().min(1).optional() }).strict(),
]);

export const agentsSchema = z
  .object({
    providers: z.record(z.string().regex(/^[a-z0-9][a-z0-9_-]*$/), providerSchema).optional(),
    defaultProvider: z.string().min(1).optional(),
    commands: z.array(z.array(z.string().min(1)).min(1)).optional().meta({ description: 'Allowed argv prefixes, e.g. ["npm", "test"].' }),
    env: z.array(z.string().min(1)).optional().meta({ description: 'Environment variable names an agent may see.' }),
  })
  .strict();

export type AgentsPolicy = z.output<typeof agentsSchema>;
