import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The Shopfloor package's own root (where `examples/` lives), found by walking up from this module.
 * Works from the TypeScript sources, from the bundled `dist/`, and from an npm install.
 */
export function locatePackageRoot(fromUrl: string = import.meta.url): string {
  let directory = dirname(fileURLToPath(fromUrl));
  for (;;) {
    const manifest = join(directory, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'shopfloor') return directory;
    const parent = dirname(directory);
    if (parent === directory) throw new Error('cannot find the Shopfloor package root (package.json named "shopfloor") above this module');
    directory = parent;
  }
}
