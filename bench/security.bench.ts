// The cost of the box: sandbox start time (bubblewrap vs a plain spawn), the sample project's unit gate
// boxed vs unboxed, and a whole verification (work copy clone + gates + report) boxed vs unboxed.
// Goal: the gate under 1.2× unboxed. Fastest of several runs, side by side in one process.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContentAddressedStore } from '../src/adapters/artifacts/content-addressed-store.ts';
import { createNodeRepoFiles } from '../src/adapters/files/node-repo-files.ts';
import { createGitCli } from '../src/adapters/git/git-cli.ts';
import { createBubblewrapRunner } from '../src/adapters/process/bubblewrap-runner.ts';
import { probeBubblewrap } from '../src/adapters/process/create-judged-runner.ts';
import { createNodeCommandLocator } from '../src/adapters/process/node-command-locator.ts';
import { createNodeProcessRunner } from '../src/adapters/process/node-process-runner.ts';
import { checkPolicyFile } from '../src/core/policy/check-policy-file.ts';
import type { ProcessRunner } from '../src/ports/process-runner.ts';
import { verifyChange } from '../src/workflows/verify/verify-change.ts';
import { openWorkCopy } from '../src/workflows/work-copy/open-work-copy.ts';
import { fastestMs, type BenchFigure } from './bench-figure.ts';

export const title = 'Security: the cost of the sandbox';

const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tmpdir() };

export async function run(): Promise<BenchFigure[]> {
  const probe = probeBubblewrap();
  if (!probe.ok) return [{ name: 'sandbox', value: 'unavailable', note: probe.detail }];
  const plain = createNodeProcessRunner('linux');
  const boxed = createBubblewrapRunner({ bwrap: probe.bwrap, version: probe.version });
  const scratch = await mkdtemp(join(tmpdir(), 'shopfloor-bench-security-'));
  try {
    const repo = join(scratch, 'repo');
    await cp(join(import.meta.dirname, '..', 'examples', 'sample-project'), repo, { recursive: true });
    const git = createGitCli();
    await git.init(repo, { initialBranch: 'main' });
    await git.addAll(repo);
    await git.commit(repo, 'sample');
    const copy = await openWorkCopy(git, repo, join(scratch, 'copy'), 'HEAD');

    const start = (runner: ProcessRunner) => () => runner.run({ argv: ['true'], cwd: copy.dir, env, box: copy.box });
    const startPlain = await fastestMs(20, start(plain));
    const startBoxed = await fastestMs(20, start(boxed));
    const gate = (runner: ProcessRunner) => () => runner.run({ script: 'node --test test/', shell: 'bash', cwd: copy.dir, env, box: copy.box });
    const gatePlain = await fastestMs(5, gate(plain));
    const gateBoxed = await fastestMs(5, gate(boxed));

    const policyText = (await createNodeRepoFiles(repo).read('.github/shopfloor.yml'))!;
    const policy = checkPolicyFile(policyText).policy!;
    let counter = 0;
    const verify = (runner: ProcessRunner) => () =>
      verifyChange({
        repoDir: repo, base: 'HEAD', head: 'HEAD', policy, policyFile: '.github/shopfloor.yml', policyText, runner, git,
        store: createContentAddressedStore(join(scratch, 'store')), registry: { npm: unreachable, cargo: unreachable, pypi: unreachable },
        locator: createNodeCommandLocator(), filesAt: createNodeRepoFiles, clock: { now: () => Date.now() }, sourceEnv: env,
        scratchDir: scratch, runId: `bench-${++counter}`, environment: { os: 'linux', arch: process.arch, node: process.version, runner: 'bench', cpus: 2 },
      });
    const verifyPlain = await fastestMs(3, verify(plain));
    const verifyBoxed = await fastestMs(3, verify(boxed));
    await copy.close();
    return [
      { name: 'sandbox start (true)', value: `${startBoxed.toFixed(1)} ms boxed vs ${startPlain.toFixed(1)} ms plain`, note: `+${(startBoxed - startPlain).toFixed(1)} ms per command, bubblewrap ${probe.version}` },
      { name: 'unit gate (node --test, sample project)', value: `${(gateBoxed / gatePlain).toFixed(2)}×`, note: `${gateBoxed.toFixed(0)} ms boxed vs ${gatePlain.toFixed(0)} ms unboxed; goal under 1.2×` },
      { name: 'whole verification (clone + gates + report)', value: `${(verifyBoxed / verifyPlain).toFixed(2)}×`, note: `${verifyBoxed.toFixed(0)} ms boxed vs ${verifyPlain.toFixed(0)} ms unboxed` },
    ];
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

const unreachable = { publishTime: async () => ({ kind: 'unreachable' as const, reason: 'bench' }) };
