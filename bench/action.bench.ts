// Cold start of the bundled action and its size. The cheap path measured is a validation failure
// (`command` unset): the runner starts node, loads dist/action.js and its static chunks, validates the
// inputs and exits 2 — everything a real command pays before it does its work. @actions/artifact is
// loaded only when verify uploads, so it is not in this figure, but it is in the size.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { promisify } from 'node:util';
import { fastestMs, type BenchFigure } from './bench-figure.ts';

const exec = promisify(execFile);
export const title = 'GitHub Action: cold start of dist/action.js and bundle size';

export async function run(): Promise<BenchFigure[]> {
  const outdir = await mkdtemp(join(tmpdir(), 'shopfloor-bench-dist-'));
  try {
    await buildInto(outdir);
    const action = join(outdir, 'action.js');
    const env = { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: '', GITHUB_STEP_SUMMARY: '' };
    const runs = 10;
    const bare = await fastestMs(runs, () => exec(process.execPath, ['-e', '0'], { env }));
    const cold = await fastestMs(runs, () => exec(process.execPath, [action], { env }).catch((error: { code?: number }) => {
      if (error.code !== 2) throw error;
    }));
    const { files, staticFiles } = await reachable(outdir, 'action.js');
    const size = async (names: ReadonlySet<string>) => (await Promise.all([...names].map(async (name) => (await stat(join(outdir, name))).size))).reduce((a, b) => a + b, 0);
    const entry = (await stat(action)).size;
    const total = await size(files);
    const artifact = await size(new Set([...files].filter((name) => name.includes('/artifact-'))));
    return [
      { name: 'node -e 0', value: `${bare.toFixed(0)} ms`, note: `fastest of ${runs}` },
      { name: 'node dist/action.js (no command: exit 2)', value: `${cold.toFixed(0)} ms`, note: `${(cold / bare).toFixed(2)}× node -e 0` },
      { name: 'dist/action.js', value: `${entry} bytes` },
      { name: 'dist/action.js + chunks loaded at start', value: `${await size(staticFiles)} bytes` },
      { name: 'dist/action.js + every chunk it can load', value: `${total} bytes`, note: `${artifact} of them @actions/artifact, loaded only when verify uploads` },
    ];
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
}

/** The chunks a bundle file imports, statically (at start) and in all (dynamic imports too), transitively. */
async function reachable(outdir: string, entry: string): Promise<{ files: Set<string>; staticFiles: Set<string> }> {
  const walk = async (dynamic: boolean) => {
    const seen = new Set<string>();
    const visit = async (file: string): Promise<void> => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = await readFile(join(outdir, file), 'utf8');
      // Only esbuild's own chunk names: bundled code holds other relative strings (a library's own imports).
      const chunk = String.raw`["'](\.{1,2}\/(?:chunks\/)?[\w-]+-[A-Z0-9]{8}\.js)["']`;
      const pattern = new RegExp(dynamic ? String.raw`(?:from\s*|import\s*\(\s*|import\s*)${chunk}` : String.raw`(?:from\s*|import\s*)${chunk}`, 'g');
      for (const match of text.matchAll(pattern)) await visit(posix.join(posix.dirname(file), match[1]!));
    };
    await visit(entry);
    return seen;
  };
  return { files: await walk(true), staticFiles: await walk(false) };
}

async function buildInto(outdir: string): Promise<void> {
  await exec(process.execPath, ['scripts/build.mjs'], { env: { ...process.env, SHOPFLOOR_DIST_DIR: outdir } });
}
