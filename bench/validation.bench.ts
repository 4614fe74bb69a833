// One huge work order (issue 15 items 1 and 11): validation must stay linear; target 10 MB in under 2 s
// through the built CLI on an idle 2-core dev machine. Figures only; tests never assert timings. On a
// loaded machine read the ratios: each compares two runs made side by side under the same load.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseDocument } from 'yaml';
import { checkWorkOrderFile } from '../src/core/workorder/check-work-order-file.ts';
import { fastestMs, pairedMedians, type BenchFigure } from './bench-figure.ts';

const exec = promisify(execFile);
export const title = 'Validation: one very large work order';

const head = 'apiVersion: shopfloor/v1\nid: big\ntitle: Big\ngoal: g\nkind: feature\nscope:\n  paths: ["src/**"]\nacceptance:\n  criteria: [x]\n';

/** A work order of about `megabytes` MB: `unknown` unknown keys, or one long valid goal. */
function generate(megabytes: number, unknown: boolean): string {
  const lines: string[] = [];
  let size = head.length;
  for (let i = 0; size < megabytes * 1e6; i++) {
    const line = unknown ? `unknown_key_${i}: value ${i}` : `  line ${i} of a very long goal`;
    lines.push(line);
    size += line.length + 1;
  }
  return unknown ? `${head}${lines.join('\n')}\n` : head.replace('goal: g\n', `goal: |\n${lines.join('\n')}\n`);
}

const cases = [['1 MB of unknown keys', 1, true], ['10 MB of unknown keys (~300,000)', 10, true], ['10 MB valid (one long goal)', 10, false]] as const;

export async function run(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const times = new Map<string, number>();
  for (const [name, megabytes, unknown] of cases) {
    const text = generate(megabytes, unknown);
    let findings = 0;
    const ms = await fastestMs(2, () => (findings = checkWorkOrderFile(text, 'workorders/big.yml').findings.length));
    times.set(name, ms);
    figures.push({ name, value: `${Math.round(ms)} ms`, note: `${findings} finding(s); in process` });
  }
  // Linear means about 10: the unknown keys of the root are located by a line scan that stops at the
  // keys reported, not by a second, position-keeping parse.
  const ratio = times.get('10 MB of unknown keys (~300,000)')! / times.get('1 MB of unknown keys')!;
  figures.push({ name: '10 MB / 1 MB of unknown keys', value: `${ratio.toFixed(1)}×`, note: 'linear ≈ 10×' });
  // Against the yaml package parsing the same text, side by side: load does not hide a regression here.
  for (const [name, megabytes, unknown] of cases.slice(1)) {
    const text = generate(megabytes, unknown);
    const paired = await pairedMedians(3, () => parseDocument(text, { uniqueKeys: false }), () => checkWorkOrderFile(text, 'workorders/big.yml'));
    figures.push({ name: `${name}: validate ÷ yaml parseDocument`, value: `${paired.cpuRatio.toFixed(2)}× CPU (${paired.ratio.toFixed(2)}× wall)`, note: `validate ${Math.round(paired.cpuB)} ms CPU / ${Math.round(paired.b)} ms wall, yaml ${Math.round(paired.cpuA)} / ${Math.round(paired.a)} ms (medians); under 1× means validating costs less than one yaml parse` });
  }
  figures.push(...(await builtCliFigures()));
  return figures;
}

/**
 * `shopfloor validate` through the bundle users run (node start, module loading, file reading and
 * output included), against `node` reading the same file and parsing it with `yaml`, side by side. Each
 * child reports its own CPU time: on a shared machine that is the figure load does not inflate.
 */
async function builtCliFigures(): Promise<BenchFigure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'shopfloor-bench-validate-'));
  try {
    await exec(process.execPath, ['scripts/build.mjs'], { env: { ...process.env, SHOPFLOOR_DIST_DIR: join(dir, 'dist') } });
    const repo = join(dir, 'repo');
    await mkdir(join(repo, 'workorders'), { recursive: true });
    const figures: BenchFigure[] = [];
    const yamlScript = `const { parseDocument } = await import(${JSON.stringify(import.meta.resolve('yaml'))}); parseDocument((await import('node:fs')).readFileSync(process.argv[1], 'utf8'), { uniqueKeys: false });`;
    for (const [name, megabytes, unknown] of cases.slice(1)) {
      const file = join(repo, 'workorders', 'big.yml');
      await writeFile(file, generate(megabytes, unknown));
      const validate = childTimes([join(dir, 'dist', 'cli.js'), 'validate', '--repo', repo]);
      const parse = childTimes(['--input-type=module', '-e', yamlScript, file]);
      const runs = { validate: [] as ChildTimes[], parse: [] as ChildTimes[] };
      for (let round = 0; round < 3; round++) {
        for (const which of round % 2 === 0 ? (['parse', 'validate'] as const) : (['validate', 'parse'] as const)) runs[which].push(await (which === 'parse' ? parse : validate)());
      }
      const cpu = median(runs.validate.map((t) => t.cpuMs));
      const wall = median(runs.validate.map((t) => t.wallMs));
      const cpuRatio = median(runs.validate.map((t, i) => t.cpuMs / runs.parse[i]!.cpuMs));
      figures.push({ name: `dist/cli.js validate, ${name}`, value: `${Math.round(cpu)} ms CPU (${Math.round(wall)} ms wall)`, note: `target under 2,000 ms; ${cpuRatio.toFixed(2)}× the CPU of node + yaml parsing the same file (${Math.round(median(runs.parse.map((t) => t.cpuMs)))} ms CPU, ${Math.round(median(runs.parse.map((t) => t.wallMs)))} ms wall), medians of 3 side-by-side pairs` });
    }
    return figures;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface ChildTimes {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** Preloaded into a child `node`: on exit it writes its own CPU time (user + system, every thread) to stderr. */
const reportCpu = `data:text/javascript,${encodeURIComponent("import { writeSync } from 'node:fs'; process.on('exit', () => { const u = process.cpuUsage(); writeSync(2, '\\nbench-cpu-ms ' + (u.user + u.system) / 1000 + '\\n'); });")}`;

/** Runs `node args` (exit 0 or 1, as validate answers) and reads its wall and CPU time. */
function childTimes(args: readonly string[]): () => Promise<ChildTimes> {
  return async () => {
    const started = performance.now();
    const { stderr } = await exec(process.execPath, ['--import', reportCpu, ...args], { maxBuffer: 1 << 26 }).catch((error: { code?: number; stderr?: string }) => {
      if (error.code !== 1) throw error;
      return { stderr: error.stderr ?? '' };
    });
    const wallMs = performance.now() - started;
    const cpu = /bench-cpu-ms ([\d.]+)/.exec(stderr);
    if (!cpu) throw new Error(`no CPU time reported by node ${args.join(' ')}`);
    return { wallMs, cpuMs: Number(cpu[1]) };
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)]!;
}
