import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileAtomic, writeFileAtomic } from '../../../src/adapters/files/write-file-atomic.ts';
import { createNodeRepoFiles } from '../../../src/adapters/files/node-repo-files.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

describe('atomic file writes', () => {
  it('creates once and never overwrites, leaving no temp files behind', async () => {
    const dir = await makeTempDir();
    const path = join(dir, 'sub', 'a.txt');
    expect(await createFileAtomic(path, 'first')).toBe('created');
    expect(await createFileAtomic(path, 'second')).toBe('exists');
    expect(await readFile(path, 'utf8')).toBe('first');
    await writeFileAtomic(path, 'replaced');
    expect(await readFile(path, 'utf8')).toBe('replaced');
    expect(await readdir(join(dir, 'sub'))).toEqual(['a.txt']);
  });

  it('confines repository files to the repository', async () => {
    const dir = await makeTempDir();
    const files = createNodeRepoFiles(dir);
    await expect(files.read('../outside')).rejects.toThrow('outside the repository');
  });
});
