import { z } from 'zod';
import { agentsSchema } from './agents-schema.ts';
import { canarySchema } from './canary-schema.ts';
import { gateSchema } from './gates-schema.ts';
import { isolationSchema } from './isolation-schema.ts';
import { dependencyPolicySchema, mergeSchema } from './merge-schema.ts';
import { revertSchema } from './revert-schema.ts';
import { scopePolicySchema } from './scope-schema.ts';
import { setupSchema } from './setup-schema.ts';

export const policyApiVersion = 'shopfloor/v1';

/** `.github/shopfloor.yml`: read from the default branch only, never from a pull request's head. */
export const policySchema = z
  .object({
    apiVersion: z.literal(policyApiVersion),
    env: z
      .array(z.string().min(1))
      .optional()
      .meta({ description: 'Environment variable names every command on the project\'s code gets (gates, acceptance commands, test-first, canary build and flows, bisect probes), in addition to its own `env`.' }),
    gates: z.array(gateSchema).default([]),
    canary: canarySchema.optional(),
    merge: mergeSchema.prefault({}),
    dependencies: dependencyPolicySchema.prefault({}),
    agents: agentsSchema.optional(),
    setup: setupSchema.optional(),
    signers: z
      .array(z.object({ keyId: z.string().min(1), publicKey: z.string().min(1).meta({ description: 'Ed25519 public key, PEM or base64 SPKI.' }) }).strict())
      .optional()
      .meta({ description: 'Keys whose VerificationReports are trusted.' }),
    revert: revertSchema.prefault({}),
    scope: scopePolicySchema.prefault({}),
    isolation: isolationSchema.optional(),
  })
  .strict()
  .meta({ title: 'Shopfloor repository policy', description: 'Gates, canary, merge, agents and revert policy for one repository.' });

export type Policy = Readonly<z.output<typeof policySchema>>;
