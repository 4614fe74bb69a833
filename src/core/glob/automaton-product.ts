import { charTestAccepts, slashCode, type CharTest, type GlobAutomaton } from './compile-glob.ts';

/** The set of states reachable from `states` through epsilon moves (precomputed per state). */
export function epsilonClosure(automaton: GlobAutomaton, states: Iterable<number>): Set<number> {
  const closed = new Set<number>();
  for (const state of states) for (const reached of automaton.closure[state]!) closed.add(reached);
  return closed;
}

/**
 * A path accepted by both automata, found depth-first from the states reached after `head` (a shared
 * literal prefix), or undefined when their languages are disjoint. With the same automaton twice it
 * yields a sample path of one glob.
 */
export function productWitness(a: GlobAutomaton, b: GlobAutomaton, head: string): string | undefined {
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
  // Single characters split the alphabet only at themselves; class ranges also need a point on each
  // side of each end. One character no test names stands for everything else.
  const named = new Set<number>();
  const neighbours = new Set<number>();
  const ranges: (readonly [number, number])[] = [];
  const collect = (test: CharTest) => {
    if (test.kind === 'char') named.add(test.code);
    if (test.kind === 'class') {
      for (const [low, high] of test.ranges) {
        ranges.push([low, high]);
        named.add(low).add(high);
        if (low > 0) neighbours.add(low - 1);
        neighbours.add(high + 1);
      }
    }
  };
  for (const state of x) for (const { test } of a.edges[state]!) collect(test);
  for (const state of y) for (const { test } of b.edges[state]!) collect(test);
  named.delete(slashCode);
  // The stand-in for "everything else" must be named by no test and lie in no range.
  const unused = (c: number) => c !== slashCode && !named.has(c) && !ranges.some(([low, high]) => c >= low && c <= high);
  let fresh = preferredFresh.find(unused) ?? 0xe000;
  while (!unused(fresh) && fresh < 0x10ffff) fresh++;
  const rest = [...neighbours].filter((p) => p !== slashCode && p !== fresh && !named.has(p));
  return [...named, fresh, slashCode, ...rest];
}

const preferredFresh = [...'xyzab'].map((c) => c.codePointAt(0)!);
