import { charTestAccepts, slashCode, type CharTest, type GlobAutomaton } from './compile-glob.ts';
import { epsilonClosure, matchGlob, prepareGlob, type CompiledGlob } from './match-glob.ts';

/**
 * Decides, exactly, whether some path matches both globs, and returns such a path as a witness.
 * It walks the product of the two automata over a finite alphabet that has one representative of every
 * class of characters the globs can tell apart, so `src/a/**` and `src/** /x.ts` overlap (witness
 * `src/a/x.ts`) while `src/a/**` and `src/b/**` do not.
 */
export function globsOverlap(a: string | CompiledGlob, b: string | CompiledGlob, options: { caseInsensitive?: boolean } = {}): { overlap: boolean; witness?: string } {
  const left = typeof a === 'string' ? prepareGlob(a, options) : a;
  const right = typeof b === 'string' ? prepareGlob(b, options) : b;
  if (isLiteralGlob(left.source) && isLiteralGlob(right.source)) {
    const path = normalizedLiteral(left);
    return path === normalizedLiteral(right) ? { overlap: true, witness: path } : { overlap: false };
  }
  // Literal heads must agree character by character; that rejects most pairs and skips the shared head.
  const headLeft = literalHead(left);
  const headRight = literalHead(right);
  const shared = Math.min(headLeft.length, headRight.length);
  if (headLeft.slice(0, shared) !== headRight.slice(0, shared)) return { overlap: false };
  const head = headLeft.slice(0, shared);
  // `dir/**` covers every path under dir/: a glob whose literal head is inside it overlaps it.
  for (const [subtree, other, otherHead] of [[left, right, headRight], [right, left, headLeft]] as const) {
    const dir = subtreeDirectory(subtree);
    if (dir !== undefined && otherHead.startsWith(`${dir}/`)) {
      const witness = isLiteralGlob(other.source)
        ? normalizedLiteral(other)
        : other.automata.map((automaton) => productWitness(automaton, automaton, otherHead)).find((w) => w !== undefined);
      return witness === undefined ? { overlap: false } : { overlap: true, witness };
    }
  }
  // A literal path overlaps exactly when the other glob matches it: no automaton product needed.
  for (const [literal, other] of [[left, right], [right, left]] as const) {
    if (isLiteralGlob(literal.source)) {
      const path = normalizedLiteral(literal);
      return matchGlob(other, path) ? { overlap: true, witness: path } : { overlap: false };
    }
  }
  for (const x of left.automata) {
    for (const y of right.automata) {
      const witness = productWitness(x, y, head);
      if (witness !== undefined) return { overlap: true, witness };
    }
  }
  return { overlap: false };
}

/** A glob with no wildcard, class, alternative or escape names exactly one path. */
export function isLiteralGlob(glob: string): boolean {
  return !/[*?[{\\]/.test(glob);
}

function normalizedLiteral(glob: CompiledGlob): string {
  const source = glob.source.replace(/^(\.\/)+/, '');
  return glob.caseInsensitive ? source.toLowerCase() : source;
}

/** `src/a` for the glob `src/a/**` (a literal directory and everything under it); otherwise undefined. */
function subtreeDirectory(glob: CompiledGlob): string | undefined {
  const match = /^((?:\.\/)*)([^*?[{\\]+)\/\*\*$/.exec(glob.source);
  if (!match) return undefined;
  return glob.caseInsensitive ? match[2]!.toLowerCase() : match[2];
}

/** The characters before the first wildcard, class, alternative or escape (folded like the glob). */
function literalHead(glob: CompiledGlob): string {
  const source = glob.source.replace(/^(\.\/)+/, '');
  const head = source.slice(0, source.search(/[*?[{\\]|$/));
  // A trailing `/` before `**` may be optional (`a/**/b` matches `a/b`), so stop before the last slash.
  const safe = head.slice(0, head.lastIndexOf('/') + 1);
  return glob.caseInsensitive ? safe.toLowerCase() : safe;
}

function productWitness(a: GlobAutomaton, b: GlobAutomaton, head: string): string | undefined {
  const key = (x: Set<number>, y: Set<number>) => `${[...x].sort().join(',')}|${[...y].sort().join(',')}`;
  let startX = epsilonClosure(a, [a.start]);
  let startY = epsilonClosure(b, [b.start]);
  for (const char of head) {
    const code = char.codePointAt(0)!;
    startX = step(a, startX, code);
    startY = step(b, startY, code);
    if (startX.size === 0 || startY.size === 0) return undefined;
  }
  // Depth-first, trying the characters the globs name before anything else, so the walk follows the
  // literal parts straight to an accepting pair instead of widening level by level.
  const seen = new Set([key(startX, startY)]);
  const stack = [{ x: startX, y: startY, path: head }];
  while (stack.length > 0) {
    const { x, y, path } = stack.pop()!;
    if (x.has(a.accept) && y.has(b.accept)) return path;
    const next: typeof stack = [];
    for (const code of representativeAlphabet(a, x, b, y)) {
      const nx = step(a, x, code);
      if (nx.size === 0) continue;
      const ny = step(b, y, code);
      if (ny.size === 0) continue;
      const k = key(nx, ny);
      if (seen.has(k)) continue;
      seen.add(k);
      next.push({ x: nx, y: ny, path: path + String.fromCodePoint(code) });
    }
    stack.push(...next.reverse());
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
 * Every character class the edges leaving the current states can distinguish is bounded by the code
 * points they name, so those points, their neighbours, `/`, and one character none of them names cover
 * every class. Readable letters come first so witnesses read naturally.
 */
function representativeAlphabet(a: GlobAutomaton, x: Set<number>, b: GlobAutomaton, y: Set<number>): number[] {
  const points = new Set<number>([slashCode]);
  for (const state of x) for (const { test } of a.edges[state]!) addBoundaries(test, points);
  for (const state of y) for (const { test } of b.edges[state]!) addBoundaries(test, points);
  const boundaries = [...points];
  for (const p of boundaries) {
    if (p > 0) points.add(p - 1);
    points.add(p + 1);
  }
  const preferred = [...'xyzab'].map((c) => c.codePointAt(0)!).find((c) => !boundaries.includes(c));
  const fresh = preferred ?? 0xe000;
  points.add(fresh);
  const named = boundaries.filter((p) => p !== slashCode);
  const rest = [...points].filter((p) => p !== fresh && p !== slashCode && !named.includes(p)).sort((p, q) => p - q);
  return [...named, fresh, slashCode, ...rest];
}

function addBoundaries(test: CharTest, points: Set<number>): void {
  if (test.kind === 'char') points.add(test.code);
  if (test.kind === 'class') for (const [low, high] of test.ranges) points.add(low).add(high);
}
