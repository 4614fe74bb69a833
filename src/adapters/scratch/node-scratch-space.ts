import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScratchSpace } from '../../ports/scratch-space.ts';

/** Scratch directories under the OS temp dir (or `root`). */
export function createNodeScratchSpace(root: string = tmpdir()): ScratchSpace {
  return {
    makeDir: (prefix) => mkdtemp(join(root, prefix)),
    remove: (dir) => rm(dir, { recursive: true, force: true, maxRetries: 3 }),
  };
}
