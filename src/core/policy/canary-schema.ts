import { z } from 'zod';
import { durationSchema } from '../duration.ts';

/** A smoke flow the canary runs on main after each merge. */
export const canaryFlowSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, { message: 'must be lowercase letters, digits, ".", "_" or "-"' }),
    run: z.string().trim().min(1),
    critical: z.boolean().default(true).meta({ description: 'A critical flow going red makes the canary RED.' }),
    repeat: z.int().min(1).max(50).default(1).meta({ description: 'Runs per canary; failures are confirmed by repeats.' }),
    timeout: durationSchema.optional(),
    env: z.array(z.string().min(1)).optional().meta({ description: 'Environment variable names passed through to the flow (nothing else is inherited).' }),
    metrics: z
      .array(
        z
          .object({
            name: z.string().min(1),
            max: z.number().optional(),
            min: z.number().optional(),
            maxIncrease: z.number().positive().optional().meta({ description: 'Fail when the median rises more than this fraction (0.1 = 10%) above last-known-good\'s.' }),
            maxDecrease: z.number().positive().max(1).optional().meta({ description: 'Fail when the median falls more than this fraction below last-known-good\'s.' }),
          })
          .strict(),
      )
      .optional()
      .meta({ description: 'Numeric metrics the flow prints as JSON, with their bounds.' }),
  })
  .strict();

export const canarySchema = z
  .object({
    build: z.string().trim().min(1).optional(),
    flows: z.array(canaryFlowSchema).min(1),
    timeout: durationSchema.optional(),
    flakeRate: z.number().min(0).max(0.5).default(0.05).meta({ description: 'Expected chance a healthy flow fails; sets how many reruns confirm a failure.' }),
    falseRedRate: z.number().gt(0).max(0.5).default(0.001).meta({ description: 'Acceptable chance a RED verdict is only flakes (α, split across flows).' }),
    errorLimit: z.int().min(1).max(20).default(4).meta({ description: 'Consecutive infrastructure errors of a flow before the canary is INCONCLUSIVE.' }),
  })
  .strict();

export type CanaryPolicy = z.output<typeof canarySchema>;
export type CanaryFlow = z.output<typeof canaryFlowSchema>;
