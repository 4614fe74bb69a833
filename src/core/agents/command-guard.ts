/** A verdict on a command an agent asked to run. */
export type CommandVerdict = { readonly ok: true; readonly argv: readonly [string, ...string[]] } | { readonly ok: false; readonly reason: string };

export interface CommandPolicy {
  /** Allowed argv prefixes from the repo policy `agents.commands`, e.g. `[["npm", "test"], ["git", "status"]]`. */
  readonly allow: readonly (readonly string[])[];
  readonly platform: 'linux' | 'windows' | 'macos';
}

const maxArgs = 64;
const maxArgLength = 4096;
/** Characters a shell or cmd.exe shim (npm.cmd) would interpret; argv never needs them, so they are refused. */
const shellMeta = /[;&|`$<>\r\n\0^%!"'(){}*?[\]~#]/;
/** Programs that run other programs from their arguments: allowlisting them would allowlist everything. */
const launchers = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'fish', 'cmd', 'powershell', 'pwsh', 'env', 'xargs', 'sudo', 'su', 'doas', 'runas', 'nohup', 'start', 'wsl', 'busybox', 'nice', 'timeout', 'watch', 'script', 'eval', 'exec']);
/** Interpreter flags that take code on the command line (PowerShell also accepts any prefix of a parameter). */
const evalFlag = /^(-e|--eval|-p|--print|-c|--command|-r|--require|--import|--loader|--experimental-loader|-x|--exec)(=.*)?$/i;
/** `-EncodedCommand` and the abbreviations PowerShell accepts for it, refused for any program (a .cmd shim may forward). */
const powershellEncoded = /^[-/](ec|en|enc|enco|encod|encode|encoded|encodedc|encodedco|encodedcom|encodedcomm|encodedcomma|encodedcomman|encodedcommand|encodedarguments?)(:.*)?$/i;
/** Git options that run arbitrary programs or leave the worktree, refused wherever they appear. */
const gitDanger = /^(-c|-C|--config-env.*|--exec-path.*|--git-dir.*|--work-tree.*|--namespace.*|--upload-p.*|--receive-p.*|--exec.*|-u|--template.*|--ext-diff|--output.*|-o)$/;
const gitForbiddenSubcommands = new Set(['push', 'config', 'credential', 'credential-store', 'credential-cache', 'remote', 'fetch', 'pull', 'clone', 'submodule', 'daemon', 'upload-pack', 'receive-pack', 'filter-branch', 'send-email', 'instaweb', 'archive', 'bundle', 'ls-remote', 'hook', 'difftool', 'mergetool', 'rebase', 'update-ref', 'replace']);

function programName(argv0: string): string {
  const base = argv0.split(/[\\/]/).pop() ?? argv0;
  return base.toLowerCase().replace(/\.(exe|cmd|bat|com|ps1)$/, '');
}

/**
 * Decides whether an argv may run. Nothing reaches a shell, yet anything a shell would interpret is
 * refused: a command that needs it is either an attack or ambiguous, and ambiguity means deny.
 */
export function checkAgentCommand(argv: unknown, policy: CommandPolicy): CommandVerdict {
  const refuse = (reason: string): CommandVerdict => ({ ok: false, reason });
  if (!Array.isArray(argv) || argv.length === 0) return refuse('a command is a non-empty argv array, e.g. ["npm", "test"]; no shell line');
  if (argv.length > maxArgs) return refuse(`more than ${maxArgs} arguments; split the command`);
  for (const arg of argv) {
    if (typeof arg !== 'string') return refuse('every argument must be a string');
    if (arg.length === 0 || arg.length > maxArgLength) return refuse('an argument is empty or longer than 4096 characters');
    if (shellMeta.test(arg)) return refuse(`argument ${JSON.stringify(arg)} contains shell syntax (chains, pipes, substitution, redirection, quoting or globbing); commands run without a shell, one program at a time`);
    if (/[\u0080-\uffff]/.test(arg)) return refuse(`argument ${JSON.stringify(arg)} contains non-ASCII characters that could disguise it`);
  }
  const args = argv as readonly string[];
  const program = programName(args[0]!);
  if (['powershell', 'pwsh'].includes(program) || args.some((arg) => powershellEncoded.test(arg))) {
    return refuse('encoded or inline PowerShell (-EncodedCommand, -enc, -Command) is never allowed');
  }
  if (launchers.has(program)) return refuse(`"${args[0]}" runs other programs from its arguments; run the program directly`);
  if (program === 'git') {
    if (args.slice(1).some((arg) => gitDanger.test(arg))) return refuse('git options that run programs or leave the worktree (-c, -C, --upload-pack, --exec, --git-dir, ...) are never allowed');
    const sub = args.find((arg, index) => index > 0 && !arg.startsWith('-'));
    if (sub && gitForbiddenSubcommands.has(sub.toLowerCase())) return refuse(`"git ${sub}" is not available to agents: the publisher commits and pushes, agents only edit`);
  }
  if (['node', 'python', 'python3', 'ruby', 'perl', 'php', 'deno', 'bun', 'npx', 'tsx'].includes(program) && args.slice(1).some((arg) => evalFlag.test(arg))) {
    return refuse(`"${args[0]}" with inline code (-e, -c, --eval, --require, ...) is not allowed; put the code in a file in scope`);
  }
  const fold = policy.platform === 'windows';
  const same = (a: string, b: string, index: number) => (index === 0 ? programName(a) === programName(b) && (fold || a === b || a.replace(/\.exe$/i, '') === b) : a === b);
  const match = policy.allow.find((prefix) => prefix.length > 0 && prefix.length <= args.length && prefix.every((part, index) => same(args[index]!, part, index)));
  if (!match) {
    const allowed = policy.allow.map((prefix) => prefix.join(' ')).join('; ') || 'none';
    return refuse(`"${args.join(' ')}" is not on the command allowlist (agents.commands: ${allowed})`);
  }
  return { ok: true, argv: args as unknown as readonly [string, ...string[]] };
}
