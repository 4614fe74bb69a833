import { isolationRefusal } from '../../core/isolation/isolation-verdict.ts';
import type { Isolation, ProcessBox } from '../../core/isolation/process-box.ts';
import { isolationPolicy } from '../../core/policy/isolation-schema.ts';
import type { Policy } from '../../core/policy/policy-schema.ts';
import type { Git } from '../../ports/git.ts';
import type { ScratchSpace } from '../../ports/scratch-space.ts';

/** A work copy for code under judgement: where it runs, the box that confines it, and how to remove it. */
export interface WorkCopy {
  readonly dir: string;
  readonly box: ProcessBox;
  /** The object stores the copy borrows (the repository's own first). */
  readonly objectStores: readonly string[];
  readonly close: () => Promise<void>;
}

/** What the box offers besides the work copy, from the policy's `isolation`. */
export interface BoxSettings {
  readonly readOnly?: readonly string[];
  readonly network?: boolean;
}

/**
 * Clones `rev` into `dir` as a work copy (never a worktree of `repoDir`: judged code that writes its
 * `.git` reaches only its own refs) and returns the box it runs in: the copy read-write, the object
 * stores it borrows read-only. `close` removes it, whatever a judged process left there.
 */
export async function openWorkCopy(git: Git, repoDir: string, dir: string, rev: string, settings: BoxSettings & { readonly branch?: string } = {}): Promise<WorkCopy> {
  const close = () => git.removeWorkCopy(dir);
  try {
    const { objectStores } = await git.cloneWorkCopy(repoDir, dir, rev, settings.branch ? { branch: settings.branch } : {});
    return { dir, objectStores, box: { root: dir, readOnly: [...objectStores, ...(settings.readOnly ?? [])], network: settings.network ?? false }, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Runs `body` in a fresh work copy of `rev` at `dir` and removes it after, whatever happens. */
export async function withWorkCopy<T>(git: Git, repoDir: string, dir: string, rev: string, settings: BoxSettings, body: (copy: WorkCopy) => Promise<T>): Promise<T> {
  const copy = await openWorkCopy(git, repoDir, dir, rev, settings);
  try {
    return await body(copy);
  } finally {
    await copy.close();
  }
}

/**
 * The box for a checkout verified in place (`shopfloor verify` on uncommitted changes): the checkout
 * read-write but its `.git` and `.shopfloor` (keys, approvals, runs) masked, so judged code reaches
 * neither the repository's refs nor Shopfloor's files.
 */
export function inPlaceBox(root: string, settings: BoxSettings): ProcessBox {
  return { root, hide: [`${root}/.git`, `${root}/.shopfloor`], readOnly: [...(settings.readOnly ?? [])], network: settings.network ?? false };
}

/** A work copy in a fresh scratch directory (its `work` folder); `close` removes the whole directory. */
export async function openScratchWorkCopy(git: Git, scratch: ScratchSpace, repoDir: string, rev: string, settings: BoxSettings): Promise<WorkCopy> {
  const parent = await scratch.makeDir('shopfloor-wc-');
  try {
    const copy = await openWorkCopy(git, repoDir, `${parent}/work`, rev, settings);
    return { ...copy, close: async () => (await copy.close(), await scratch.remove(parent)) };
  } catch (error) {
    await scratch.remove(parent);
    throw error;
  }
}

/** Runs `body` in a scratch work copy of `rev`, removed after whatever happens. */
export async function withScratchWorkCopy<T>(git: Git, scratch: ScratchSpace, repoDir: string, rev: string, settings: BoxSettings, body: (copy: WorkCopy) => Promise<T>): Promise<T> {
  const copy = await openScratchWorkCopy(git, scratch, repoDir, rev, settings);
  try {
    return await body(copy);
  } finally {
    await copy.close();
  }
}

/**
 * What boxes for gates, canary flows and bisect probes offer under this policy, or why nothing may run:
 * with no sandbox on this host, judged code runs only where the policy says `isolation: none`.
 */
export function gateBoxSettings(isolation: Isolation, policy: Policy['isolation']): { readonly ok: true; readonly settings: BoxSettings } | { readonly ok: false; readonly message: string } {
  const settings = isolationPolicy(policy);
  const refusal = isolationRefusal(isolation, settings);
  return refusal ? { ok: false, message: refusal } : { ok: true, settings: { readOnly: settings.readOnly, network: settings.network.gates } };
}
