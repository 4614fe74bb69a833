import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { actionOutputs } from '../../../src/core/action/action-outputs.ts';
import { describeActionInputs, renderActionDocs } from '../../../src/core/action/render-action-docs.ts';
import { parseActionInputs } from '../../../src/core/action/action-inputs.ts';

const actionYml = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { description: string; required: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};

describe('action.yml and the input schema', () => {
  it('declares exactly the schema inputs, with the same required flags, defaults and descriptions', () => {
    const fromSchema = Object.fromEntries(describeActionInputs().map(({ name, ...rest }) => [name, rest]));
    expect(actionYml.inputs).toEqual(fromSchema);
  });

  it('declares exactly the outputs the code sets, and runs dist/action.js on node24', () => {
    expect(Object.fromEntries(Object.entries(actionYml.outputs).map(([name, o]) => [name, o.description]))).toEqual(actionOutputs);
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
  });

  it('the workflow templates pass only declared inputs and read only declared outputs', () => {
    const templates = readdirSync('.github/workflows').filter((name) => /^shopfloor-.*\.yml$/.test(name));
    expect(templates.length).toBeGreaterThan(0);
    for (const name of templates) {
      const text = readFileSync(join('.github/workflows', name), 'utf8');
      const workflow = parse(text) as { jobs: Record<string, { steps?: { id?: string; uses?: string; with?: Record<string, unknown> }[] }> };
      const steps = Object.values(workflow.jobs).flatMap((job) => job.steps ?? []).filter((step) => step.uses === './shopfloor-action' || /\/shopfloor@/.test(step.uses ?? ''));
      for (const step of steps) for (const input of Object.keys(step.with ?? {})) expect(Object.keys(actionYml.inputs), `${name} passes "${input}"`).toContain(input);
      const ids = new Set(steps.map((step) => step.id).filter(Boolean));
      for (const [, id, output] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) if (ids.has(id)) expect(Object.keys(actionYml.outputs), `${name} reads ${id}.outputs.${output}`).toContain(output);
    }
  });

  it('keeps the docs/action.md tables equal to the schema', () => {
    expect(readFileSync('docs/action.md', 'utf8')).toContain(renderActionDocs());
  });
});

describe('parseActionInputs', () => {
  const cases: readonly [string, Record<string, string>, unknown][] = [
    ['defaults apply when the runner gave none (dist run directly)', { command: 'bisect', run: 'npm test' }, { ok: true, value: { command: 'bisect', good: 'refs/shopfloor/canary/last-good', bad: 'HEAD', run: 'npm test', runners: 4, workingDirectory: '.' } }],
    ['empty strings count as unset', { command: 'metrics', since: '', 'github-token': '' }, { ok: true, value: { command: 'metrics', since: '30d', sinceMs: 30 * 86_400_000, issueTitle: 'Shopfloor metrics', workingDirectory: '.' } }],
    ['verify splits gates and reads booleans', { command: 'verify', gates: 'unit, lint', 'upload-artifacts': 'false' }, { ok: true, value: { command: 'verify', gates: ['unit', 'lint'], uploadArtifacts: false, workingDirectory: '.' } }],
    ['a bad boolean names the input', { command: 'verify', 'upload-artifacts': 'yes' }, { ok: false, errors: [{ input: 'upload-artifacts', message: '"yes" is not a boolean; write true or false' }] }],
    ['revert needs a culprit and a probability', { command: 'revert', confidence: '2' }, { ok: false, errors: [{ input: 'culprit', message: "is required for `command: revert`; set it to the merge commit to revert (bisect's `culprit` output)" }, { input: 'confidence', message: '"2" is not valid; give a number from 0 to 1' }] }],
    ['a bad duration', { command: 'metrics', since: 'weekly' }, { ok: false, errors: [{ input: 'since', message: '"weekly" is not a duration; write it like 30d or 12w' }] }],
    ['implement takes the App\'s dispatch inputs', { command: 'implement', 'work-order': 'wo-7', 'run-id': 'wo-7-1a2b3c4d', branch: 'agent/wo-7/1a2b3c4d', issue: '12', provider: 'replay' }, { ok: true, value: { command: 'implement', phase: 'implement', retry: false, workOrder: 'wo-7', runId: 'wo-7-1a2b3c4d', branch: 'agent/wo-7/1a2b3c4d', issue: 12, provider: 'replay', workingDirectory: '.' } }],
    ['implement refuses another work order\'s branch and an unknown provider', { command: 'implement', 'work-order': 'wo-7', branch: 'main', provider: 'claude' }, { ok: false, errors: [{ input: 'provider', message: '"claude" is not a provider type; use replay, command or openai' }, { input: 'branch', message: '"main" is not an agent branch of wo-7; write agent/wo-7/<8 hex digits> or leave it unset' }] }],
    ['implement reads the App\'s retry flag', { command: 'implement', 'work-order': 'wo-7', retry: 'true' }, { ok: true, value: { command: 'implement', phase: 'implement', retry: true, workOrder: 'wo-7', workingDirectory: '.' } }],
    ['a bad retry flag names the input', { command: 'implement', 'work-order': 'wo-7', retry: 'yes' }, { ok: false, errors: [{ input: 'retry', message: '"yes" is not a boolean; write true or false' }] }],
    ['an unknown command', { command: 'deploy' }, { ok: false, errors: [{ input: 'command', message: '"deploy" is not a command; use one of implement, verify, canary, bisect, revert, metrics' }] }],
  ];
  it.each(cases)('%s', (_name, raw, expected) => {
    expect(parseActionInputs(raw)).toEqual(expected);
  });
});
