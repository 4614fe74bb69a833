import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocPage } from '../../src/core/docs/check-doc-links.ts';

/** The repository root, from test/helpers. */
export const repoRoot = join(import.meta.dirname, '..', '..');

/** README.md and every page under docs/, as repository paths with their text. */
export function readDocPages(root = repoRoot): DocPage[] {
  const docs = readdirSync(join(root, 'docs'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md')).sort();
  return ['README.md', ...docs.map((name) => `docs/${name.split('\\').join('/')}`)].map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
}

/** One page by its repository path. */
export function readDocPage(path: string, root = repoRoot): string {
  return readFileSync(join(root, path), 'utf8');
}
