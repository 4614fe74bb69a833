import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { preparePathScope } from '../../../src/core/agents/path-guard.ts';
import { resolveAgentPath, type PathResolver } from '../../../src/adapters/agents/resolve-agent-path.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const scope = preparePathScope({ paths: ['src/**'], forbidden: ['src/private/**'], flavor: 'windows' });

/** A Windows file system on Linux: path.win32 plus a realpath that knows one junction. */
const win: PathResolver = {
  pathApi: path.win32,
  realpath: async (absolute) => {
    const junctions: Record<string, string> = { 'c:\\w\\repo\\src\\link': 'C:\\Users\\me', 'c:\\w\\repo\\src\\inner': 'C:\\w\\repo\\src\\private' };
    for (const [from, to] of Object.entries(junctions)) {
      if (absolute.toLowerCase() === from || absolute.toLowerCase().startsWith(`${from}\\`)) return to + absolute.slice(from.length);
    }
    return absolute;
  },
};

describe('resolveAgentPath (Windows rules via path.win32)', () => {
  it.each([
    ['src\\a.ts', true, ''],
    ['src\\link\\Documents\\x.txt', false, 'symlink or junction'],
    ['src\\inner\\key.txt', false, 'forbidden'],
    ['src\\..\\..\\repo-evil\\a', false, '".."'],
    ['\\\\?\\C:\\w\\repo\\..\\s', false, 'UNC'],
    ['src\\PROGRA~1', false, '8.3'],
  ])('%s → ok=%s', async (input, ok, reason) => {
    const result = await resolveAgentPath('C:\\w\\repo', input, 'write', scope, win);
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});

describe('resolveAgentPath (real symlinks)', () => {
  it('refuses a symlinked folder or file leading out of the tree, allows plain files', async () => {
    const outside = await makeTempDir('shopfloor-outside-');
    const root = await makeTempDir('shopfloor-root-');
    await mkdir(path.join(root, 'src'));
    await writeFile(path.join(outside, 'secret.txt'), 'x');
    await symlink(outside, path.join(root, 'src', 'escape'));
    await symlink(path.join(outside, 'secret.txt'), path.join(root, 'src', 'file-link.txt'));
    const posix = preparePathScope({ paths: ['src/**'], flavor: 'posix' });
    expect((await resolveAgentPath(root, 'src/escape/new.txt', 'write', posix)).ok).toBe(false);
    expect((await resolveAgentPath(root, 'src/file-link.txt', 'read', posix)).ok).toBe(false);
    expect((await resolveAgentPath(root, 'src/deep/new/file.ts', 'write', posix)).ok).toBe(true);
  });
});
