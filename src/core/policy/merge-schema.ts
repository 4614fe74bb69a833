import { z } from 'zod';
import { ageSchema } from '../duration.ts';

export const mergeSchema = z
  .object({
    method: z.enum(['merge', 'squash', 'rebase']).default('merge'),
    queue: z.enum(['none', 'github']).default('none').meta({ description: '"github" enqueues in the repository merge queue.' }),
    requiredGates: z.array(z.string().min(1)).optional().meta({ description: 'Defaults to every gate marked required.' }),
    allowFlaky: z.boolean().default(false).meta({ description: 'Whether a flaky (fail-then-pass) gate may merge.' }),
    approvals: z
      .array(z.object({ paths: z.array(z.string().min(1)).min(1), count: z.int().min(1).default(1), from: z.array(z.string().min(1)).optional() }).strict())
      .optional(),
    dangerous: z
      .object({
        paths: z.array(z.string().min(1)).optional().meta({ description: 'Extra globs that need an admin approval.' }),
        maxDeletedFiles: z.int().min(0).default(20),
      })
      .strict()
      .optional(),
    planApproval: z.enum(['none', 'required']).default('none'),
  })
  .strict();

export const dependencyPolicySchema = z
  .object({
    allow: z.array(z.string().min(1)).default([]).meta({ description: 'Package names (globs allowed) that may be added or changed.' }),
    cooldown: ageSchema.default('7d').meta({ description: 'A new version must be at least this old.' }),
    registries: z.array(z.string().min(1)).optional(),
  })
  .strict();

export type MergePolicy = z.output<typeof mergeSchema>;
