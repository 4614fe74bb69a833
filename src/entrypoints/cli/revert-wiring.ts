import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createNodeRepoFiles } from '../../adapters/files/node-repo-files.ts';
import { createJudgedRunner } from '../../adapters/process/create-judged-runner.ts';
import { createNodeScratchSpace } from '../../adapters/scratch/node-scratch-space.ts';
import { policyPath } from '../../core/policy/check-policy-file.ts';
import type { Policy } from '../../core/policy/policy-schema.ts';
import type { Git } from '../../ports/git.ts';
import { gateBoxSettings } from '../../workflows/work-copy/open-work-copy.ts';
import { runCanary } from '../../workflows/canary/run-canary.ts';
import { createVerifyGateVerifier } from '../../workflows/loop/verify-gate-verifier.ts';
import { runRevert, type RevertRequest, type RevertRun } from '../../workflows/revert/run-revert.ts';
import { UsageError, type CliIo } from './cli-io.ts';
import { loopVerifyBase } from './loop-wiring.ts';
import { reportNotesRef } from './verify-command.ts';

/**
 * `runRevert` as the CLI and the action run it: the full verify (gate DAG, built-ins, signed report noted
 * on the revert) as for any merge, and a trial canary, both in scratch worktrees under `tempRoot`, never
 * in the checkout. The scratch directory is removed afterwards.
 */
export async function revertWithLocalGates(root: string, io: CliIo, git: Git, policy: Policy, request: RevertRequest, tempRoot: string): Promise<RevertRun> {
  const runner = createJudgedRunner();
  const scratch = createNodeScratchSpace();
  const scratchDir = await mkdtemp(join(tempRoot, 'shopfloor-revert-'));
  // No policy file means the built-in defaults, which verify reads as empty text.
  const policyText = await readFile(join(root, policyPath), 'utf8').catch(() => '');
  const canary = policy.canary;
  // The trial canary runs the reverted tree's code: boxed, or not at all (verify refuses to sign the same way).
  const box = gateBoxSettings(runner.isolation, policy.isolation);
  if (!box.ok) throw new UsageError(box.message);
  const settings = box.settings;
  return runRevert(request, {
    git, scratch, filesAt: createNodeRepoFiles,
    gates: createVerifyGateVerifier({ verify: await loopVerifyBase(root, io, 1), policy, policyText, scratchDir, runId: () => `revert-${Date.now()}-${randomBytes(3).toString('hex')}`, noteRef: reportNotesRef, signal: io.signal }),
    ...(canary ? { trialCanary: async (rev: string) => (await runCanary({ repoDir: root, box: settings, rev, policy: canary, env: io.env, policyEnv: policy.env ?? [], now: () => new Date(), signal: io.signal, record: false }, { git, runner, scratch })).verdict.verdict } : {}),
  }).finally(() => rm(scratchDir, { recursive: true, force: true }));
}
