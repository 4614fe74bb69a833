import { z } from 'zod';

const modeSchema = z.enum(['sandbox', 'none']);

const isolationObjectSchema = z
  .object({
    mode: modeSchema.default('sandbox').meta({ description: '`sandbox` (default): agents, gates, acceptance commands, canary flows and bisect probes run boxed, and nothing is signed without the box. `none`: they run as Shopfloor\'s own user and can read its keys and move refs; reports say so.' }),
    network: z
      .object({
        gates: z.boolean().default(false).meta({ description: 'Network for gates, acceptance commands, canary flows and bisect probes.' }),
        agents: z.boolean().default(true).meta({ description: 'Network for external agent CLIs (they call their model API).' }),
      })
      .strict()
      .prefault({}),
    readOnly: z
      .array(z.string().regex(/^\//, 'an absolute host path'))
      .default([])
      .meta({ description: 'Extra host paths the box may read (toolchains outside /usr and /opt). Never a path holding keys.' }),
  })
  .strict();

/** `isolation:` in the policy: a mode (`isolation: none`) or the full object. */
export const isolationSchema = z.union([modeSchema, isolationObjectSchema]).meta({ description: 'How code under judgement is confined (docs/security-model.md).' });

export type IsolationPolicy = z.output<typeof isolationObjectSchema>;

/** The policy's isolation settings in their full form, defaults filled. */
export function isolationPolicy(value: z.output<typeof isolationSchema> | undefined): IsolationPolicy {
  if (value === undefined || typeof value === 'string') return isolationObjectSchema.parse({ mode: value ?? 'sandbox' });
  return value;
}
