import { z } from 'zod';
import { ageSchema } from '../duration.ts';

export const revertSchema = z
  .object({
    enabled: z.boolean().default(true),
    maxPerDay: z.int().min(0).default(3),
    maxAutoMergedPerDay: z.int().min(0).default(2),
    maxAge: ageSchema.default('7d').meta({ description: 'Older culprits are not reverted automatically.' }),
    optOutLabel: z.string().min(1).default('no-auto-revert'),
    freezeAfter: z.int().min(1).default(2).meta({ description: 'Reverts that did not restore green before a human is asked.' }),
    minConfidence: z.number().min(0).max(1).default(0.999).meta({ description: 'Culprit posterior a bisect must reach before its revert may auto-merge.' }),
    testGlobs: z
      .array(z.string().min(1))
      .default(['test/**', 'tests/**', '**/*.test.*', '**/*.spec.*', '**/*_test.*'])
      .meta({ description: 'Where regression tests live: the bug work order may touch them, and metrics count them.' }),
  })
  .strict();

export type RevertPolicy = z.output<typeof revertSchema>;
