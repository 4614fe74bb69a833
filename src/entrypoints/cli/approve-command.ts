import { appendFile, lstat, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createGitCli } from '../../adapters/git/git-cli.ts';
import { notOwn } from '../../adapters/files/own-local-file.ts';
import type { ApprovalFact } from '../../core/merge/merge-facts.ts';
import { readLoopFacts } from '../../workflows/loop/read-loop-facts.ts';
import type { CliCommand } from './cli-command.ts';
import { ExitCode, UsageError } from './cli-io.ts';
import { repoRoot, withRepoOption } from './repo-option.ts';

/** Local approvals, one JSON line each: `{"workOrder","sha","user","permission","at"}`. */
export const approvalsFile = join('.shopfloor', 'approvals.jsonl');

const permissions = ['admin', 'maintain', 'write'] as const;

export const approveCommand: CliCommand = (program, io, done) => {
  withRepoOption(program.command('approve'))
    .description('approve a work order\'s agent branch at one SHA for `shopfloor run` (a later push voids it)')
    .argument('<work-order-id>', 'the work order whose agent branch you reviewed')
    .requiredOption('--sha <sha>', 'the agent branch commit you reviewed')
    .option('--user <name>', 'who approves (default: git config user.name)')
    .option('--permission <level>', 'admin | maintain | write (dangerous changes need admin)', 'write')
    .action(async (id: string, flags: { sha: string; user?: string; permission: string; repo?: string }) => {
      const root = repoRoot(flags, io);
      const git = createGitCli({ env: io.env });
      if (!(permissions as readonly string[]).includes(flags.permission)) throw new UsageError(`--permission must be admin, maintain or write, not "${flags.permission}"`);
      const sha = await git.revParse(root, flags.sha);
      if (!sha) throw new UsageError(`--sha "${flags.sha}" is not a commit in ${root}; pass the agent branch commit you reviewed`);
      const facts = await readLoopFacts(git, root, 'refs/heads/main');
      const branch = (facts.branches.get(id) ?? []).find((b) => b.sha === sha);
      if (!branch) throw new UsageError(`${sha.slice(0, 12)} is not the tip of an agent branch of "${id}" (agent/${id}/*); run \`git branch --list 'agent/${id}/*' -v\` and approve the tip you reviewed`);
      const user = flags.user ?? (await git.raw(root, ['config', 'user.name'])).stdout.trim();
      if (!user) throw new UsageError('say who approves: --user NAME (or set git config user.name)');
      await mkdir(join(root, '.shopfloor'), { recursive: true });
      const refused = await approvalsNotOwn(root);
      if (refused) throw new UsageError(`${join(root, approvalsFile)} is not yours to record approvals in: ${refused}. Remove it (git rm --cached if it is committed) and approve again`);
      await appendFile(join(root, approvalsFile), `${JSON.stringify({ workOrder: id, sha, user, permission: flags.permission, at: new Date().toISOString() })}\n`);
      io.stdout(`approved ${branch.branch} at ${sha.slice(0, 12)} as ${user} (${flags.permission}); the next \`shopfloor run\` counts it for merge candidates built from this commit\n`);
      done(ExitCode.ok);
    });
};

/**
 * Why the approvals file cannot be trusted, if it cannot: approvals count only from the user's own file
 * (untracked, regular, not writable by others); a repository that commits `.shopfloor/approvals.jsonl`
 * must not bring approvals along with it.
 */
async function approvalsNotOwn(root: string): Promise<string | undefined> {
  const path = join(root, approvalsFile);
  if (!(await lstat(path).catch(() => undefined))) return undefined;
  const tracked = (await createGitCli().raw(root, ['ls-files', '--', approvalsFile]).catch(() => ({ stdout: '' }))).stdout.trim() !== '';
  return notOwn(path, tracked, typeof process.getuid === 'function' ? process.getuid() : undefined, false);
}

/** The approvals recorded for a work order (malformed lines are skipped); none from a file that is not the user's own. */
export async function readApprovals(root: string, workOrderId: string): Promise<ApprovalFact[]> {
  if (await approvalsNotOwn(root)) return [];
  const text = await readFile(join(root, approvalsFile), 'utf8').catch(() => '');
  const approvals: ApprovalFact[] = [];
  for (const line of text.split('\n').filter(Boolean)) {
    try {
      const entry = JSON.parse(line) as { workOrder?: unknown; sha?: unknown; user?: unknown; permission?: unknown };
      if (entry.workOrder !== workOrderId || typeof entry.sha !== 'string' || typeof entry.user !== 'string' || !(permissions as readonly unknown[]).includes(entry.permission)) continue;
      approvals.push({ sha: entry.sha, user: entry.user, permission: entry.permission as ApprovalFact['permission'] });
    } catch {
      continue;
    }
  }
  return approvals;
}
