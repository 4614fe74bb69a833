import type { Platform } from '../env/build-environment.ts';

/**
 * Why no sandbox could start, and what the runner's admin must allow, in words. `detail` is what the
 * probe saw (bwrap's own error, or that it is not installed).
 */
export function sandboxUnavailableReason(platform: Platform, detail: string): string {
  if (platform === 'windows') {
    return `${detail}. On Windows, Shopfloor boxes judged code with shopfloor-box.exe (dist/): as a Low-integrity restricted token, or as a dedicated low-privilege account when SHOPFLOOR_BOX_ACCOUNT_FILE names its sealed credentials (docs/security-model.md, "The box (Windows)", says how to set either up). Or set \`isolation: { mode: none }\` in .github/shopfloor.yml to run unboxed (docs/security-model.md says what that gives up)`;
  }
  if (platform === 'macos') return `${detail}. macOS has no sandbox adapter yet; set \`isolation: { mode: none }\` in .github/shopfloor.yml to run unboxed (docs/security-model.md says what that gives up)`;
  return `${detail}. Install bubblewrap (Debian/Ubuntu: apt-get install bubblewrap; Fedora: dnf install bubblewrap) and allow unprivileged user namespaces: sysctl kernel.unprivileged_userns_clone=1 (Debian), and on Ubuntu 23.10+ sysctl kernel.apparmor_restrict_unprivileged_userns=0 or an AppArmor profile that grants bwrap "userns"; in a container, run it with a seccomp profile that allows clone/unshare of namespaces. Or set \`isolation: { mode: none }\` in .github/shopfloor.yml to run unboxed (docs/security-model.md says what that gives up)`;
}
