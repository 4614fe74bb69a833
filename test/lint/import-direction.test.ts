import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The architecture lives in eslint.config.js; these cases prove CI fails when it is broken.
const eslint = new ESLint();
async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? 'parse-error');
}

describe('import direction', () => {
  it.each([
    ['src/core/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'no-restricted-imports'],
    ['src/core/x.ts', "import { createGitCli } from '../adapters/git/git-cli.ts';\nexport const x = createGitCli;\n", 'no-restricted-imports'],
    ['src/core/x.ts', "import type { Git } from '../ports/git.ts';\nexport type X = Git;\n", 'no-restricted-imports'],
    ['src/core/x.ts', 'export const t = Date.now();\n', 'no-restricted-properties'],
    ['src/core/x.ts', 'export const r = Math.random();\n', 'no-restricted-properties'],
    ['src/core/x.ts', 'export const e = process.env.HOME;\n', 'no-restricted-globals'],
    ['src/core/x.ts', 'export const d = new Date();\n', 'no-restricted-syntax'],
    ['src/ports/x.ts', "import { validateRepo } from '../workflows/validate-repo.ts';\nexport const x = validateRepo;\n", 'no-restricted-imports'],
    ['src/workflows/x.ts', "import { createGitCli } from '../adapters/git/git-cli.ts';\nexport const x = createGitCli;\n", 'no-restricted-imports'],
    ['src/adapters/x.ts', "import { runCli } from '../entrypoints/cli/run-cli.ts';\nexport const x = runCli;\n", 'no-restricted-imports'],
  ])('%s: %s is refused', async (file, code, rule) => {
    expect(await ruleIds(file, code)).toContain(rule);
  });

  it.each([
    ['src/core/x.ts', "import { z } from 'zod';\nexport const s = z.string();\n"],
    ['src/workflows/x.ts', "import type { Git } from '../ports/git.ts';\nexport type X = Git;\n"],
    ['src/adapters/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
  ])('%s: allowed imports pass', async (file, code) => {
    expect(await ruleIds(file, code)).toEqual([]);
  });
});
