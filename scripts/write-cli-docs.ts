// Writes the generated part of docs/cli.md from the `shopfloor` program definition (npm run docs:cli).
// test/docs/cli-reference.test.ts fails when the committed page differs from a fresh rendering.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCliReference, spliceCliReference } from '../src/core/docs/render-cli-reference.ts';
import { createCliProgram } from '../src/entrypoints/cli/cli-program.ts';
import { describeCli } from '../src/entrypoints/cli/describe-cli.ts';

const page = join(import.meta.dirname, '..', 'docs', 'cli.md');
const quiet = { stdout: () => {}, stderr: () => {}, cwd: process.cwd(), env: {}, isTTY: false, signal: new AbortController().signal };
const spliced = spliceCliReference(readFileSync(page, 'utf8'), renderCliReference(describeCli(createCliProgram(quiet, () => {}))));
if (!spliced.ok) {
  process.stderr.write(`docs/cli.md: ${spliced.error}\n`);
  process.exit(2);
}
writeFileSync(page, spliced.value);
process.stdout.write('docs/cli.md: CLI reference written from the program definition\n');
