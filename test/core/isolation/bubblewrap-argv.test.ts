import { describe, expect, it } from 'vitest';
import { bubblewrapArgv, boxEnvironment, isInside } from '../../../src/core/isolation/bubblewrap-argv.ts';

const host = { system: [{ path: '/usr', kind: 'bind' as const }, { path: '/bin', kind: 'symlink' as const, target: 'usr/bin' }], hidden: [] };

describe('bubblewrapArgv', () => {
  it('unshares everything, keeps the network only when asked, binds the work copy last but for masks', () => {
    const args = bubblewrapArgv({ root: '/w/copy', readOnly: ['/r/objects'] }, { ...host, hidden: [{ path: '/w/copy/.git', kind: 'dir' }, { path: '/w/copy/.shopfloor', kind: 'file' }] }, '/w/copy/sub');
    expect(args.slice(0, 3)).toEqual(['--unshare-all', '--die-with-parent', '--new-session']);
    expect(args).not.toContain('--share-net');
    expect(args.join(' ')).toContain('--ro-bind /usr /usr --symlink usr/bin /bin --proc /proc --dev /dev --tmpfs /tmp --dir /tmp/home --ro-bind-try /r/objects /r/objects --bind /w/copy /w/copy --tmpfs /w/copy/.git --remount-ro /w/copy/.git --ro-bind /dev/null /w/copy/.shopfloor --chdir /w/copy/sub');
    expect(bubblewrapArgv({ root: '/w', network: true }, host, '/w')).toContain('--share-net');
  });

  it('binds the allowlist proxy socket after the work copy and before the masks', () => {
    const args = bubblewrapArgv({ root: '/w' }, { ...host, hidden: [{ path: '/w/.git', kind: 'dir' }] }, '/w', ['--bind', '/tmp/net/proxy.sock', '/run/shopfloor/proxy.sock']).join(' ');
    expect(args).toContain('--bind /w /w --bind /tmp/net/proxy.sock /run/shopfloor/proxy.sock --tmpfs /w/.git');
    expect(args).not.toContain('--share-net');
  });

  it('points home and temp at the box, keeps the rest of the environment as given', () => {
    expect(boxEnvironment({ PATH: '/usr/bin', HOME: '/root', TMPDIR: '/run/user/0' })).toEqual({ PATH: '/usr/bin', HOME: '/tmp/home', TMPDIR: '/tmp', TMP: '/tmp', TEMP: '/tmp' });
  });

  it.each([
    ['/w', '/w', true], ['/w', '/w/a', true], ['/w/', '/w/a', true], ['/w', '/wx', false], ['/w/a', '/w', false],
  ] as const)('isInside(%s, %s) is %s', (root, path, inside) => {
    expect(isInside(root, path)).toBe(inside);
  });
});
