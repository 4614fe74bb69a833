import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../../src/core/duration.ts';
import { planGates } from '../../../src/core/gates/plan-gates.ts';
import { checkPolicyFile } from '../../../src/core/policy/check-policy-file.ts';
import { checkWorkOrderFile } from '../../../src/core/workorder/check-work-order-file.ts';

const policy = checkPolicyFile(`apiVersion: shopfloor/v1
gates:
  - { id: build, run: make, timeout: 2m }
  - { id: unit, run: make test, needs: [build], kind: unit, retries: 2 }
  - { id: win, run: build.cmd, platforms: [windows] }
`).policy!;
const workOrder = checkWorkOrderFile(`apiVersion: shopfloor/v1
id: fix-1
title: Fix it
goal: Fix the bug.
kind: bugfix
scope: { paths: ["src/**"] }
acceptance: { commands: [{ name: smoke, run: ./smoke.sh, timeout: 30s }] }
`, 'workorders/fix-1.yml').workOrder!;

describe('planGates', () => {
  it('joins policy gates, acceptance commands and built-ins; leaves out other platforms', () => {
    const plan = planGates({ policy, policyFile: '.github/shopfloor.yml', workOrder, workOrderFile: 'workorders/fix-1.yml', platform: 'linux', parseDuration });
    if (!plan.ok) throw new Error('expected a plan');
    expect(plan.value.specs.map((s) => s.id)).toEqual(['build', 'unit', 'acceptance:smoke', 'scope', 'dependencies', 'test-first', 'secrets']);
    expect(plan.value.specs.find((s) => s.id === 'build')!.timeoutMs).toBe(120_000);
    expect(plan.value.specs.find((s) => s.id === 'acceptance:smoke')!.timeoutMs).toBe(30_000);
    expect(plan.value.specs.find((s) => s.id === 'secrets')!.after).toEqual(['build', 'unit', 'acceptance:smoke']);
    expect(plan.value.omitted).toEqual([{ id: 'win', reason: 'runs on windows only, this is linux' }]);
  });

  it('gives every gate and acceptance command the policy\'s env plus its own', () => {
    const withEnv = checkPolicyFile(`apiVersion: shopfloor/v1
env: [NODE_PATH]
gates:
  - { id: unit, run: npm test, kind: unit, env: [LANGUAGE, NODE_PATH] }
`).policy!;
    const order = checkWorkOrderFile(`apiVersion: shopfloor/v1
id: env-1
title: Env
goal: Env.
kind: feature
scope: { paths: ["src/**"] }
acceptance: { commands: [{ name: tests, run: npm test, env: [MOCHA_REPORTER] }, { name: plain, run: npm test }] }
`, 'workorders/env-1.yml').workOrder!;
    const plan = planGates({ policy: withEnv, policyFile: 'p', workOrder: order, platform: 'linux', parseDuration });
    if (!plan.ok) throw new Error('expected a plan');
    const env = Object.fromEntries(plan.value.specs.filter((s) => s.run).map((s) => [s.id, s.env]));
    expect(env).toEqual({ unit: ['NODE_PATH', 'LANGUAGE'], 'acceptance:tests': ['NODE_PATH', 'MOCHA_REPORTER'], 'acceptance:plain': ['NODE_PATH'] });
  });

  it('without a work order there is no scope or test-first gate', () => {
    const plan = planGates({ policy, policyFile: 'p', platform: 'windows', parseDuration });
    expect(plan.ok && plan.value.specs.map((s) => s.id)).toEqual(['build', 'unit', 'win', 'dependencies', 'secrets']);
  });

  it('--gates keeps what the selection needs and rejects unknown names with a suggestion', () => {
    const plan = planGates({ policy, policyFile: 'p', platform: 'linux', parseDuration, only: ['unit'] });
    expect(plan.ok && plan.value.specs.map((s) => s.id)).toEqual(['build', 'unit']);
    expect(planGates({ policy, policyFile: 'p', platform: 'linux', parseDuration, only: ['buld'] })).toEqual({ ok: false, errors: ['--gates names "buld", which is not a gate here; did you mean "build"?'] });
  });

  it('refuses a working directory or golden file outside the repository', () => {
    const outside = checkPolicyFile('apiVersion: shopfloor/v1\ngates:\n  - { id: a, run: make, workingDirectory: ../other }\n  - { id: b, run: make, golden: /etc/passwd }\n').policy!;
    expect(planGates({ policy: outside, policyFile: 'p', platform: 'linux', parseDuration })).toEqual({ ok: false, errors: [
      'gate "a" workingDirectory: "../other" escapes the repository; use a path inside it',
      'gate "b" golden: "/etc/passwd" is an absolute path and escapes the repository; use a path inside it',
    ] });
  });
});
