import type { ProcessBox } from './process-box.ts';

/** One host path as the box mirrors it: bound read-only, recreated as a symlink, or masked. */
export type HostEntry =
  | { readonly path: string; readonly kind: 'bind' }
  | { readonly path: string; readonly kind: 'symlink'; readonly target: string };

/** A path to mask inside the work copy, by what it is on the host (a directory gets an empty tmpfs). */
export type HiddenEntry = { readonly path: string; readonly kind: 'dir' | 'file' };

/** The home and temp directory inside the box: a private tmpfs, gone with the box. */
export const boxHome = '/tmp/home';

/**
 * The `bwrap` arguments that run one command in a box: new user, PID, IPC, UTS, cgroup and (unless
 * allowed) network namespaces; a read-only system; a private `/proc` (only the box's own processes),
 * `/dev` and `/tmp`; the work copy read-write; the paths it borrows read-only; hidden paths masked.
 * `--die-with-parent` and the PID namespace end every process the command started, daemons included,
 * when the command ends. `extraBinds` (the allowlist proxy's socket) go before the masks. Pure: the
 * adapter supplies the host's layout.
 */
export function bubblewrapArgv(box: ProcessBox, host: { readonly system: readonly HostEntry[]; readonly hidden: readonly HiddenEntry[] }, cwd: string, extraBinds: readonly string[] = []): string[] {
  const args = ['--unshare-all', ...(box.network ? ['--share-net'] : []), '--die-with-parent', '--new-session'];
  for (const entry of host.system) {
    args.push(...(entry.kind === 'symlink' ? ['--symlink', entry.target, entry.path] : ['--ro-bind', entry.path, entry.path]));
  }
  args.push('--proc', '/proc', '--dev', '/dev', '--tmpfs', '/tmp', '--dir', boxHome);
  for (const path of box.readOnly ?? []) args.push('--ro-bind-try', path, path);
  args.push('--bind', box.root, box.root, ...extraBinds);
  // Masks go last: a later mount shadows an earlier one at the same place.
  for (const entry of host.hidden) args.push(...(entry.kind === 'dir' ? ['--tmpfs', entry.path, '--remount-ro', entry.path] : ['--ro-bind', '/dev/null', entry.path]));
  args.push('--chdir', cwd);
  return args;
}

/** The environment inside the box: the request's, with home and temp pointing at the box's own tmpfs. */
export function boxEnvironment(env: Readonly<Record<string, string>>): Record<string, string> {
  return { ...env, HOME: boxHome, TMPDIR: '/tmp', TMP: '/tmp', TEMP: '/tmp' };
}

/** Whether `path` lies inside `root` (both absolute, POSIX). */
export function isInside(root: string, path: string): boolean {
  const trimmed = root.endsWith('/') ? root.slice(0, -1) : root;
  return path === trimmed || path.startsWith(`${trimmed}/`);
}
