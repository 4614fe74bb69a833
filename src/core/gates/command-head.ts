/**
 * The program a shell command starts with, when it can be known without running it: the first word of
 * a simple command. `undefined` when the command starts with a builtin, an assignment, a subshell or
 * quoting, where only the shell can tell.
 */
export function commandHead(script: string): string | undefined {
  const first = script.trim().split(/\s+/)[0] ?? '';
  if (first === '' || /[=$`'"(){}[\]<>|&;*?!~]/.test(first) || shellBuiltins.has(first)) return undefined;
  return first;
}

const shellBuiltins = new Set(['cd', 'echo', 'exit', 'export', 'set', 'test', 'true', 'false', 'if', 'for', 'while', 'case', 'exec', 'eval', 'source', '.', 'sleep', 'printf', 'read', 'call', 'Write-Output', 'Write-Host', 'Set-Location', 'type', 'command', 'trap', 'ulimit', 'umask', 'unset', 'time', 'env']);

const testFilePatterns = [/(^|\/)(test|tests|__tests__|spec)\//, /\.(test|spec)\.[cm]?[jt]sx?$/, /(^|\/)test_[^/]*\.py$/, /_test\.(py|go|rs)$/];

/** Whether a repository path looks like a test file (JS/TS, Python, Go, Rust conventions). */
export function isTestFile(path: string): boolean {
  return testFilePatterns.some((pattern) => pattern.test(path));
}
