// The cost of the box: sandbox start time (bubblewrap vs a plain spawn), the sample project's unit gate
// boxed vs unboxed, and a whole verification (work copy clone + gates + report) boxed vs unboxed.
// Goal: the gate under 1.2× unboxed. Boxed and unboxed run alternately, round by round, and the figures
// are medians (of the times, and of each round's ratio): this machine is shared and its load drifts.
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
import { pairedMedians, type BenchFigure } from './bench-figure.ts';

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
    const starts = await pairedMedians(21, start(plain), start(boxed));
    const gate = (runner: ProcessRunner) => () => runner.run({ script: 'node --test test/', shell: 'bash', cwd: copy.dir, env, box: copy.box });
    const gates = await pairedMedians(9, gate(plain), gate(boxed));

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
    const verifies = await pairedMedians(5, verify(plain), verify(boxed));
    await copy.close();
    return [
      { name: 'sandbox start (true)', value: `${starts.b.toFixed(1)} ms boxed vs ${starts.a.toFixed(1)} ms plain`, note: `+${(starts.b - starts.a).toFixed(1)} ms per command (medians of 21 pairs), bubblewrap ${probe.version}` },
      { name: 'unit gate (node --test, sample project)', value: `${gates.ratio.toFixed(2)}×`, note: `median of 9 side-by-side pairs; ${gates.b.toFixed(0)} ms boxed vs ${gates.a.toFixed(0)} ms unboxed (medians); goal under 1.2×` },
      { name: 'whole verification (clone + gates + report)', value: `${verifies.ratio.toFixed(2)}×`, note: `median of 5 pairs; ${verifies.b.toFixed(0)} ms boxed vs ${verifies.a.toFixed(0)} ms unboxed` },
    ];
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

const unreachable = { publishTime: async () => ({ kind: 'unreachable' as const, reason: 'bench' }), releases: async () => ({ kind: 'unreachable' as const, reason: 'bench' }) };
