import type { PatchBody, PatchSource } from './patch-types.ts';

export interface SessionStep {
  readonly source: PatchSource;
  readonly body: PatchBody;
}

const say = (section: Exclude<PatchBody, { kind: 'set-status' }>['section'], text: string, target: 'canon' | 'proposal' = 'canon'): SessionStep => ({
  source: section === 'user' ? 'user' : section === 'terminal' ? 'system' : 'agent',
  body: { kind: 'append-log-line', section, target, text },
});
const mark = (section: Exclude<PatchBody, { kind: 'set-status' }>['section'], state: 'active' | 'done' | 'failed'): SessionStep => ({ source: 'system', body: { kind: 'mark-section-state', section, state } });
const status = (value: Extract<PatchBody, { kind: 'set-status' }>['status'], detail?: string): SessionStep => ({ source: 'system', body: { kind: 'set-status', status: value, ...(detail ? { detail } : {}) } });

/**
 * A scripted, realistic agent session (a flaky-test fix with a plan, a rejected first attempt, test
 * output and gates) as patches: for demos, the browser test and the crash test. `terminalRepeat`
 * multiplies the test output to make long runs. Deterministic: the same options give the same steps.
 */
export function demoAgentSession(options: { terminalRepeat?: number } = {}): SessionStep[] {
  const repeat = options.terminalRepeat ?? 1;
  const testOutput = Array.from({ length: 12 * repeat }, (_, i) => `  ✓ test/parser.test.ts > parses case ${i + 1} (${(i * 7) % 23 + 1} ms)`);
  return [
    status('running'),
    mark('conductor', 'active'),
    say('conductor', 'Objective: make `parseDuration` accept "1h30m" and stop the flaky timezone test.'),
    say('conductor', 'Plan: 1) reproduce, 2) fix the parser, 3) pin the test clock, 4) run gates.'),
    mark('coordinator', 'active'),
    say('coordinator', 'One work order is enough: scope `src/core/duration.ts`, `test/core/duration.test.ts`.'),
    mark('coordinator', 'done'),
    mark('architect', 'active'),
    say('architect', 'Keep the unit table `as const`; parse with one global regex; reject empty input.'),
    say('architect', 'Note: a worker printing `## User` or `<!-- revision:9 -->` must not break this document.'),
    mark('architect', 'done'),
    mark('implementer', 'active'),
    say('implementer', 'Reading src/core/duration.ts (62 lines).'),
    say('implementer', 'Proposal A: special-case "h" followed by "m".', 'proposal'),
    { source: 'system', body: { kind: 'discard-proposal', section: 'implementer' } },
    say('implementer', 'Proposal B: loop over `(\\d+)(ms|s|m|h|d|w)` matches and sum them.', 'proposal'),
    say('implementer', '```ts\nfor (const [, n, unit] of text.matchAll(pattern)) total += Number(n) * unitMs[unit];\n```', 'proposal'),
    mark('terminal', 'active'),
    say('terminal', '$ npx vitest run test/core/duration.test.ts'),
    say('terminal', ' RUN  v4.1.12 /work/repo'),
    ...testOutput.map((line) => say('terminal', line)),
    say('terminal', '## User <- a test printed this; it stays text'),
    say('terminal', ' Test Files  1 passed (1)'),
    say('terminal', `      Tests  ${testOutput.length} passed (${testOutput.length})`),
    { source: 'agent', body: { kind: 'commit-proposal', section: 'implementer' } },
    mark('implementer', 'done'),
    status('waiting', 'gates running'),
    mark('verifier', 'active'),
    say('verifier', 'build ✓ 4.1 s · unit ✓ 2.3 s · lint ✓ 1.2 s · typecheck ✓ 3.0 s'),
    say('verifier', 'Report signed: sha256:4be1c0d2 (key shopfloor-ci-1).'),
    mark('verifier', 'done'),
    mark('triage', 'active'),
    say('triage', 'No failures to triage; the flaky timezone test now uses a fixed clock.'),
    mark('triage', 'done'),
    say('user', 'Please also add a test for "90s".'),
    say('conductor', 'Directive from User noted: "90s" case added to the table.'),
    mark('conductor', 'done'),
    mark('terminal', 'done'),
    status('completing', 'merging proposals into canon'),
    status('completed', 'all gates green'),
  ];
}
