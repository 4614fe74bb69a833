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

export {
  createNodeScratchSpace
};
