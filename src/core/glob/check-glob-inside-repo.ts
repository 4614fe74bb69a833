import { expandBraces, maxBraceExpansions } from './expand-braces.ts';

/**
 * Why a scope glob would reach outside the repository, or `undefined` when it stays inside. Globs are
 * repository-relative with forward slashes; anything that could name a path elsewhere is refused.
 */
export function checkGlobInsideRepo(glob: string): string | undefined {
  const alternatives = expandBraces(glob);
  if (!alternatives) return `"${glob}" expands to more than ${maxBraceExpansions} alternatives; split it into several globs`;
  for (const alternative of alternatives) {
    const problem = checkOne(alternative);
    if (problem) return alternatives.length > 1 ? problem.replace(`"${alternative}"`, `"${glob}" (as "${alternative}")`) : problem;
  }
  return undefined;
}

function checkOne(glob: string): string | undefined {
  if (glob.trim() === '') return 'is empty; write a path glob such as "src/**"';
  if (glob.includes('\\')) return `"${glob}" uses a backslash; write repository paths with forward slashes`;
  if (glob.startsWith('/')) return `"${glob}" is an absolute path and escapes the repository; use a path inside it`;
  if (/^[A-Za-z]:/.test(glob)) return `"${glob}" names a drive and escapes the repository; use a path inside it`;
  if (glob.startsWith('~')) return `"${glob}" names a home directory and escapes the repository; use a path inside it`;
  if (glob.split('/').some((segment) => segment === '..')) return `"${glob}" escapes the repository; use a path inside it`;
  if (glob.includes('\0')) return `"${glob}" contains a NUL character; remove it`;
  // The same tree is checked out on Windows runners, where these names alias or escape (path.win32 rules).
  for (const segment of glob.split('/')) {
    if (segment.includes(':')) return `"${glob}" has a ":" in "${segment}" (a Windows drive or NTFS alternate data stream); name the file itself`;
    if (/[. ]$/.test(segment) && segment !== '.') return `"${glob}" has "${segment}" ending in a dot or space, which Windows drops (it would alias another name); remove it`;
    if (windowsDeviceName.test(segment)) return `"${glob}" names the Windows device "${segment}", which no Windows checkout can hold; rename the path`;
  }
  return undefined;
}

/** Reserved on Windows in any folder and with any extension (`nul.txt` is the NUL device too). */
const windowsDeviceName = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.[^*?[{]*)?$/i;
