import { charTestAccepts, compileGlob, slashCode, type CharTest, type GlobAutomaton } from './compile-glob.ts';
import { expandBraces } from './expand-braces.ts';
import { epsilonClosure } from './match-glob.ts';

/**
 * Decides, exactly, whether some path matches both globs, and returns the shortest such path as a witness.
 * It walks the product of the two automata over a finite alphabet that has one representative of every
 * class of characters the globs can tell apart, so `src/a/**` and `src/** /x.ts` overlap (witness
 * `src/a/x.ts`) while `src/a/**` and `src/b/**` do not.
 */
export function globsOverlap(a: string, b: string, options: { caseInsensitive?: boolean } = {}): { overlap: boolean; witness?: string } {
  const left = (expandBraces(a) ?? [a]).map((g) => compileGlob(g, options));
  const right = (expandBraces(b) ?? [b]).map((g) => compileGlob(g, options));
  for (const x of left) {
    for (const y of right) {
      const witness = productWitness(x, y);
      if (witness !== undefined) return { overlap: true, witness };
    }
  }
  return { overlap: false };
}

function productWitness(a: GlobAutomaton, b: GlobAutomaton): string | undefined {
  const alphabet = representativeAlphabet(a, b);
  const key = (x: Set<number>, y: Set<number>) => `${[...x].sort().join(',')}|${[...y].sort().join(',')}`;
  const start = { x: epsilonClosure(a, [a.start]), y: epsilonClosure(b, [b.start]), path: '' };
  const seen = new Set([key(start.x, start.y)]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const { x, y, path } = queue[head]!;
    if (x.has(a.accept) && y.has(b.accept)) return path;
    for (const code of alphabet) {
      const nx = step(a, x, code);
      if (nx.size === 0) continue;
      const ny = step(b, y, code);
      if (ny.size === 0) continue;
      const k = key(nx, ny);
      if (seen.has(k)) continue;
      seen.add(k);
      queue.push({ x: nx, y: ny, path: path + String.fromCodePoint(code) });
    }
  }
  return undefined;
}

function step(automaton: GlobAutomaton, states: Set<number>, code: number): Set<number> {
  const next: number[] = [];
  for (const state of states) {
    for (const edge of automaton.edges[state]!) if (charTestAccepts(edge.test, code)) next.push(edge.to);
  }
  return epsilonClosure(automaton, next);
}

/**
 * Every character class the two globs can distinguish is bounded by the code points they name, so those
 * points, their neighbours, `/`, and one character neither glob names cover every class. Readable
 * letters come first so witnesses read naturally.
 */
function representativeAlphabet(a: GlobAutomaton, b: GlobAutomaton): number[] {
  const points = new Set<number>([slashCode]);
  for (const automaton of [a, b]) {
    for (const edges of automaton.edges) for (const { test } of edges) addBoundaries(test, points);
  }
  const boundaries = [...points];
  for (const p of boundaries) {
    if (p > 0) points.add(p - 1);
    points.add(p + 1);
  }
  const preferred = [...'xyzab'].map((c) => c.codePointAt(0)!).find((c) => !boundaries.includes(c));
  const fresh = preferred ?? 0xe000;
  points.add(fresh);
  return [fresh, ...[...points].filter((p) => p !== fresh).sort((x, y) => x - y)];
}

function addBoundaries(test: CharTest, points: Set<number>): void {
  if (test.kind === 'char') points.add(test.code);
  if (test.kind === 'class') for (const [low, high] of test.ranges) points.add(low).add(high);
}
