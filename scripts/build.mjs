// Bundles every entry point under src/entrypoints into dist/ with esbuild. dist/ is committed: the
// GitHub Action runs from it, and CI fails when it is stale (scripts/check-dist.mjs).
import { build } from 'esbuild';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const entries = ['cli', 'action', 'probot-app', 'probot-server'].filter((name) => existsSync(`src/entrypoints/${name}.ts`));
// SHOPFLOOR_DIST_DIR builds elsewhere (tests and benches bundle into a temp dir and leave dist/ alone).
const outdir = process.env.SHOPFLOOR_DIST_DIR ?? 'dist';
// The Windows box launcher is built by `npm run build:native` (a C compiler, not esbuild): keep it.
const native = new Set(['shopfloor-box.exe']);
if (existsSync(outdir)) for (const name of readdirSync(outdir)) if (!native.has(name)) rmSync(join(outdir, name), { recursive: true, force: true });
await build({
  entryPoints: Object.fromEntries(entries.map((name) => [name, `src/entrypoints/${name}.ts`])),
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  // Some CommonJS dependencies call require(); give the ESM bundle one under a name nothing else uses.
  banner: { js: "import { createRequire as __shopfloorCreateRequire } from 'node:module';\nconst require = __shopfloorCreateRequire(import.meta.url);" },
});
console.log(`built ${entries.map((name) => `${outdir}/${name}.js`).join(', ')}`);
