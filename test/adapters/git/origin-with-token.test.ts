import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { originWithToken } from '../../../src/adapters/git/origin-with-token.ts';
import { createGitRepo } from '../../helpers/git-repo.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

/** A git smart-HTTP endpoint that records each request's Authorization header and refuses it. */
async function recordingRemote() {
  const seen: (string | undefined)[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers.authorization);
    res.writeHead(403).end('no');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, close: () => new Promise<void>((done) => server.close(() => done())) };
}

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

describe('originWithToken', () => {
  it('fetches with the token too (actions/checkout with persist-credentials: false leaves none)', async () => {
    const remote = await recordingRemote();
    close = remote.close;
    const { dir, git } = await createGitRepo();
    execFileSync('git', ['remote', 'add', 'origin', `${remote.url}/octo/shop.git`], { cwd: dir });
    const fetched = await originWithToken(git, dir, { token: 'ghs_apptoken', serverUrl: remote.url, tempDir: await makeTempDir('shopfloor-push-') }, 'fetch', ['--quiet'], ['+refs/heads/x:refs/remotes/origin/x']);
    expect(fetched.exitCode).not.toBe(0);
    expect(new Set(remote.seen)).toEqual(new Set([`basic ${Buffer.from('x-access-token:ghs_apptoken').toString('base64')}`]));
  });

  it('authenticates with the token, not the header actions/checkout left, and leaves nothing behind', async () => {
    const remote = await recordingRemote();
    close = remote.close;
    const { dir, git } = await createGitRepo();
    execFileSync('git', ['remote', 'add', 'origin', `${remote.url}/octo/shop.git`], { cwd: dir });
    execFileSync('git', ['config', `http.${remote.url}/.extraheader`, 'AUTHORIZATION: basic Y2hlY2tvdXQ='], { cwd: dir });
    const tempDir = await makeTempDir('shopfloor-push-');
    const pushed = await originWithToken(git, dir, { token: 'ghs_apptoken', serverUrl: remote.url, tempDir }, 'push', ['--quiet'], ['HEAD:refs/heads/x']);
    expect(pushed.exitCode).not.toBe(0);
    expect(remote.seen.length).toBeGreaterThan(0);
    expect(new Set(remote.seen)).toEqual(new Set([`basic ${Buffer.from('x-access-token:ghs_apptoken').toString('base64')}`]));
    expect(await readdir(tempDir)).toEqual([]);
    expect(await readFile(join(dir, '.git', 'config'), 'utf8')).not.toContain(Buffer.from('x-access-token:ghs_apptoken').toString('base64'));
  });

  it('never sends the token to another host than the server', async () => {
    const remote = await recordingRemote();
    close = remote.close;
    const { dir, git } = await createGitRepo();
    execFileSync('git', ['remote', 'add', 'origin', `${remote.url}/octo/shop.git`], { cwd: dir });
    await originWithToken(git, dir, { token: 'ghs_apptoken', serverUrl: 'https://github.com', tempDir: await makeTempDir('shopfloor-push-') }, 'push', [], ['HEAD:refs/heads/x']);
    expect(remote.seen.length).toBeGreaterThan(0);
    expect(remote.seen.every((header) => header === undefined)).toBe(true);
  });
});
