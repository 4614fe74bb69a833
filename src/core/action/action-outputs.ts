/** Every output of `action.yml` (a test keeps the two equal), and which commands set it. */
export const actionOutputs = {
  verdict: 'implement: how the agent ended (`finished`, `budget-exhausted`, `provider-failed`, `agent-failed`, `aborted`; with `phase: plan`: `planned` or `plan-failed`); verify: `pass` or `fail`; canary: `GREEN`, `FLAKY`, `RED` or `INCONCLUSIVE`; bisect: `found`, `no-regression`, `range`, `budget` or `aborted`; revert: `created` or `refused`.',
  'report-path': 'verify: path of the report file (inside the workspace).',
  'report-digest': 'verify: sha256 digest of the report file.',
  'check-run-id': 'verify, canary: id of the `shopfloor/gates` or `shopfloor/canary` check run.',
  culprit: 'bisect (and canary with `on-red: revert`): the culprit merge SHA when found.',
  confidence: 'bisect (and canary with `on-red: revert`): the confidence in the culprit.',
  'pr-number': 'implement: number of the draft pull request; revert (and canary with `on-red: revert`): number of the revert pull request.',
  branch: 'implement: the agent branch pushed.',
  commit: 'implement: the commit of in-scope changes pushed on the branch.',
  'spend-usd': 'implement: what the agent run cost in USD (reported by the agent CLI, or its tokens priced by the policy; 0 when neither is known).',
  'spend-tokens': 'implement: input plus output tokens the agent run used.',
  'spend-turns': 'implement: model turns the agent run took.',
  'issue-number': 'metrics: number of the metrics issue.',
} as const;

export type ActionOutputName = keyof typeof actionOutputs;
