/** Arguments that break naive Windows quoting: spaces, quotes, backslashes before quotes, cmd.exe metacharacters, %VAR%, Unicode. */
export const hostileArguments = ['a b', '"q"', 'x\\"y', '%PATH%', '^&', 'tail\\', '', ' lead', 'tab\there', 'a\\\\b\\', '\\"\\\\"', '&& echo pwned', '(x)', '<in >out |pipe', 'é ü 日本'];

/** What cmd.exe cannot take inside quotes, so Shopfloor refuses these for a .cmd/.bat program. */
export const cmdUnsafe = /["%!\r\n\0]/;

/** The agent paths the probe asks the guard about, and whether each must be allowed (scope `src/**`). */
export const agentPaths: Record<string, boolean> = {
  'src/a.ts': true,
  'SRC\\A.TS': true,
  'src/new.ts': true,
  'src/a.ts.': false,
  'src/a.ts ': false,
  'src/a.ts::$DATA': false,
  'src/a.ts:hidden': false,
  'src/CON': false,
  'src/con.txt': false,
  'src/NUL.ts': false,
  'src/LPT1': false,
  'src/PROGRA~1': false,
  '..\\x': false,
  'src\\..\\..\\x': false,
  'C:\\x': false,
  '\\\\?\\C:\\x': false,
  '\\\\server\\share': false,
  '.GIT/config': false,
  '.GitHub/Workflows/x.yml': false,
};
