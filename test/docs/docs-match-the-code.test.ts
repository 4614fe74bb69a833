import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocCommands } from '../../src/core/docs/check-doc-commands.ts';
import { checkDocLinks } from '../../src/core/docs/check-doc-links.ts';
import { renderCliReference, spliceCliReference } from '../../src/core/docs/render-cli-reference.ts';
import { createCliProgram } from '../../src/entrypoints/cli/cli-program.ts';
import { describeCli } from '../../src/entrypoints/cli/describe-cli.ts';
import { readDocPage, readDocPages, repoRoot } from '../helpers/doc-pages.ts';

// The README and docs/ as a reader meets them: every link leads somewhere, every command shown runs,
// the CLI reference is the CLI's own definition, and the stated Node range is the one npm ci accepts.
// semver is npm's own range logic (here through the dev tools that depend on it), so "accepts" means what npm means.
const semver = createRequire(import.meta.url)('semver') as { subset(range: string, superset: string): boolean };
const quiet = { stdout: () => {}, stderr: () => {}, cwd: repoRoot, env: {}, isTTY: false, signal: new AbortController().signal };
const program = () => describeCli(createCliProgram(quiet, () => {}));
const pages = readDocPages();
const line = (entry: { page: string; line: number; reason: string }) => `${entry.page}:${entry.line}: ${entry.reason}`;

describe('README and docs/', () => {
  it('link only to files and headings that exist (GitHub anchors)', () => {
    const files = new Set(execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' }).split('\n').filter(Boolean));
    expect(checkDocLinks(pages, files).map(line)).toEqual([]);
  });

  it('show only shopfloor commands and options the CLI has', () => {
    expect(checkDocCommands(pages, program()).map((wrong) => `${line(wrong)} (${wrong.command})`)).toEqual([]);
  });

  it('carry a CLI reference equal to the commands\' definitions (npm run docs:cli rewrites it)', () => {
    const page = readDocPage('docs/cli.md');
    const fresh = spliceCliReference(page, renderCliReference(program()));
    expect(fresh.ok).toBe(true);
    if (fresh.ok && fresh.value !== page) expect.fail('docs/cli.md differs from the commands\' definitions: run `npm run docs:cli` and commit docs/cli.md');
    for (const command of ['shopfloor validate', 'shopfloor report verify', 'shopfloor demo']) expect(page).toContain(`## \`${command}\``);
  });

  it('state the Node range package.json engines gives, and every locked package accepts it (no EBADENGINE)', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { engines: { node: string } };
    const range = manifest.engines.node;
    expect(readDocPage('README.md')).toContain(`Node \`${range}\``);
    const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, { engines?: { node?: string } | string[] }> };
    const refusing = Object.entries(lock.packages).flatMap(([name, entry]) => {
      const wanted = entry.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
      return name && wanted && !semver.subset(range, wanted) ? [`${name} wants node ${wanted}`] : [];
    });
    expect(refusing).toEqual([]);
  });

  it('explain every top-level key of the policy schema in docs/policy.md', () => {
    const schema = JSON.parse(readFileSync(join(repoRoot, '.github', 'shopfloor.schema.json'), 'utf8')) as { properties: Record<string, unknown> };
    const page = readDocPage('docs/policy.md');
    const keys = Object.keys(schema.properties);
    expect(keys.length).toBeGreaterThan(5);
    expect(keys.filter((key) => !page.includes(`| \`${key}\` |`))).toEqual([]);
  });

  it('keep the two quick-start commands in the README and link every page of docs/ from it', () => {
    const readme = readDocPage('README.md');
    expect(readme).toMatch(/```sh\nnpm ci && npm run demo .*\nnpm test .*\n```/);
    for (const page of pages.filter((entry) => entry.path.startsWith('docs/'))) expect(readme, `README.md links ${page.path}`).toContain(`](${page.path})`);
  });
});
