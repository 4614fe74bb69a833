import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Git } from '../../ports/git.ts';

export interface OriginAuth {
  /** The token pushes authenticate with (the action's `github-token`); without one, git's own credentials apply. */
  readonly token?: string;
  /** `GITHUB_SERVER_URL`: the token is only ever sent to this host. */
  readonly serverUrl: string;
  /** Where the short-lived config file goes (RUNNER_TEMP). */
  readonly tempDir: string;
}

/**
 * `git push|fetch <options> origin <refspecs>` authenticated with the action's token instead of whatever
 * actions/checkout persisted (GITHUB_TOKEN by default, whose pushes start no workflows; nothing at all
 * with `persist-credentials: false`). The header lives in a 0600 config file included for this one
 * command, so the token is never in argv (world-readable in /proc) and never written to the repository's
 * config; an empty `extraheader` first resets the one checkout set.
 */
export async function originWithToken(git: Git, dir: string, auth: OriginAuth, command: 'push' | 'fetch', options: readonly string[], refspecs: readonly string[]): Promise<{ readonly exitCode: number; readonly stderr: string }> {
  const origin = (await git.raw(dir, ['remote', 'get-url', 'origin'])).stdout.trim();
  const server = auth.serverUrl.replace(/\/+$/, '');
  if (!auth.token || !origin.startsWith(`${server}/`)) return git.raw(dir, [command, ...options, 'origin', ...refspecs]);
  const file = join(auth.tempDir, `shopfloor-git-auth-${randomBytes(6).toString('hex')}.gitconfig`);
  const basic = Buffer.from(`x-access-token:${auth.token}`).toString('base64');
  await writeFile(file, `[http "${server}/"]\n\textraheader =\n\textraheader = AUTHORIZATION: basic ${basic}\n`, { mode: 0o600 });
  try {
    return await git.raw(dir, ['-c', `include.path=${file}`, command, ...options, 'origin', ...refspecs]);
  } finally {
    await rm(file, { force: true });
  }
}
