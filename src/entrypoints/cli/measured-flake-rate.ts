import { learnFlakeRates } from '../../core/canary/learn-flake-rates.ts';
import { policyPath } from '../../core/policy/check-policy-file.ts';
import type { Git } from '../../ports/git.ts';
import { readCanaryNotes } from '../../workflows/canary/canary-notes.ts';
import { loadPolicy } from './load-policy.ts';

/**
 * The flake rate a bisect of `command` should assume when none is given: what the canary measured on
 * this repository (its reruns, kept in notes) for the flow that runs `command`, else the highest rate it
 * measured for any flow, else the policy's `canary.flakeRate`. Undefined without a canary.
 */
export async function measuredFlakeRate(root: string, git: Git, command: string): Promise<{ readonly rate: number; readonly source: string } | undefined> {
  const canary = (await loadPolicy(root)).canary;
  if (!canary) return undefined;
  const rates = learnFlakeRates((await readCanaryNotes(git, root)).map((n) => n.note), canary.flakeRate);
  const flow = canary.flows.find((f) => f.run.trim() === command.trim());
  if (flow && rates[flow.id] !== undefined) return { rate: rates[flow.id]!, source: `measured by the canary's reruns of flow "${flow.id}"` };
  const measured = Object.entries(rates).sort(([, a], [, b]) => b - a)[0];
  if (measured) return { rate: measured[1], source: `measured by the canary's reruns (the flakiest flow, "${measured[0]}")` };
  return { rate: canary.flakeRate, source: `from ${policyPath} canary.flakeRate (the canary has not measured one yet)` };
}
