import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);

// src/adapters/scratch/node-scratch-space.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
function createNodeScratchSpace(root = tmpdir()) {
  return {
    makeDir: (prefix) => mkdtemp(join(root, prefix)),
    remove: (dir) => rm(dir, { recursive: true, force: true, maxRetries: 3 })
  };
}

// src/workflows/bisect/with-worktree.ts
async function openWorktree(git, scratch, repoDir, rev, options = {}) {
  const parent = await scratch.makeDir("shopfloor-wt-");
  const dir = `${parent}/${parent.split(/[\\/]/).pop()}`;
  const close = async () => {
    await git.worktreeRemove(repoDir, dir);
    await scratch.remove(parent);
  };
  try {
    await git.worktreeAdd(repoDir, dir, rev, options.branch ? { branch: options.branch } : { detach: true });
  } catch (error) {
    await close();
    throw error;
  }
  return { dir, close };
}
async function withWorktree(git, scratch, repoDir, rev, body, options = {}) {
  const worktree = await openWorktree(git, scratch, repoDir, rev, options);
  try {
    return await body(worktree.dir);
  } finally {
    await worktree.close();
  }
}

export {
  createNodeScratchSpace,
  openWorktree,
  withWorktree
};
