import { z } from 'zod';
import { durationSchema } from '../duration.ts';

/** `setup:` in the policy: commands that prepare the agent's work copy, like `copilot-setup-steps.yml`. */
export const setupSchema = z
  .object({
    commands: z
      .array(
        z
          .object({
            name: z.string().min(1).regex(/^[^\r\n]+$/, 'one line'),
            run: z.string().min(1).meta({ description: 'A script for the default shell (bash; pwsh on Windows), run in the agent\'s work copy.' }),
            timeout: durationSchema.optional().meta({ description: 'Time limit for this command (default 10m).' }),
          })
          .strict(),
      )
      .min(1),
    network: z.boolean().default(true).meta({ description: 'Network for setup commands (installing dependencies needs the registry). Default true.' }),
  })
  .strict()
  .meta({ description: 'Commands run before the agent (install dependencies, build), boxed like gates, each with its own time limit; a failure stops the run before the agent starts.' });

export type SetupPolicy = z.output<typeof setupSchema>;
