// `npm run bench`: every bench/*.bench.ts exports `run(): Promise<BenchFigure[]>`; figures are printed
// side by side in one run. Ratios compare within the run; tests never assert timings.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchFigure } from './bench-figure.ts';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts') && (only.length === 0 || only.some((o) => f.includes(o)))).sort();
console.log(`Shopfloor bench on node ${process.version}, ${process.platform}/${process.arch}\n`);
for (const file of files) {
  const module = (await import(join(here, file))) as { title: string; run: () => Promise<BenchFigure[]> };
  console.log(`## ${module.title}`);
  const figures = await module.run();
  const width = Math.max(...figures.map((f) => f.name.length));
  for (const figure of figures) console.log(`  ${figure.name.padEnd(width)}  ${figure.value}${figure.note ? `   (${figure.note})` : ''}`);
  console.log('');
}
