import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { readReportEnvelope } from '../../src/core/report/report-envelope.ts';
import type { VerificationReport } from '../../src/core/report/report-schema.ts';
import { runActionBundle, startGitHubServer } from './action-bundle.ts';
import { createActionGitHubState } from './github-action-routes.ts';
import type { Payload } from './github-payloads.ts';
import { makeTempDir } from './temp-dir.ts';
import { asInput, evaluateValue } from './workflow-expressions.ts';

const repoName = 'Codertocat/Hello-World';
const workflow = parse(readFileSync(join(import.meta.dirname, '../../.github/workflows/shopfloor-verify.yml'), 'utf8')) as {
  jobs: { verify: { if: string; steps: { name?: string; uses?: string; with?: Record<string, string> }[] } };
};

/**
 * One run of `shopfloor-verify.yml` as a runner would do it for `payload`: the job's `if:`, the head
 * checkout's `ref:` (cloned from origin with every branch, as `fetch-depth: 0` does), the Shopfloor step's
 * `with:` evaluated, and `dist/action.js` (freshly bundled) run with them. Returns the evaluated inputs,
 * the signed report and the `shopfloor/gates` check run the action created.
 */
export async function runVerifyWorkflow(bundle: string, signingKey: string, origin: string, eventName: string, payload: Payload) {
  const job = workflow.jobs.verify;
  const context = {
    github: { event: payload, event_name: eventName, repository: repoName, sha: payload.pull_request?.head.sha ?? payload.merge_group?.head_sha ?? payload.after, ref: payload.merge_group?.head_ref ?? (eventName === 'push' ? payload.ref : `refs/pull/${payload.number}/merge`), token: 'ghs_test' },
    secrets: { SHOPFLOOR_SIGNING_KEY: signingKey },
  };
  expect(evaluateValue(`\${{ ${job.if} }}`, context), 'the verify job runs for this event').toBe(true);
  const checkout = job.steps.find((step) => step.uses?.startsWith('actions/checkout@') && step.with?.path === 'work')!;
  const ref = asInput(evaluateValue(checkout.with!.ref!, context));
  const workspace = await makeTempDir('shopfloor-workspace-');
  execFileSync('git', ['clone', '-q', origin, join(workspace, 'work')]);
  execFileSync('git', ['checkout', '-q', '--detach', ref], { cwd: join(workspace, 'work') });
  const step = job.steps.find((s) => s.uses === './shopfloor-action')!;
  const inputs = Object.fromEntries(Object.entries(step.with!).map(([name, value]) => [name, asInput(evaluateValue(String(value), context))]));
  const state = createActionGitHubState();
  const server = await startGitHubServer([state.route]);
  try {
    const run = await runActionBundle(bundle, {
      workspace, inputs, apiUrl: server.url, event: payload,
      env: {
        GITHUB_EVENT_NAME: eventName, GITHUB_REPOSITORY: repoName, GITHUB_SHA: ref, GITHUB_HEAD_REF: payload.pull_request?.head.ref ?? '', GITHUB_BASE_REF: payload.pull_request?.base.ref ?? '',
        GITHUB_REF_NAME: String(context.github.ref).replace(/^refs\/heads\//, ''),
      },
    });
    expect(server.problems).toEqual([]);
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const check = state.checkRuns.find((r) => r.name === 'shopfloor/gates')!;
    const text = (check.output as { text: string }).text;
    const file = readReportEnvelope(text)!;
    return { inputs, check, file, report: JSON.parse(file) as VerificationReport };
  } finally {
    await server.close();
  }
}

