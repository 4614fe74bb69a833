import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { arch, availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createContentAddressedStore, defaultArtifactDir } from '../../adapters/artifacts/content-addressed-store.ts';
import { createNodeRepoFiles } from '../../adapters/files/node-repo-files.ts';
import { writeFileAtomic } from '../../adapters/files/write-file-atomic.ts';
import { createGitCli } from '../../adapters/git/git-cli.ts';
import { createNodeCommandLocator } from '../../adapters/process/node-command-locator.ts';
import { createJudgedRunner } from '../../adapters/process/create-judged-runner.ts';
import { createCratesRegistry } from '../../adapters/registry/crates-registry.ts';
import { createNpmRegistry } from '../../adapters/registry/npm-registry.ts';
import { createPypiRegistry } from '../../adapters/registry/pypi-registry.ts';
import { createEd25519Signer, SigningKeyError } from '../../adapters/signing/ed25519-keys.ts';
import { keyFiles, refusedKeyMessage } from '../../adapters/signing/own-key-files.ts';
import { renderProgress, type ProgressRow } from '../../core/gates/render-progress.ts';
import { renderReportTable } from '../../core/report/render-report-table.ts';
import { formatFinding } from '../../core/validation/finding.ts';
import type { ReportSigner } from '../../ports/report-signer.ts';
import { loadVerifyInputs } from '../../workflows/verify/load-verify-inputs.ts';
import { verifyChange } from '../../workflows/verify/verify-change.ts';
import { VerifyInputError, type GateProgress, type VerifyChangeOptions } from '../../workflows/verify/verify-types.ts';
import type { CliCommand } from './cli-command.ts';
import { ExitCode, UsageError, type CliIo } from './cli-io.ts';
import { repoRoot, withRepoOption } from './repo-option.ts';
import { refuseTrackedState } from './tracked-state.ts';
import { keysDir } from './write-signing-key.ts';
import { mergeBaseWithFirst } from '../../workflows/verify/merge-base-with.ts';

/** Where `--note` attaches reports (DESIGN.md: reports as notes under refs/notes/shopfloor). */
export const reportNotesRef = 'refs/notes/shopfloor';

interface VerifyOptions {
  repo?: string; workOrder?: string; gates?: string; json?: boolean; sign?: boolean; key?: string; base?: string; head?: string;
  clean?: boolean; concurrency?: string; updateGolden?: boolean; store?: string; keepRuns?: string; note?: boolean; out?: string;
}

export const verifyCommand: CliCommand = (program, io, done) => {
  withRepoOption(program.command('verify'))
    .description('run the gates of .github/shopfloor.yml (and a work order\'s acceptance commands) and write a VerificationReport')
    .option('--work-order <id>', 'verify against this work order: scope, acceptance commands, test-first')
    .option('--gates <ids>', 'run only these gates (comma-separated) and what they need')
    .option('--base <rev>', 'what the change is compared with (default: merge base with main/master)')
    .option('--head <rev>', 'the commit to verify in a clean worktree (default: your checkout, in place)')
    .option('--clean', 'run in a fresh worktree of HEAD instead of your checkout')
    .option('--sign', 'sign the report (key: --key, $SHOPFLOOR_SIGNING_KEY_FILE, or the one key in .shopfloor/keys/)')
    .option('--key <file>', 'the Ed25519 private key (PEM) to sign with; implies --sign')
    .option('--concurrency <n>', 'gates run at once (default: CPU count)')
    .option('--update-golden', 're-record the golden files of golden gates from this run')
    .option('--store <dir>', `artifact store (default: ${defaultArtifactDir})`)
    .option('--keep-runs <n>', 'runs kept in the store; older ones are pruned (default: 50)')
    .option('--out <file>', 'also write the report to this file')
    .option('--note', `attach the report to the commit as a git note under ${reportNotesRef}`)
    .option('--json', 'print the report as JSON; no progress display')
    .action(async (options: VerifyOptions) => {
      const root = repoRoot(options, io);
      const inputs = await loadVerifyInputs(createNodeRepoFiles(root), options.workOrder);
      if (!inputs.ok) {
        for (const finding of inputs.findings) io.stderr(`${formatFinding(finding)}\n`);
        throw new UsageError(inputs.message ?? `fix the ${inputs.findings.length} problem${inputs.findings.length === 1 ? '' : 's'} above, then rerun verify`);
      }
      const adapters = createVerifyAdapters(root);
      const { git } = adapters;
      await refuseTrackedState(git, root);
      const signer = options.sign || options.key ? await loadSigner(root, options.key, io) : undefined;
      const store = options.store ? createContentAddressedStore(resolve(root, options.store)) : adapters.store;
      const scratchDir = await mkdtemp(join(tmpdir(), 'shopfloor-verify-'));
      const cpus = availableParallelism();
      const display = createDisplay(io, !options.json && io.isTTY);
      try {
        const result = await verifyChange({
          repoDir: root, base: options.base ?? (await mergeBaseWithFirst(git, root, ['main', 'master', 'origin/main', 'origin/master'], options.head ?? 'HEAD')), head: options.head ?? 'HEAD',
          ...(inputs.workOrder ? { workOrder: inputs.workOrder } : {}),
          policy: inputs.policy, policyFile: inputs.policyFile, policyText: inputs.policyText,
          ...(options.gates ? { gates: options.gates.split(',').map((g) => g.trim()).filter(Boolean) } : {}),
          ...adapters, store, ...(signer ? { signer } : {}),
          clock: { now: () => Date.now() }, onProgress: display.onProgress, sourceEnv: io.env, scratchDir,
          runId: `${new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, 'Z')}-${randomBytes(3).toString('hex')}`,
          environment: { os: adapters.runner.platform, arch: arch(), node: process.version, runner: io.env.RUNNER_NAME ?? 'local', cpus },
          concurrency: options.concurrency ? positive(options.concurrency, '--concurrency') : cpus,
          inPlace: !options.head && !options.clean, updateGolden: Boolean(options.updateGolden), signal: io.signal,
          ...(options.note ? { noteRef: reportNotesRef } : {}),
        });
        display.stop();
        if (options.out) await writeFileAtomic(resolve(io.cwd, options.out), await readFile(result.reportPath, 'utf8'));
        await store.prune({ maxRuns: options.keepRuns ? positive(options.keepRuns, '--keep-runs') : 50, now: Date.now(), graceMs: 3_600_000 });
        if (options.json) io.stdout(`${JSON.stringify({ passed: result.passed, reportPath: result.reportPath, reportDigest: result.reportDigest, ...(result.attestationPath ? { attestationPath: result.attestationPath } : {}), report: result.report }, null, 2)}\n`);
        else {
          io.stdout(`\n${renderReportTable(result.report)}`);
          for (const gate of result.report.gates.filter((g) => g.logDigest && (g.status === 'fail' || g.status === 'error' || g.status === 'flaky'))) {
            io.stdout(`log of ${gate.id}: ${store.pathOf(gate.logDigest!)}\n`);
          }
          if (result.report.dirty) io.stdout('note: the checkout has uncommitted changes, so this report proves nothing about a commit; commit and rerun to get one that does\n');
          io.stdout(`report: ${result.reportPath}${result.report.signature ? ` (signed by ${result.report.signature.keyId})` : ' (unsigned; add --sign)'}\n`);
          if (result.attestationPath) io.stdout(`attestation: ${result.attestationPath} (in-toto Statement in a DSSE envelope)\n`);
        }
        done(result.passed ? ExitCode.ok : ExitCode.failed);
      } catch (error) {
        display.stop();
        if (error instanceof VerifyInputError) throw new UsageError(error.problems.join('\nshopfloor: '));
        throw error;
      } finally {
        await rm(scratchDir, { recursive: true, force: true });
      }
    });
};

/**
 * The real adapters `verifyChange` runs on, for every composition root that verifies (the `verify`
 * command, the local loop, canary and revert commands): git CLI, node processes, the repository's
 * artifact store, the npm, crates.io and PyPI registries with their on-disk caches, PATH lookup and files.
 * `stateDir` holds the store and the caches: the repository's own `.shopfloor/` locally, and a directory
 * outside the checkout where the checkout is what is being judged (the Action), so a pull request that
 * commits `.shopfloor/artifacts/cache/…` or `.shopfloor/cache/npm/…` cannot plant a cached pass or a
 * publish time.
 */
export function createVerifyAdapters(root: string, stateDir = resolve(root, dirname(defaultArtifactDir))): Pick<VerifyChangeOptions, 'git' | 'runner' | 'store' | 'registry' | 'locator' | 'filesAt'> {
  return {
    git: createGitCli(),
    runner: createJudgedRunner(),
    store: createContentAddressedStore(resolve(stateDir, 'artifacts')),
    registry: {
      npm: createNpmRegistry({ cacheDir: join(stateDir, 'cache', 'npm') }),
      cargo: createCratesRegistry({ cacheDir: join(stateDir, 'cache', 'crates') }),
      pypi: createPypiRegistry({ cacheDir: join(stateDir, 'cache', 'pypi') }),
    },
    locator: createNodeCommandLocator(),
    filesAt: (dir) => createNodeRepoFiles(dir),
  };
}

function positive(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`${flag} must be a whole number of at least 1, not "${text}"`);
  return value;
}

async function loadSigner(root: string, keyFile: string | undefined, io: CliIo): Promise<ReportSigner> {
  let path = keyFile ? resolve(io.cwd, keyFile) : io.env.SHOPFLOOR_SIGNING_KEY_FILE;
  if (!path) {
    const keys = await keyFiles(root, createGitCli({ env: io.env }));
    const refused = keys.find((file) => !file.own);
    if (refused && !refused.own) throw new UsageError(refusedKeyMessage(refused));
    if (keys.length !== 1) throw new UsageError(keys.length === 0 ? 'no signing key: run `shopfloor report keygen` or pass --key FILE' : `${keys.length} keys in ${keysDir(root)}; choose one with --key`);
    path = keys[0]!.path;
  }
  const pem = await readFile(path, 'utf8').catch(() => undefined);
  if (pem === undefined) throw new UsageError(`cannot read the signing key ${path}; check the path or run \`shopfloor report keygen\``);
  try {
    return createEd25519Signer(pem);
  } catch (error) {
    if (error instanceof SigningKeyError) throw new UsageError(`${path}: ${error.message}`);
    throw error;
  }
}

/** Live per-gate lines on a TTY (redrawn in place); on a pipe or with --json, nothing until the end. */
function createDisplay(io: CliIo, live: boolean): { onProgress: (event: GateProgress) => void; stop: () => void } {
  const rows = new Map<string, ProgressRow>();
  let drawn = 0;
  const draw = () => {
    const lines = renderProgress([...rows.values()], Date.now());
    io.stdout(`${drawn > 0 ? `\u001b[${drawn}F` : ''}${lines.map((line) => `\u001b[2K${line}`).join('\n')}\n`);
    drawn = lines.length;
  };
  const timer = live ? setInterval(draw, 250) : undefined;
  timer?.unref();
  return {
    onProgress: (event) => {
      if (event.type === 'planned') for (const gate of event.gates) rows.set(gate.id, { id: gate.id });
      else if (event.type === 'started') rows.set(event.id, { id: event.id, startedAt: Date.now(), attempt: 1 });
      else if (event.type === 'retrying') rows.set(event.id, { ...rows.get(event.id)!, attempt: event.attempt });
      else rows.set(event.result.id, { ...rows.get(event.result.id)!, result: event.result });
      if (live) draw();
    },
    stop: () => {
      if (timer) clearInterval(timer);
      if (live && rows.size > 0) draw();
    },
  };
}
