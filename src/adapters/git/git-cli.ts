import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { logFormat, parseLog, parseRawDiff } from '../../core/git/parse-git-output.ts';
import { GitError, type Git, type GitApplyResult } from '../../ports/git.ts';

export interface GitCliOptions {
  /** Identity for commits Shopfloor makes when the repository has none configured. */
  readonly identity?: { readonly name: string; readonly email: string };
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Run every command as `git --git-dir=<gitDir> --work-tree=<dir>` (see `Git.withGitDir`). */
  readonly gitDir?: string;
  /** The empty hooks directory to use (default: a fresh private one, removed when the process exits). */
  readonly hooksDir?: string;
}

type RunResult = { exitCode: number; stdout: string; stderr: string };

/** The Git port over the git CLI: argv only, never a shell; revisions are checked, paths follow `--`. */
export function createGitCli(options: GitCliOptions = {}): Git {
  const identity = options.identity ?? { name: 'Shopfloor', email: 'shopfloor@localhost' };
  const baseEnv = cleanGitEnv(options.env ?? process.env, identity);
  // An agent that can write into .git (an external agent CLI in a worktree) could plant hooks or an
  // fsmonitor command that our own later git calls would run; never run either.
  const hooks = options.hooksDir ?? emptyHooksDirectory();
  const hardening = ['-c', 'core.fsmonitor=false', '-c', `core.hooksPath=${hooks}`, '-c', 'protocol.ext.allow=never'];
  // Byte-exact checkouts whatever the runner's global config says (Git for Windows turns autocrlf on):
  // line endings come from the repository's .gitattributes only, so diffs, patches and hashes match on
  // every platform. Long paths let Windows check out trees deeper than 260 characters.
  const portable = ['-c', 'core.autocrlf=false', '-c', 'core.longpaths=true'];
  const run = (dir: string, args: readonly string[], input?: string): Promise<RunResult> =>
    new Promise((resolve, reject) => {
      const location = options.gitDir ? [`--git-dir=${options.gitDir}`, `--work-tree=${dir}`] : [];
      const child = execFile('git', [...location, '-c', 'core.quotepath=off', ...hardening, ...portable, ...args], { cwd: dir, env: baseEnv, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
        if (error && typeof (error as NodeJS.ErrnoException).code === 'string') {
          reject(new GitError(`git could not run (${(error as NodeJS.ErrnoException).code}); install git and put it on PATH`, args, String(stderr), { cause: error }));
          return;
        }
        resolve({ exitCode: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      });
      if (input !== undefined) child.stdin?.end(input);
    });
  const ok = async (dir: string, args: readonly string[], input?: string): Promise<string> => {
    const result = await run(dir, args, input);
    if (result.exitCode !== 0) throw new GitError(`git ${args[0]} failed in ${dir}: ${result.stderr.trim() || result.stdout.trim()}`, args, result.stderr);
    return result.stdout;
  };
  const rev = (value: string) => {
    if (value.startsWith('-') || /[\s\0]/.test(value)) throw new GitError(`refusing the revision "${value}": it is not a plain revision`, [], '');
    return value;
  };
  const conflicted = async (dir: string) => (await ok(dir, ['diff', '--name-only', '--diff-filter=U', '-z'])).split('\0').filter(Boolean);

  return {
    init: async (dir, init) => {
      await mkdir(dir, { recursive: true });
      await ok(dir, ['init', '-q', `--initial-branch=${init?.initialBranch ?? 'main'}`]);
    },
    revParse: async (dir, value) => {
      const result = await run(dir, ['rev-parse', '--verify', '-q', `${rev(value)}^{commit}`]);
      return result.exitCode === 0 ? result.stdout.trim() : undefined;
    },
    treeOf: async (dir, value) => (await ok(dir, ['rev-parse', '--verify', `${rev(value)}^{tree}`])).trim(),
    isAncestor: async (dir, ancestor, descendant) => (await run(dir, ['merge-base', '--is-ancestor', rev(ancestor), rev(descendant)])).exitCode === 0,
    currentBranch: async (dir) => {
      const result = await run(dir, ['symbolic-ref', '-q', '--short', 'HEAD']);
      return result.exitCode === 0 ? result.stdout.trim() : undefined;
    },
    status: async (dir) => (await ok(dir, ['status', '--porcelain=v1', '-z', '--untracked-files=all'])).split('\0').filter(Boolean),
    log: async (dir, range) => {
      const spec = range.from ? `${rev(range.from)}..${rev(range.to)}` : rev(range.to);
      const args = ['log', `--format=${logFormat}`, '--reverse', ...(range.firstParent ? ['--first-parent'] : []), ...(range.max ? [`--max-count=${range.max}`] : []), spec, '--'];
      return parseLog(await ok(dir, args));
    },
    diff: async (dir, base, head) => parseRawDiff(await ok(dir, ['diff', '--raw', '-z', '-M', '--no-abbrev', '--no-ext-diff', rev(base), ...(head ? [rev(head)] : []), '--'])),
    show: async (dir, value, path) => {
      const result = await run(dir, ['show', `${rev(value)}:${path}`]);
      return result.exitCode === 0 ? result.stdout : undefined;
    },
    addAll: async (dir, paths) => void (await ok(dir, ['add', '-A', '--', ...(paths ?? ['.'])])),
    commit: async (dir, message, commit) => {
      const args = ['commit', '-q', '--no-verify', '-F', '-', ...(commit?.allowEmpty ? ['--allow-empty'] : []), ...(commit?.author ? [`--author=${commit.author}`] : []), ...(commit?.date ? [`--date=${commit.date}`] : [])];
      await ok(dir, args, message);
      return (await ok(dir, ['rev-parse', 'HEAD'])).trim();
    },
    createBranch: async (dir, name, startPoint) => void (await ok(dir, ['branch', '--', rev(name), rev(startPoint)])),
    checkout: async (dir, value) => void (await ok(dir, ['checkout', '-q', rev(value), '--'])),
    worktreeAdd: async (dir, path, value, add) => {
      const args = ['worktree', 'add', '-q', ...(add?.branch ? ['-b', rev(add.branch)] : []), ...(add?.detach ? ['--detach'] : []), '--', path, rev(value)];
      await ok(dir, args);
    },
    worktreeRemove: async (dir, path) => {
      await run(dir, ['worktree', 'remove', '--force', '--', path]);
      await run(dir, ['worktree', 'prune']);
    },
    merge: async (dir, value, message, merge): Promise<GitApplyResult> => {
      const result = await run(dir, ['merge', '-q', ...(merge?.noFastForward === false ? [] : ['--no-ff']), '--no-verify', '-m', message, rev(value)]);
      if (result.exitCode === 0) return { ok: true, sha: (await ok(dir, ['rev-parse', 'HEAD'])).trim() };
      const conflicts = await conflicted(dir);
      await run(dir, ['merge', '--abort']);
      return { ok: false, conflicts, message: result.stderr.trim() || result.stdout.trim() };
    },
    revert: async (dir, sha, revert): Promise<GitApplyResult> => {
      const args = ['revert', '--no-edit', ...(revert?.mainline ? ['-m', String(revert.mainline)] : []), rev(sha)];
      const result = await run(dir, args);
      if (result.exitCode !== 0) {
        const conflicts = await conflicted(dir);
        await run(dir, ['revert', '--abort']);
        return { ok: false, conflicts, message: result.stderr.trim() || result.stdout.trim() };
      }
      if (revert?.message) await ok(dir, ['commit', '-q', '--amend', '--no-verify', '-F', '-'], revert.message);
      return { ok: true, sha: (await ok(dir, ['rev-parse', 'HEAD'])).trim() };
    },
    updateRef: async (dir, ref, newSha, expectedOld) => {
      const result = await run(dir, ['update-ref', rev(ref), rev(newSha), ...(expectedOld !== undefined ? [expectedOld === '' ? '0'.repeat(40) : rev(expectedOld)] : [])]);
      return result.exitCode === 0;
    },
    deleteRef: async (dir, ref) => void (await run(dir, ['update-ref', '-d', rev(ref)])),
    updateRefs: async (dir, updates) => {
      const zero = '0'.repeat(40);
      const lines = updates.map((u) => `update ${rev(u.ref)} ${rev(u.newSha)} ${u.expectedOld === '' ? zero : rev(u.expectedOld)}`);
      return (await run(dir, ['update-ref', '--stdin'], ['start', ...lines, 'prepare', 'commit', ''].join('\n'))).exitCode === 0;
    },
    notesAdd: async (dir, ref, sha, text) => void (await ok(dir, ['notes', `--ref=${rev(ref)}`, 'add', '-f', '-F', '-', rev(sha)], text)),
    notesShow: async (dir, ref, sha) => {
      const result = await run(dir, ['notes', `--ref=${rev(ref)}`, 'show', rev(sha)]);
      return result.exitCode === 0 ? result.stdout : undefined;
    },
    remotes: async (dir) => (await ok(dir, ['remote'])).split('\n').filter(Boolean),
    push: async (dir, remote, refspecs) => void (await ok(dir, ['push', '--porcelain', rev(remote), ...refspecs.map(rev)])),
    formatPatch: async (dir, range, outputDir) => (await ok(dir, ['format-patch', '-q', '-o', outputDir, rev(range)])).split('\n').filter(Boolean),
    lsFiles: async (dir) => (await ok(dir, ['ls-files', '-z'])).split('\0').filter(Boolean),
    raw: (dir, args) => run(dir, args),
    resetMixed: async (dir, value) => void (await ok(dir, ['reset', '-q', '--mixed', rev(value), '--'])),
    stagedPaths: async (dir, value) => (await ok(dir, ['diff', '--cached', '--name-only', '-z', '--no-renames', rev(value), '--'])).split('\0').filter(Boolean),
    cloneWorkCopy: async (repoDir, dir, value, clone) => {
      const sha = (await ok(repoDir, ['rev-parse', '--verify', `${rev(value)}^{commit}`])).trim();
      const objectStores = await objectStoresOf(repoDir);
      await ok(repoDir, ['clone', '--quiet', '--shared', '--no-checkout', '--no-tags', '--', repoDir, dir]);
      await ok(dir, ['remote', 'remove', 'origin']);
      await ok(dir, ['config', 'user.name', 'Shopfloor work copy']);
      await ok(dir, ['config', 'user.email', 'work-copy@shopfloor.invalid']);
      await ok(dir, ['checkout', '-q', ...(clone?.branch ? ['-B', rev(clone.branch)] : ['--detach']), sha, '--']);
      return { objectStores };
    },
    removeWorkCopy: (dir) => rm(dir, { recursive: true, force: true, maxRetries: 3 }),
    initBare: async (dir, objectStores) => {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await ok(dir, ['init', '-q', '--bare', dir]);
      await writeFile(join(dir, 'objects', 'info', 'alternates'), objectStores.map((store) => `${store}\n`).join(''));
    },
    withGitDir: (gitDir) => createGitCli({ ...options, gitDir, hooksDir: hooks }),
    fetchRef: async (repoDir, from, ref, into) => void (await ok(repoDir, ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--', from, `+${rev(ref)}:${rev(into)}`])),
  };

  /** The repository's object directory and the stores it borrows itself, absolute. */
  async function objectStoresOf(repoDir: string): Promise<string[]> {
    const objects = (await ok(repoDir, ['rev-parse', '--path-format=absolute', '--git-path', 'objects'])).trim();
    const alternates = await readFile(join(objects, 'info', 'alternates'), 'utf8').catch(() => '');
    const borrowed = alternates.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#')).map((line) => resolve(objects, line));
    return [objects, ...borrowed];
  }
}

let processHooksDirectory: string | undefined;

/**
 * An empty directory to point `core.hooksPath` at, so no hook ever runs from a Shopfloor git call: made
 * once per process with mkdtemp (mode 0700, owned by this user, a name nobody can predict or pre-create),
 * checked, and removed when the process exits. (One per process, not a shared well-known path.)
 */
function emptyHooksDirectory(): string {
  if (processHooksDirectory) return processHooksDirectory;
  const directory = mkdtempSync(join(tmpdir(), 'shopfloor-hooks-'));
  const stat = statSync(directory);
  if (!stat.isDirectory() || (process.getuid && stat.uid !== process.getuid()) || (process.platform !== 'win32' && (stat.mode & 0o077) !== 0)) {
    throw new GitError(`the private hooks directory ${directory} is not this user's own 0700 directory; refusing to run git`, [], '');
  }
  process.once('exit', () => rmSync(directory, { recursive: true, force: true }));
  processHooksDirectory = directory;
  return directory;
}

/** Git's environment: the caller's minus anything that would redirect git or leak credentials. */
function cleanGitEnv(source: Readonly<Record<string, string | undefined>>, identity: { name: string; email: string }): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(source)) {
    if (value === undefined) continue;
    if (/^GIT_/i.test(name) || /(TOKEN|SECRET|PASSWORD|PRIVATE)/i.test(name)) continue;
    env[name] = value;
  }
  return {
    ...env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: identity.name,
    GIT_AUTHOR_EMAIL: identity.email,
    GIT_COMMITTER_NAME: identity.name,
    GIT_COMMITTER_EMAIL: identity.email,
    GIT_CONFIG_NOSYSTEM: '1',
  };
}
