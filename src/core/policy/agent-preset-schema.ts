import { z } from 'zod';
import { agentPresetNames } from '../agents/presets/agent-presets.ts';
import { allowEntryPattern } from '../isolation/network-allowlist.ts';

const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/);

export const pricingSchema = z
  .object({ inputUsdPerMTok: z.number().nonnegative(), outputUsdPerMTok: z.number().nonnegative() })
  .strict()
  .meta({ description: 'USD per million input/output tokens, so cost budgets apply.' });

/** `agents.providers.<name>: { preset: claude-code, ... }`: an agent CLI Shopfloor knows how to run headless. */
export const presetProviderSchema = z
  .object({
    type: z.literal('preset').optional().meta({ description: 'Implied by `preset`.' }),
    preset: z.enum(agentPresetNames).meta({ description: 'The agent CLI: claude-code, codex, gemini, copilot, openhands or aider. Shopfloor runs it headless with structured output, reads its progress and spend live, and stops it at the budget.' }),
    program: z.string().min(1).optional().meta({ description: 'The CLI to start (default: claude, codex, gemini, copilot, openhands or aider on PATH).' }),
    model: z.string().min(1).optional().meta({ description: 'Passed as the CLI\'s --model.' }),
    args: z.array(z.string().min(1)).optional().meta({ description: 'Extra arguments for the CLI, after Shopfloor\'s own.' }),
    apiKeyEnv: envName.optional().meta({ description: 'The one key variable this agent CLI may see (e.g. ANTHROPIC_API_KEY); other providers\' keys never reach it.' }),
    pricing: pricingSchema.optional().meta({ description: 'USD per million input/output tokens: cost budgets apply when the CLI reports tokens but no cost (Codex, Gemini, Aider without a price table).' }),
  })
  .strict();

export type PresetProviderConfig = z.output<typeof presetProviderSchema>;

export const agentNetworkSchema = z
  .object({
    allow: z
      .array(z.string().regex(allowEntryPattern, 'a host, *.domain (its subdomains) or either with :port, such as api.openai.com or *.googleapis.com:443; no scheme or path'))
      .default([])
      .meta({ description: 'The only hosts an agent CLI may reach (its model API): `api.openai.com`, `*.googleapis.com` (subdomains), with `:port` for a port other than 443 and 80. Enforced on Linux by a proxy outside the bubblewrap box (only programs that honour HTTPS_PROXY get out); blocked connections are listed in the run document. The Windows box and unboxed runs cannot enforce it and say so. Empty: `isolation.network.agents` alone decides.' }),
  })
  .strict();
