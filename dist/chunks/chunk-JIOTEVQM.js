import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);

// src/adapters/files/node-repo-files.ts
import { readdir, readFile, stat } from "node:fs/promises";
import { resolve, sep } from "node:path";

// src/adapters/files/write-file-atomic.ts
import { randomBytes } from "node:crypto";
import { link, mkdir, open, rename, rm } from "node:fs/promises";
import { dirname, join, basename } from "node:path";
async function writeTemp(path, text) {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await open(temp, "wx");
  try {
    await handle.writeFile(text, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  return temp;
}
async function writeFileAtomic(path, text) {
  const temp = await writeTemp(path, text);
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
async function createFileAtomic(path, text) {
  const temp = await writeTemp(path, text);
  try {
    await link(temp, path);
    return "created";
  } catch (error) {
    if (error.code === "EEXIST") return "exists";
    throw error;
  } finally {
    await rm(temp, { force: true });
  }
}

// src/adapters/files/node-repo-files.ts
function createNodeRepoFiles(root) {
  const absolute = resolve(root);
  const at = (path) => {
    const full = resolve(absolute, path);
    if (full !== absolute && !full.startsWith(absolute + sep)) throw new Error(`path "${path}" is outside the repository ${absolute}`);
    return full;
  };
  return {
    root: absolute,
    read: async (path) => {
      try {
        return await readFile(at(path), "utf8");
      } catch (error) {
        if (isMissing(error)) return void 0;
        throw error;
      }
    },
    kind: async (path) => {
      try {
        const info = await stat(at(path));
        return info.isDirectory() ? "directory" : "file";
      } catch (error) {
        if (isMissing(error)) return void 0;
        throw error;
      }
    },
    list: async (directory) => {
      try {
        const entries = await readdir(at(directory), { withFileTypes: true });
        return entries.filter((e) => e.isFile()).map((e) => e.name).sort();
      } catch (error) {
        if (isMissing(error)) return [];
        throw error;
      }
    },
    create: (path, text) => createFileAtomic(at(path), text),
    replace: (path, text) => writeFileAtomic(at(path), text)
  };
}
function isMissing(error) {
  const code = error.code;
  return code === "ENOENT" || code === "ENOTDIR";
}

export {
  writeFileAtomic,
  createFileAtomic,
  createNodeRepoFiles
};
