import { stringify } from 'yaml';
import { isCredentialName } from '../env/build-environment.ts';
import { workOrderApiVersion, workOrderSchema, type WorkOrder } from '../workorder/work-order-schema.ts';

export interface BugWorkOrderInput {
  readonly culprit: { readonly sha: string; readonly subject: string; readonly files: readonly string[] };
  readonly revertSha: string;
  readonly revertBranch: string;
  /** The check that failed (a canary flow or the bisect command); it becomes the reproducer, with the flow's own `env` names. */
  readonly failingCheck?: { readonly name: string; readonly run: string; readonly env?: readonly string[] };
  /** Work orders the culprit merge named, so the fix is traced back to them. */
  readonly workOrders: readonly string[];
  readonly testGlobs: readonly string[];
}

/** `fix-<12 hex>`: stable per culprit, so creating it twice finds the first file. */
export function bugWorkOrderId(sha: string): string {
  return `fix-${sha.slice(0, 12)}`;
}

/**
 * The bug work order every revert yields. Its acceptance requires a regression test that fails on the
 * culprit and passes with the fix — what the `test-first` gate enforces for a work order with
 * `provenance.revertOf` — and the fix re-lands the change as a revert of the revert plus the fix.
 * Built through `workOrderSchema`, so it is valid by construction (a schema error here is a bug).
 */
export function buildBugWorkOrder(input: BugWorkOrderInput): { readonly workOrder: WorkOrder; readonly path: string; readonly text: string } {
  const short = input.culprit.sha.slice(0, 12);
  const check = input.failingCheck;
  // The check runs as the canary ran it (the policy's top-level env joins by itself); a work order never names a credential.
  const env = (check?.env ?? []).filter((name) => !isCredentialName(name));
  const workOrder = workOrderSchema.parse({
    apiVersion: workOrderApiVersion,
    id: bugWorkOrderId(input.culprit.sha),
    title: `Fix the regression from ${short} and re-land it`.slice(0, 200),
    goal:
      `Merge ${short} ("${input.culprit.subject}") broke main${check ? ` (${check.name} failed)` : ''} and was reverted by ` +
      `${input.revertSha.slice(0, 12)} on ${input.revertBranch}. Find the cause, add a regression test that fails on ${short} ` +
      `and passes with the fix, then re-land the change as a revert of the revert plus the fix.` +
      (input.workOrders.length ? ` The reverted merge delivered ${input.workOrders.join(', ')}.` : ''),
    kind: 'bugfix',
    scope: { paths: [...new Set([...input.culprit.files, ...input.testGlobs])] },
    acceptance: {
      ...(check ? { commands: [{ name: 'regression', run: check.run, ...(env.length > 0 ? { env } : {}) }] } : {}),
      criteria: [
        `A new or changed test fails when run on ${input.culprit.sha} (the culprit, checked out with this branch's test files) while the culprit's own tests pass there, and passes on this branch; the test-first gate checks it with the policy's first \`unit\` gate (\`repro.run\` when there is none).`,
        `The change is re-landed with \`git revert ${input.revertSha}\` plus the fix, not re-applied by hand.`,
        ...(check ? [`\`${check.run}\` passes on the fixed branch.`] : []),
      ],
    },
    ...(check ? { repro: { run: check.run, notes: `Fails at ${input.culprit.sha}, passes at its first parent.` } } : {}),
    rollback: `Revert the fix merge; main returns to the state of ${input.revertSha.slice(0, 12)}.`,
    risk: 'medium',
    priority: 'high',
    provenance: { source: 'canary', revertOf: input.culprit.sha },
  });
  return { workOrder, path: `workorders/${workOrder.id}.yml`, text: stringify(workOrder, { lineWidth: 0 }) };
}
