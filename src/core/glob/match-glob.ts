import { productWitness } from './automaton-product.ts';
import { charTestAccepts, compileGlob, literalHead, subtreeDirectory, type GlobAutomaton } from './compile-glob.ts';
import { expandBraces } from './expand-braces.ts';

/** A glob ready for matching many paths: compile once, match often. */
export interface CompiledGlob {
  readonly source: string;
  readonly automata: readonly GlobAutomaton[];
  readonly caseInsensitive: boolean;
  /** One path the glob matches (undefined if none can), computed on first use and kept. */
  readonly sample: string | undefined;
}

export function prepareGlob(glob: string, options: { caseInsensitive?: boolean } = {}): CompiledGlob {
  const caseInsensitive = options.caseInsensitive ?? false;
  // Compiled on first use: literal and subtree shortcuts in `globsOverlap` never need the automata.
  let automata: readonly GlobAutomaton[] | undefined;
  let sample: { value: string | undefined } | undefined;
  const compiled: CompiledGlob = {
    source: glob,
    caseInsensitive,
    get automata() {
      automata ??= (expandBraces(glob) ?? [glob]).map((g) => compileGlob(g, { caseInsensitive }));
      return automata;
    },
    get sample() {
      // `dir/**` needs no automaton: any file under dir will do.
      const subtree = subtreeDirectory(glob, caseInsensitive);
      if (subtree !== undefined) sample ??= { value: `${subtree}/x` };
      sample ??= { value: compiled.automata.map((automaton) => productWitness(automaton, automaton, literalHead(glob, caseInsensitive))).find((w) => w !== undefined) };
      return sample.value;
    },
  };
  return compiled;
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

function runAutomaton(automaton: GlobAutomaton, path: string): boolean {
  // Active states as a list plus a generation-stamped marker: each step touches only live states.
  const seenAt = new Uint32Array(automaton.closure.length);
  let generation = 1;
  let current: number[] = [...automaton.closure[automaton.start]!];
  for (let i = 0; i < path.length; i++) {
    const code = path.codePointAt(i)!;
    if (code > 0xffff) i++;
    generation++;
    const next: number[] = [];
    for (const state of current) {
      for (const edge of automaton.edges[state]!) {
        if (!charTestAccepts(edge.test, code)) continue;
        for (const reached of automaton.closure[edge.to]!) {
          if (seenAt[reached] === generation) continue;
          seenAt[reached] = generation;
          next.push(reached);
        }
      }
    }
    if (next.length === 0) return false;
    current = next;
  }
  return current.includes(automaton.accept);
}
