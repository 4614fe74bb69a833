import { charTestAccepts, compileGlob, type GlobAutomaton } from './compile-glob.ts';
import { expandBraces } from './expand-braces.ts';

/** A glob ready for matching many paths: compile once, match often. */
export interface CompiledGlob {
  readonly source: string;
  readonly automata: readonly GlobAutomaton[];
  readonly caseInsensitive: boolean;
}

export function prepareGlob(glob: string, options: { caseInsensitive?: boolean } = {}): CompiledGlob {
  const caseInsensitive = options.caseInsensitive ?? false;
  const alternatives = expandBraces(glob) ?? [glob];
  return { source: glob, caseInsensitive, automata: alternatives.map((g) => compileGlob(g, { caseInsensitive })) };
}

/** Whether a repository-relative path (`/`-separated, no leading `./`) matches the glob. */
export function matchGlob(glob: CompiledGlob | string, path: string): boolean {
  const compiled = typeof glob === 'string' ? prepareGlob(glob) : glob;
  const subject = compiled.caseInsensitive ? path.toLowerCase() : path;
  return compiled.automata.some((automaton) => runAutomaton(automaton, subject));
}

/** Whether the path matches any of the globs. */
export function matchAnyGlob(globs: readonly CompiledGlob[], path: string): boolean {
  return globs.some((glob) => matchGlob(glob, path));
}

export function epsilonClosure(automaton: GlobAutomaton, states: Iterable<number>): Set<number> {
  const closed = new Set<number>();
  const stack = [...states];
  while (stack.length > 0) {
    const state = stack.pop()!;
    if (closed.has(state)) continue;
    closed.add(state);
    stack.push(...automaton.epsilon[state]!);
  }
  return closed;
}

function runAutomaton(automaton: GlobAutomaton, path: string): boolean {
  let current = epsilonClosure(automaton, [automaton.start]);
  for (const char of path) {
    const code = char.codePointAt(0)!;
    const next: number[] = [];
    for (const state of current) {
      for (const edge of automaton.edges[state]!) if (charTestAccepts(edge.test, code)) next.push(edge.to);
    }
    if (next.length === 0) return false;
    current = epsilonClosure(automaton, next);
  }
  return current.has(automaton.accept);
}
