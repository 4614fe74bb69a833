import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);

// src/adapters/files/node-repo-files.ts
import { open as open2, readdir, realpath, stat } from "node:fs/promises";
import { resolve, sep } from "node:path";

// src/ports/repo-files.ts
var RepoFileError = class extends Error {
  constructor(path, reason) {
    super(`${path} ${reason}`);
    this.path = path;
    this.reason = reason;
  }
  path;
  reason;
  name = "RepoFileError";
};

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
var maxRepoFileBytes = 16 * 1024 * 1024;
function createNodeRepoFiles(root) {
  const absolute = resolve(root);
  const at = (path) => {
    const full = resolve(absolute, path);
    if (full !== absolute && !full.startsWith(absolute + sep)) throw new Error(`path "${path}" is outside the repository ${absolute}`);
    return full;
  };
  return {
    root: absolute,
    read: async (path) => readRegularFile(absolute, at(path), path),
    kind: async (path) => {
      try {
        const info = await stat(at(path));
        return info.isDirectory() ? "directory" : "file";
      } catch (error) {
        if (isMissing(error)) return void 0;
        if (error.code === "ELOOP") return "file";
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
async function readRegularFile(root, full, path) {
  let real;
  try {
    real = await realpath(full);
  } catch (error) {
    if (error.code === "ELOOP") throw new RepoFileError(path, "is a symbolic link loop; remove or fix the link");
    if (isMissing(error)) return void 0;
    throw error;
  }
  const realRoot = await realpath(root).catch(() => root);
  if (real !== realRoot && !real.startsWith(realRoot + sep)) throw new RepoFileError(path, "is a link to a file outside the repository; only files inside it are read");
  const info = await stat(real);
  if (!info.isFile()) throw new RepoFileError(path, `is not a regular file (${info.isDirectory() ? "a directory" : info.isFIFO() ? "a FIFO" : "a device or socket"}); name a YAML file`);
  if (info.size > maxRepoFileBytes) throw new RepoFileError(path, `is ${(info.size / 1048576).toFixed(1)} MB, over the ${maxRepoFileBytes / 1048576} MB limit for a Shopfloor file`);
  const handle = await open2(real, "r");
  try {
    const buffer = Buffer.alloc(Math.min(info.size, maxRepoFileBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length === buffer.length) throw new RepoFileError(path, length > maxRepoFileBytes ? `is over the ${maxRepoFileBytes / 1048576} MB limit for a Shopfloor file` : "grew while it was read; try again when nothing writes it");
    return buffer.subarray(0, length).toString("utf8");
  } finally {
    await handle.close();
  }
}

export {
  RepoFileError,
  writeFileAtomic,
  createFileAtomic,
  createNodeRepoFiles
};
