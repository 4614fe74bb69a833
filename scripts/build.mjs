// Bundles every entry point under src/entrypoints into dist/ with esbuild. dist/ is committed: the
// GitHub Action runs from it, and CI fails when it is stale (scripts/check-dist.mjs).
import { build } from 'esbuild';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @actions/core's OIDC client (getIDToken) and `platform` helpers have no effect when loaded, and the
 * action uses neither; declaring them side-effect free lets esbuild leave them (and the @actions/http-client
 * and undici they import, ~800 kB) out of the action's cold start. @actions/artifact still loads them when
 * verify uploads.
 */
const unusedActionsCoreParts = {
  name: 'unused-actions-core-parts',
  setup(build) {
    build.onResolve({ filter: /^\.\/(oidc-utils|platform)\.js$/ }, async (args) => {
      if (args.pluginData?.resolving || !/[\\/]@actions[\\/]core[\\/]/.test(args.importer)) return undefined;
      const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { resolving: true } });
      return { ...resolved, sideEffects: false };
    });
  },
};

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
  plugins: [unusedActionsCoreParts],
  banner: { js: "import { createRequire as __shopfloorCreateRequire } from 'node:module';\nconst require = __shopfloorCreateRequire(import.meta.url);" },
});
console.log(`built ${entries.map((name) => `${outdir}/${name}.js`).join(', ')}`);
