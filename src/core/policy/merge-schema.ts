import { z } from 'zod';
import { ageSchema } from '../duration.ts';

export const mergeSchema = z
  .object({
    method: z.enum(['merge', 'squash', 'rebase']).default('merge'),
    /**
     * Unset means "shopfloor unless the repository has a GitHub merge queue": the schema keeps no default
     * because only the driver knows the repository (the App reads its rulesets; the local loop has no
     * GitHub queue). `resolveMergeQueue` in `core/train` turns it into one of the three.
     */
    queue: z
      .enum(['none', 'github', 'shopfloor'])
      .optional()
      .meta({
        description:
          '"shopfloor" lands through Shopfloor\'s merge train, "github" enqueues in the repository merge queue, "none" merges each PR alone. Unset: "shopfloor", or "github" when the repository has a merge queue.',
      }),
    train: z
      .object({
        depth: z.int().min(1).max(20).default(3).meta({ description: 'Staging commits verified at once (main+A, main+A+B, ...).' }),
        batch: z.int().min(1).max(32).default(8).meta({ description: 'Most PRs a staging commit adds. The train sizes each staging commit by the odds that its PRs break the build: large while nothing failed, small around a failure, down to one PR alone to evict a culprit.' }),
        flakyRetries: z.int().min(0).max(3).default(1).meta({ description: 'Re-verifications of a failed staging commit before it is split, when the failing gate is marked flaky or allowFlaky is set.' }),
      })
      .strict()
      .prefault({})
      .meta({ description: 'How the Shopfloor merge train (`queue: shopfloor`) batches and speculates.' }),
    requiredGates: z.array(z.string().min(1)).optional().meta({ description: 'The gates that must pass to merge. Defaults to every gate marked required. The built-in scope, secrets and dependencies gates, the work order\'s acceptance commands and (for bug fixes) test-first are required in any case; listing them changes nothing, and this list cannot drop them. Scope and acceptance are not required of a change without a work order (a revert).' }),
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
    ranges: z
      .enum(['pinned', 'newest'])
      .default('pinned')
      .meta({
        description:
          'How a changed dependency that no lockfile resolves is judged. "pinned" (default): it must pin one exact version, else the gate errors. "newest": a range is judged by the newest version it admits today (a library that publishes ranges and commits no lockfile); the cooldown then covers what installs today, not releases the range admits later.',
      }),
  })
  .strict();

export type MergePolicy = z.output<typeof mergeSchema>;
