import { z } from 'zod';

export const scopeOutsideModes = ['hold', 'drop'] as const;
export type ScopeOutside = (typeof scopeOutsideModes)[number];

/** What happens to the part of an agent's change outside its work order's scope. */
export const scopePolicySchema = z
  .object({
    outside: z
      .enum(scopeOutsideModes)
      .default('hold')
      .meta({ description: 'hold (default): the work order waits for a decision (widen the scope and retry, or accept the drop); drop: land the in-scope part. Either way the refused part is kept as a patch and listed in the report.' }),
  })
  .strict();
