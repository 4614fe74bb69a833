import { parseMergeTrailers } from '../../core/loop/merge-message.ts';
import { readFolded } from '../../workflows/loop/folded-notes.ts';
import { renderAgentSpend } from '../../core/report/render-agent-spend.ts';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { createContentAddressedStore, defaultArtifactDir } from '../../adapters/artifacts/content-addressed-store.ts';
import { ed25519Verifier } from '../../adapters/signing/ed25519-keys.ts';
import { parseDuration } from '../../core/duration.ts';
import { checkPolicyFile, policyPath } from '../../core/policy/check-policy-file.ts';
import { isFullSha, type CommitFacts } from '../../core/report/match-report-commit.ts';
import { parseReport } from '../../core/report/parse-report.ts';
import { createGitCli } from '../../adapters/git/git-cli.ts';
import { renderCheckRun } from '../../core/report/render-check-run.ts';
import { renderReportTable } from '../../core/report/render-report-table.ts';
import { isolationModes, unboxedReason, type BoxMode } from '../../core/report/unboxed-reason.ts';
import type { TrustedKey } from '../../workflows/verify/check-report.ts';
import { checkSignedFile, signedFileKind, unverifiedHead } from '../../workflows/verify/check-signed-file.ts';
import { localTrustedKeys } from './local-trusted-keys.ts';
import type { CliCommand } from './cli-command.ts';
import { ExitCode, UsageError, type CliIo } from './cli-io.ts';
import { repoRoot, withRepoOption } from './repo-option.ts';
import { writeSigningKey } from './write-signing-key.ts';

export const reportCommand: CliCommand = (program, io, done) => {
  const report = program.command('report').description('check, show and sign VerificationReports');

  withRepoOption(report.command('verify'))
    .description('check a report\'s signature and say which commit and work order it proves (exit 1 when it does not hold)')
    .argument('[report]', 'the report file (JSON), or its in-toto attestation (DSSE envelope, .intoto.jsonl); without it, --sha finds the report in the notes (refs/notes/shopfloor)')
    .option('--key <pubkey>', 'trust this public key (file or base64 SPKI/PEM) instead of the policy\'s signers and the local loop key')
    .option('--sha <commit>', 'fail unless the report proves this commit (a full SHA or a ref such as HEAD): its head, or a commit with the same tree and parents')
    .option('--policy <file>', 'fail unless the report ran under this policy file (its policyDigest)')
    .option('--require-isolation [mode]', 'fail unless the gates ran in a sandbox (the report\'s isolation is not `none`); name one (bubblewrap or windows-job) to require that one')
    .option('--json', 'print the outcome as JSON')
    .action(async (file: string | undefined, options: { key?: string; sha?: string; policy?: string; requireIsolation?: boolean | string; json?: boolean; repo?: string }) => {
      const requiredBox = requiredIsolation(options.requireIsolation);
      const root = repoRoot(options, io);
      if (file === undefined && options.sha === undefined) throw new UsageError('name a report file, or pass --sha <commit> to check the report noted on that commit');
      const commit = options.sha === undefined ? undefined : await commitFacts(root, options.sha, io);
      const source = file ?? `${notesRef} of ${commit!.sha.slice(0, 12)}`;
      const text = file !== undefined ? await readReport(io, file) : await notedReport(root, commit!.sha, io);
      // Without --key: the policy's signers, and this checkout's own local loop keys (what `shopfloor run` signs with).
      const { keys: local, refused } = options.key ? { keys: [], refused: [] } : await localTrustedKeys(root, io.env);
      for (const file of refused) io.stderr(`note: not trusting ${file.path}: ${file.why}\n`);
      const trusted = options.key ? [await keyFromOption(io, options.key)] : [...(await policySigners(root)), ...local];
      const policyDigest = options.policy === undefined ? undefined : sha256Digest(await readFile(resolve(io.cwd, options.policy)).catch(() => { throw new UsageError(`cannot read the policy "${options.policy}"; check the path`); }));
      const signedHead = commit ? await headFacts(root, text, io) : undefined;
      const checked = checkSignedFile(text, source, trusted, ed25519Verifier, { ...(commit ? { commit } : {}), ...(signedHead ? { signedHead } : {}), ...(policyDigest ? { policyDigest } : {}) });
      const unboxed = checked.ok && options.requireIsolation ? unboxedReason(checked.report, requiredBox) : undefined;
      const result = unboxed ? { ok: false as const, reasons: [unboxed] } : checked;
      if (options.json) {
        io.stdout(`${JSON.stringify(result.ok ? { ok: true, keyId: result.keyId, head: result.report.head, tree: result.report.tree, base: result.report.base, workOrder: result.report.workOrder, verdict: result.report.verdict, ...(commit ? { commit: commit.sha, matched: result.matched } : {}), policyChecked: policyDigest !== undefined } : { ok: false, reasons: result.reasons }, null, 2)}\n`);
      } else if (result.ok) {
        const r = result.report;
        if (result.matched === 'same-tree-and-parents') io.stdout(`✓ ${commit!.sha} has the tree and parents of the verified head ${r.head}; the report holds for it\n`);
        io.stdout(`✓ ${source}${signedFileKind(text) === 'attestation' ? ' (in-toto attestation, DSSE)' : ''} is signed by ${result.keyId}${local.some((key) => key.keyId === result.keyId) ? ' (this checkout\'s local loop key, .shopfloor/keys)' : ''}\n  proves head ${r.head} (tree ${r.tree}) against base ${r.base}\n  work order: ${r.workOrder ? `${r.workOrder.id} (${r.workOrder.contentHash})` : 'none'}\n  verdict: ${r.verdict.passed ? 'passed' : `failed: ${r.verdict.reasons.join('; ')}`}${r.verdict.complete ? '' : ' (only selected gates ran)'}\n  policy: ${policyDigest ? `the report ran under ${options.policy}` : `not checked (pass --policy FILE to check ${r.policyDigest.slice(0, 19)}…)`}${r.agents?.length ? `\n  agent spend (signed): ${renderAgentSpend(r.agents).join('; ')}` : ''}${r.dirty ? '\n  warning: the gates ran on uncommitted changes' : ''}\n`);
      } else {
        for (const reason of result.reasons) io.stdout(`✗ ${reason}\n`);
      }
      done(result.ok ? ExitCode.ok : ExitCode.failed);
    });

  report.command('show')
    .description('print a report as a table, as Markdown for a job summary, or as check-run output')
    .argument('<report>', 'the report file (JSON)')
    .option('--format <format>', 'table | markdown | check-run', 'table')
    .action(async (file: string, options: { format: string }) => {
      const parsed = parseReport(await readReport(io, file), file);
      if (!parsed.ok) throw new UsageError(parsed.errors.join('\n'));
      if (options.format === 'table') io.stdout(renderReportTable(parsed.value));
      else if (options.format === 'markdown') io.stdout(renderReportTable(parsed.value, { markdown: true }));
      else if (options.format === 'check-run') io.stdout(`${JSON.stringify(renderCheckRun(parsed.value), null, 2)}\n`);
      else throw new UsageError(`--format must be table, markdown or check-run, not "${options.format}"`);
      done(ExitCode.ok);
    });

  withRepoOption(report.command('keygen'))
    .description('create an Ed25519 signing key in .shopfloor/keys/ (gitignored) and print the public key for the policy\'s signers')
    .option('--json', 'print keyId and public key as JSON')
    .action(async (options: { json?: boolean; repo?: string }) => {
      const key = await writeSigningKey(repoRoot(options, io));
      const path = key.path;
      if (options.json) io.stdout(`${JSON.stringify({ keyId: key.keyId, publicKey: key.publicKey, privateKeyFile: path }, null, 2)}\n`);
      else io.stdout(`private key: ${relative(io.cwd, path) || path} (keep it secret; .shopfloor/ is gitignored)\n\nTrust it by adding this to ${policyPath}:\n\nsigners:\n  - keyId: ${key.keyId}\n    publicKey: ${key.publicKey}\n`);
      done(ExitCode.ok);
    });

  withRepoOption(report.command('prune'))
    .description('delete old runs and unreferenced logs from the artifact store')
    .option('--keep <n>', 'runs to keep (newest first)')
    .option('--max-age <duration>', 'delete runs older than this, e.g. 30d')
    .option('--store <dir>', `artifact store (default: ${defaultArtifactDir})`)
    .action(async (options: { keep?: string; maxAge?: string; store?: string; repo?: string }) => {
      const maxAgeMs = options.maxAge === undefined ? undefined : parseDuration(options.maxAge);
      if (options.maxAge !== undefined && maxAgeMs === undefined) throw new UsageError(`--max-age "${options.maxAge}" is not a duration; write it like "30d" or "12h"`);
      const keep = options.keep === undefined ? undefined : Number(options.keep);
      if (keep !== undefined && (!Number.isInteger(keep) || keep < 0)) throw new UsageError(`--keep must be a whole number, not "${options.keep}"`);
      const store = createContentAddressedStore(resolve(repoRoot(options, io), options.store ?? defaultArtifactDir));
      const pruned = await store.prune({ ...(keep !== undefined ? { maxRuns: keep } : {}), ...(maxAgeMs !== undefined ? { maxAgeMs } : {}), now: Date.now(), graceMs: 3_600_000 });
      io.stdout(`removed ${pruned.removedRuns} run(s) and ${pruned.removedBlobs} artifact(s)\n`);
      done(ExitCode.ok);
    });
};

async function readReport(io: CliIo, file: string): Promise<string> {
  const text = await readFile(resolve(io.cwd, file), 'utf8').catch(() => undefined);
  if (text === undefined) throw new UsageError(`cannot read the report "${file}"; check the path`);
  return text;
}

const notesRef = 'refs/notes/shopfloor';

/**
 * The commit `--sha` names, resolved in the repository: a full SHA or a ref (HEAD, main). A short prefix
 * is refused even when git could expand it (a report proves one commit, named in full), and so is
 * anything that is not a commit (a tree SHA).
 */
async function commitFacts(root: string, value: string, io: CliIo): Promise<CommitFacts> {
  if (/^[0-9a-f]{1,63}$/i.test(value) && !isFullSha(value.toLowerCase())) throw new UsageError(`--sha "${value}" is a short prefix; give the full 40-digit commit SHA (git rev-parse ${value}) or a ref such as HEAD`);
  const git = createGitCli({ env: io.env });
  const shown = await git.raw(root, ['rev-parse', '--verify', '-q', '--end-of-options', `${value}^{commit}`]);
  if (shown.exitCode !== 0) {
    const kind = (await git.raw(root, ['cat-file', '-t', '--end-of-options', value])).stdout.trim();
    throw new UsageError(kind ? `--sha "${value}" is a ${kind}, not a commit; a report proves a commit` : `--sha "${value}" is not a commit in ${root}; pass a full commit SHA or a ref, and --repo for another repository`);
  }
  return (await readCommit(root, shown.stdout.trim(), io))!;
}

async function readCommit(root: string, sha: string, io: CliIo): Promise<CommitFacts | undefined> {
  const shown = await createGitCli({ env: io.env }).raw(root, ['show', '-s', '--format=%H%n%T%n%P', '--end-of-options', sha]);
  if (shown.exitCode !== 0) return undefined;
  const [commit = '', tree = '', parents = ''] = shown.stdout.split('\n');
  return { sha: commit, tree, parents: parents.split(' ').filter(Boolean) };
}

/** The report's own head commit, as this repository has it (to compare parents), when it has it. */
async function headFacts(root: string, text: string, io: CliIo): Promise<CommitFacts | undefined> {
  const head = unverifiedHead(text);
  return head ? readCommit(root, head, io) : undefined;
}

async function notedReport(root: string, sha: string, io: CliIo): Promise<string> {
  const git = createGitCli({ env: io.env });
  const text = await git.notesShow(root, notesRef, sha);
  const folded = text === undefined ? await readFolded(git, root, sha) : undefined;
  if (folded) throw new UsageError(`${sha} has no report of its own: the merge train landed it folded into the car ${folded.landedIn}, moving main straight past it; that car's signed report (${folded.reportDigest.slice(0, 19)}…) proves its tree, which contains this commit. Check it with: shopfloor report verify --sha ${folded.landedIn}`);
  if (text === undefined) {
    // A commit Shopfloor never made (no Work-Order or Reverts trailer) has no report to fetch: say that, not "fetch the notes".
    const message = (await git.raw(root, ['show', '-s', '--format=%B', '--end-of-options', sha])).stdout;
    const trailers = parseMergeTrailers(message);
    if (!trailers.workOrder && !trailers.reverts) throw new UsageError(`${sha} has no report: it is not a commit Shopfloor landed (no Work-Order or Reverts trailer), so nothing signed speaks for it; if it reached main outside the loop, verify it with shopfloor verify --sign, or revert it`);
    throw new UsageError(`no report is noted on ${sha} in ${notesRef}; pass the report file, or fetch the notes (git fetch origin ${notesRef}:${notesRef})`);
  }
  return text;
}

function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

async function keyFromOption(io: CliIo, value: string): Promise<TrustedKey> {
  const path = resolve(io.cwd, value);
  const text = (await stat(path).then((s) => s.isFile(), () => false)) ? await readFile(path, 'utf8') : value;
  const keyId = ed25519Verifier.keyIdOf(text);
  if (!keyId) throw new UsageError(`--key is neither a readable file nor an Ed25519 public key (PEM or base64 SPKI): "${value.slice(0, 60)}"`);
  return { keyId, publicKey: text };
}

async function policySigners(root: string): Promise<TrustedKey[]> {
  const text = await readFile(join(root, policyPath), 'utf8').catch(() => undefined);
  if (text === undefined) return [];
  const { policy, findings } = checkPolicyFile(text, policyPath);
  if (!policy) throw new UsageError(`${policyPath} has errors (run \`shopfloor validate\`), so its signers cannot be trusted: ${findings[0]?.message ?? ''}`);
  return [...(policy.signers ?? [])];
}

/** `--require-isolation` alone (any box) or naming one box; anything else is a usage error. */
function requiredIsolation(value: boolean | string | undefined): BoxMode | undefined {
  if (value === undefined || value === true || value === false) return undefined;
  const known = isolationModes.find((mode) => mode === value);
  if (!known) throw new UsageError(`--require-isolation takes no value or one of ${isolationModes.join(', ')}, not "${value}" (name the report file before the option)`);
  return known;
}
