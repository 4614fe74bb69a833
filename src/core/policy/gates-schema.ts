import { z } from 'zod';
import { durationSchema } from '../duration.ts';

export const gateKinds = ['build', 'unit', 'integration', 'stress', 'fmt', 'lint', 'security', 'acceptance', 'custom'] as const;
export const platforms = ['linux', 'windows', 'macos'] as const;
export const shells = ['bash', 'sh', 'pwsh', 'powershell', 'cmd'] as const;
export type ShellName = (typeof shells)[number];

export const gateIdSchema = z.string().regex(/^[a-z0-9][a-z0-9._:-]*$/, { message: 'must be lowercase letters, digits, ".", "_", ":" or "-"' });

/** One gate of the local CI emulator, as declared in `.github/shopfloor.yml`. */
export const gateSchema = z
  .object({
    id: gateIdSchema,
    run: z.string().trim().min(1).meta({ description: 'The command, written for the platform shell.' }),
    needs: z.array(gateIdSchema).optional().meta({ description: 'Gates that must pass before this one starts.' }),
    timeout: durationSchema.optional(),
    retries: z.int().min(0).max(10).optional().meta({ description: 'Reruns after a failure; a fail-then-pass is recorded as flaky.' }),
    platforms: z.array(z.enum(platforms)).min(1).optional(),
    kind: z.enum(gateKinds).default('custom'),
    required: z.boolean().default(true),
    cache: z.array(z.string().min(1)).optional().meta({ description: 'Globs of the inputs; an unchanged tree hash reuses an earlier pass.' }),
    shell: z.enum(shells).optional(),
    env: z.array(z.string().min(1)).optional().meta({ description: 'Environment variable names passed through to the command.' }),
    workingDirectory: z.string().min(1).optional(),
    golden: z.string().min(1).optional().meta({ description: 'A recorded file the normalised output must equal; re-record with `shopfloor verify --update-golden`.' }),
  })
  .strict();

export type Gate = z.output<typeof gateSchema>;
