import { lstat, open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArtifactStore, RunIndex } from '../../ports/artifact-store.ts';
import type { Git } from '../../ports/git.ts';
import type { ObjectRef } from '../../core/run-document/object-refs.ts';

/** Pages never carry more than this of one object; the rest is cut, and the page says so. */
export const objectSizeCap = 512 * 1024;

export interface CappedText {
  readonly text: string;
  readonly bytes: number;
  readonly cut: boolean;
}

/**
 * Read-only access to what a repository and its `.shopfloor/` hold, for the Writer's object pages. Every
 * name is checked against a strict pattern before it reaches git or the file system, files are read
 * only when they are regular files (no symlinks) and never past `objectSizeCap`.
 */
export interface RepoObjects {
  /** Where the object behind a reference is served, or undefined when this repository does not have it. */
  readonly resolve: (ref: ObjectRef) => Promise<string | undefined>;
  readonly workOrderFile: (id: string) => Promise<CappedText | undefined>;
  readonly branchLog: (name: string) => Promise<CappedText | undefined>;
  /** A blob of the artifact store by its full hex digest. */
  readonly artifact: (hex: string) => Promise<CappedText | undefined>;
  readonly patchNames: (workOrder: string) => Promise<readonly string[] | undefined>;
  readonly patch: (workOrder: string, name: string) => Promise<CappedText | undefined>;
  /** The artifact-store indexes of a run's attempts (`<runId>-v<n>`) and of the reverts of any of `commits`. */
  readonly runIndexes: (runId: string, commits: readonly string[]) => Promise<readonly RunIndex[]>;
}

const workOrderId = /^[a-z0-9][a-z0-9-]{0,99}$/;
const branchName = /^(?:agent\/[a-z0-9][a-z0-9-]{0,99}|shopfloor\/(?:revert|train))\/[0-9a-z][0-9a-z-]{0,99}$/;
const hexPrefix = /^[0-9a-f]{12,64}$/;
const patchName = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}\.patch$/;

export function createRepoObjects(root: string, git: Git, store: ArtifactStore): RepoObjects {
  const patchesDir = join(root, '.shopfloor', 'patches');
  // Commits and blobs never change once they exist: the ones found are remembered (bounded). Branches,
  // files and directories can come and go, so those answers are kept a few seconds only: enough for one
  // page and the pages a reader opens from it, without a git process per link each time.
  const known = new Map<string, { href: string | undefined; until: number }>();
  const remember = (key: string, href: string | undefined, lasting: boolean) => {
    if (known.size >= 10_000) known.clear();
    known.set(key, { href, until: lasting && href !== undefined ? Number.POSITIVE_INFINITY : Date.now() + 5_000 });
    return href;
  };
  const fullDigest = async (prefix: string): Promise<string | undefined> => {
    if (!hexPrefix.test(prefix)) return undefined;
    const names = await readdir(join(store.root, 'sha256', prefix.slice(0, 2))).catch(() => [] as string[]);
    const found = names.filter((name) => /^[0-9a-f]{62}$/.test(name) && name.startsWith(prefix.slice(2)));
    return found.length === 1 ? `${prefix.slice(0, 2)}${found[0]}` : undefined;
  };
  const commitOf = async (sha: string) => (/^[0-9a-f]{7,40}$/.test(sha) ? git.revParse(root, `${sha}^{commit}`) : undefined);
  const hasBranch = async (name: string) => branchName.test(name) && (await git.revParse(root, `refs/heads/${name}`)) !== undefined;
  const hasWorkOrderFile = async (id: string) => workOrderId.test(id) && (await git.raw(root, ['cat-file', '-e', `HEAD:workorders/${id}.yml`])).exitCode === 0;
  const isDir = async (path: string) => (await lstat(path).catch(() => undefined))?.isDirectory() === true;

  const resolve = async (ref: ObjectRef): Promise<string | undefined> => {
    if (ref.kind === 'github') return ref.key;
    const cacheKey = `${ref.kind}:${ref.key}`;
    const cached = known.get(cacheKey);
    if (cached && cached.until > Date.now()) return cached.href;
    switch (ref.kind) {
      case 'artifact-path':
      case 'digest': {
        const hex = await fullDigest(ref.key.replace('/', ''));
        return remember(cacheKey, hex ? `/artifacts/${hex}` : undefined, true);
      }
      case 'commit':
        return remember(cacheKey, (await commitOf(ref.key)) ? `/commits/${ref.key}` : undefined, true);
      case 'work-order-file':
        return remember(cacheKey, (await hasWorkOrderFile(ref.key)) ? `/workorders/${ref.key}` : undefined, false);
      case 'branch':
        return remember(cacheKey, (await hasBranch(ref.key)) ? `/branches/${ref.key}` : undefined, false);
      case 'patches':
        return remember(cacheKey, workOrderId.test(ref.key) && (await isDir(join(patchesDir, ref.key))) ? `/patches/${ref.key}` : undefined, false);
    }
  };

  return {
    resolve,
    workOrderFile: async (id) => {
      if (!(await hasWorkOrderFile(id))) return undefined;
      const shown = await git.raw(root, ['show', `HEAD:workorders/${id}.yml`]);
      return shown.exitCode === 0 ? cap(shown.stdout) : undefined;
    },
    branchLog: async (name) => {
      if (!(await hasBranch(name))) return undefined;
      // What the branch has that the checked-out main has not (an agent branch's own commits), with their diffs.
      const shown = await git.raw(root, ['log', '-n', '50', '--format=fuller', '--stat', '--patch', '--no-color', '--no-ext-diff', `refs/heads/${name}`, '^HEAD', '--']);
      if (shown.exitCode !== 0) return undefined;
      if (shown.stdout.trim() !== '') return cap(shown.stdout);
      const tip = await git.raw(root, ['log', '-n', '1', '--format=fuller', '--stat', '--no-color', `refs/heads/${name}`, '--']);
      return cap(`Every commit of ${name} is on the checked-out branch now; its tip:\n\n${tip.stdout}`);
    },
    artifact: async (hex) => (/^[0-9a-f]{64}$/.test(hex) ? readCapped(store.pathOf(`sha256:${hex}`)) : undefined),
    patchNames: async (workOrder) => {
      if (!workOrderId.test(workOrder) || !(await isDir(join(patchesDir, workOrder)))) return undefined;
      // Only what `patch` will serve: regular files with a patch's name (a link is never followed).
      const names = (await readdir(join(patchesDir, workOrder))).filter((name) => patchName.test(name)).sort();
      const files = await Promise.all(names.map(async (name) => ((await lstat(join(patchesDir, workOrder, name)).catch(() => undefined))?.isFile() ? name : undefined)));
      return files.filter((name): name is string => name !== undefined);
    },
    patch: async (workOrder, name) => (workOrderId.test(workOrder) && patchName.test(name) ? readCapped(join(patchesDir, workOrder, name)) : undefined),
    runIndexes: async (runId, commits) => {
      const runs = await store.listRuns();
      const reverts = commits.map((sha) => `revert-${sha.slice(0, 12)}-`);
      const own = (run: RunIndex) => (run.runId.startsWith(`${runId}-v`) ? 0 : 1);
      return runs.filter((run) => own(run) === 0 || reverts.some((prefix) => run.runId.startsWith(prefix))).sort((a, b) => own(a) - own(b) || a.createdAt - b.createdAt);
    },
  };
}

function cap(text: string): CappedText {
  const bytes = Buffer.byteLength(text);
  if (bytes <= objectSizeCap) return { text, bytes, cut: false };
  return { text: Buffer.from(text).subarray(0, objectSizeCap).toString('utf8'), bytes, cut: true };
}

/** A regular file's first `objectSizeCap` bytes as text; undefined for anything else (missing, a link, a directory). */
async function readCapped(path: string): Promise<CappedText | undefined> {
  const info = await lstat(path).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(info.size, objectSizeCap));
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    return { text: buffer.subarray(0, bytesRead).toString('utf8'), bytes: info.size, cut: info.size > objectSizeCap };
  } finally {
    await file.close();
  }
}
