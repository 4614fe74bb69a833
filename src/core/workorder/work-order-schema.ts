import { z } from 'zod';
import { durationSchema } from '../duration.ts';

/** The format version every work order declares; bumped only with a migration. */
export const workOrderApiVersion = 'shopfloor/v1';

/** Work-order ids are used in file names and branch names (`agent/<id>/<shortid>`), so they stay strict. */
export const workOrderIdPattern = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
export const workOrderIdSchema = z
  .string()
  .regex(workOrderIdPattern, { message: 'must be 1-64 lowercase letters, digits or "-", not starting or ending with "-" (e.g. "wo-12")' })
  .meta({ description: 'Lowercase letters, digits and "-"; used in file and branch names.' });

export const workOrderKinds = ['feature', 'bugfix', 'refactor', 'test', 'revert', 'chore'] as const;
export const terminalStatuses = ['merged', 'done', 'reverted', 'blocked', 'failed', 'cancelled'] as const;
export const riskLevels = ['low', 'medium', 'high'] as const;
export const priorities = ['critical', 'high', 'normal', 'low'] as const;

const text = (description: string) => z.string().trim().min(1).meta({ description });
const globList = (description: string) => z.array(z.string().min(1)).meta({ description });

const commandSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, { message: 'must be lowercase letters, digits, ".", "_" or "-" (it becomes a gate id)' }).meta({ description: 'Becomes the gate id `acceptance:<name>`.' }),
    run: text('The command, as you would type it in the platform shell.'),
    timeout: durationSchema.optional(),
    env: z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { message: 'must be an environment variable name (letters, digits, "_")' })).optional().meta({ description: 'Environment variable names passed through to the command, in addition to the policy\'s `env` (nothing else is inherited).' }),
  })
  .strict();

export const workOrderSchema = z
  .object({
    apiVersion: z.literal(workOrderApiVersion).meta({ description: `Always "${workOrderApiVersion}".` }),
    id: workOrderIdSchema,
    title: text('One line: what this work order delivers.').max(200),
    goal: text('What done looks like and why it matters; the implementer reads this.'),
    kind: z.enum(workOrderKinds),
    scope: z
      .object({
        paths: globList('Repository-relative globs the change may touch.').min(1),
        forbidden: globList('Globs the change must never touch, even inside `paths`.').optional(),
      })
      .strict(),
    acceptance: z
      .object({
        commands: z.array(commandSchema).optional().meta({ description: 'Commands that must pass; each becomes a gate.' }),
        criteria: z.array(z.string().min(1)).optional().meta({ description: 'Prose criteria a reviewer checks.' }),
      })
      .strict(),
    dependencies: z.array(workOrderIdSchema).optional().meta({ description: 'Work orders that must be merged first.' }),
    owners: z.array(z.string().min(1)).optional().meta({ description: 'GitHub users or teams (@org/team) who own the result.' }),
    agent: z
      .object({
        role: z.enum(['coordinator', 'architect', 'implementer', 'verifier', 'triage']).optional(),
        provider: z.string().min(1).optional().meta({ description: 'A provider name from the repo policy `agents.providers`.' }),
        profile: z.string().min(1).optional().meta({ description: 'A profile name from the repo policy `agents.profiles`.' }),
      })
      .strict()
      .optional(),
    budget: z
      .object({
        turns: z.int().positive().optional(),
        tokens: z.int().positive().optional(),
        costUsd: z.number().positive().optional(),
        wallClock: durationSchema.optional(),
      })
      .strict()
      .optional(),
    performance: z
      .array(
        z
          .object({
            metric: z.string().min(1),
            max: z.number().optional(),
            min: z.number().optional(),
            unit: z.string().min(1).optional(),
          })
          .strict(),
      )
      .optional()
      .meta({ description: 'Performance budgets: a metric a gate or canary flow reports, with its bound.' }),
    repro: z
      .object({ run: text('A command that fails before the fix and passes after it.'), notes: z.string().optional() })
      .strict()
      .optional(),
    rollback: z.string().min(1).optional().meta({ description: 'How to undo this change safely.' }),
    risk: z.enum(riskLevels).default('medium'),
    priority: z.enum(priorities).default('normal'),
    provenance: z
      .object({
        issue: z.union([z.int().positive(), z.url()]).optional(),
        requester: z.string().min(1).optional(),
        source: z.enum(['human', 'issue', 'coordinator', 'canary', 'triage']).optional(),
        revertOf: z.string().regex(/^[0-9a-f]{7,64}$/).optional().meta({ description: 'The commit this work order reverts or fixes.' }),
      })
      .strict()
      .optional(),
    status: z.enum(terminalStatuses).optional().meta({ description: 'Terminal states only; live states are derived from git and the forge.' }),
  })
  .strict()
  .meta({ title: 'Shopfloor work order', description: 'A unit of agent work: goal, scope, acceptance and budget.' });

export type WorkOrderInput = z.input<typeof workOrderSchema>;
export type WorkOrder = Readonly<z.output<typeof workOrderSchema>>;
export type WorkOrderKind = (typeof workOrderKinds)[number];
export type TerminalStatus = (typeof terminalStatuses)[number];
