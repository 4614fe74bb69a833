import type { Git } from '../../ports/git.ts';
import { UsageError } from './cli-io.ts';

/**
 * Refuses a repository that tracks files in `.shopfloor/`: that directory is Shopfloor's local state
 * (keys, approvals, the artifact store with its gate cache, registry caches), and a copy that came from
 * git was written by whoever committed it, so it could plant a cached pass, a publish time or a key.
 */
export async function refuseTrackedState(git: Pick<Git, 'raw'>, root: string): Promise<void> {
  const listed = await git.raw(root, ['ls-files', '-z', '--', '.shopfloor']).catch(() => ({ stdout: '' }));
  const tracked = listed.stdout.split('\0').filter(Boolean);
  if (tracked.length === 0) return;
  throw new UsageError(`${root} tracks ${tracked.length} file(s) in .shopfloor/ (${tracked.slice(0, 3).join(', ')}${tracked.length > 3 ? ', …' : ''}): that is Shopfloor's local state and is never taken from git. Remove it from the repository (git rm -r --cached .shopfloor && git commit) and run again`);
}
