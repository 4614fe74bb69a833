import { globsOverlap, isLiteralGlob } from '../glob/globs-overlap.ts';
import { prepareGlob, type CompiledGlob } from '../glob/match-glob.ts';

export interface ScopedItem {
  readonly id: string;
  readonly globs: readonly string[];
}

export interface ScopeConflict {
  readonly a: string;
  readonly b: string;
  readonly globs: readonly [string, string];
  /** A path both work orders may touch. */
  readonly witness: string;
}

/**
 * Pairs of items whose scopes could touch the same path. Only pairs whose literal directory prefixes nest
 * are compared, and each distinct glob pair is decided once, so thousands of work orders stay fast.
 * `related(a, b)` skips pairs that can never run at the same time (one depends on the other).
 */
export function findScopeConflicts(
  items: readonly ScopedItem[],
  options: { caseInsensitive?: boolean; related?: (a: string, b: string) => boolean } = {},
): ScopeConflict[] {
  const fold = (text: string) => (options.caseInsensitive ? text.toLowerCase() : text);
  const root = newTrieNode();
  const entries = items.flatMap((item, itemIndex) => item.globs.map((glob) => ({ itemIndex, glob, literal: isLiteralGlob(glob), prefix: literalPrefix(fold(glob)) })));
  // Patterns go into the prefix trie; literal paths only overlap patterns or the very same path, so
  // they are grouped by path instead of compared pairwise.
  const literalGroups = new Map<string, number[]>();
  entries.forEach((entry, entryIndex) => {
    if (!entry.literal) trieInsert(root, entry.prefix, entryIndex);
    else {
      const path = fold(entry.glob.replace(/^(\.\/)+/, ''));
      (literalGroups.get(path) ?? literalGroups.set(path, []).get(path)!).push(entryIndex);
    }
  });

  const compiled = new Map<string, CompiledGlob>();
  const prepared = (glob: string) => compiled.get(glob) ?? compiled.set(glob, prepareGlob(glob, { caseInsensitive: options.caseInsensitive ?? false })).get(glob)!;
  const globIds = new Map<string, number>();
  const globId = (glob: string) => globIds.get(glob) ?? globIds.set(glob, globIds.size).get(glob)!;
  const memo = new Map<number, string | null>();
  const overlapOf = (x: string, y: string): string | null => {
    const [i, j] = [globId(x), globId(y)];
    const key = i < j ? i * 2 ** 26 + j : j * 2 ** 26 + i;
    let witness = memo.get(key);
    if (witness === undefined) {
      const result = globsOverlap(prepared(x), prepared(y));
      witness = result.overlap ? result.witness! : null;
      memo.set(key, witness);
    }
    return witness;
  };

  const found = new Map<number, ScopeConflict>();
  const scratch: number[] = [];
  entries.forEach((entry, entryIndex) => {
    const candidates = collectCandidates(root, entry.prefix, scratch);
    if (entry.literal) for (const same of literalGroups.get(fold(entry.glob.replace(/^(\.\/)+/, '')))!) candidates.push(same);
    for (const otherIndex of candidates) {
      const other = entries[otherIndex]!;
      // Each pattern pair is seen from both sides; a literal-pattern pair only from the literal's side.
      if (other.literal === entry.literal ? otherIndex <= entryIndex : !entry.literal) continue;
      if (other.itemIndex === entry.itemIndex) continue;
      const [first, second] = entry.itemIndex < other.itemIndex ? [entry, other] : [other, entry];
      const a = items[first.itemIndex]!.id;
      const b = items[second.itemIndex]!.id;
      const pairKey = first.itemIndex * items.length + second.itemIndex;
      if (found.has(pairKey) || options.related?.(a, b)) continue;
      const witness = overlapOf(first.glob, second.glob);
      if (witness !== null) found.set(pairKey, { a, b, globs: [first.glob, second.glob], witness });
    }
  });
  return [...found.values()].sort((x, y) => x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

/** The leading segments that hold no wildcard: `src/a/*.ts` -> ["src", "a"]. */
function literalPrefix(glob: string): string[] {
  const segments = glob.replace(/^(\.\/)+/, '').split('/');
  const prefix: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (/[*?[{\\]/.test(segment)) break;
    prefix.push(segment);
  }
  return prefix;
}

interface TrieNode {
  readonly children: Map<string, TrieNode>;
  readonly entries: number[];
}

const newTrieNode = (): TrieNode => ({ children: new Map(), entries: [] });

function trieInsert(root: TrieNode, prefix: readonly string[], entry: number): void {
  let node = root;
  for (const segment of prefix) {
    let child = node.children.get(segment);
    if (!child) node.children.set(segment, (child = newTrieNode()));
    node = child;
  }
  node.entries.push(entry);
}

/**
 * Entries whose prefix is an ancestor of, equal to, or below `prefix`: the only ones that can overlap.
 * Written into `out` (cleared first) so the hot loop allocates nothing per entry.
 */
function collectCandidates(root: TrieNode, prefix: readonly string[], out: number[]): number[] {
  out.length = 0;
  let node: TrieNode | undefined = root;
  for (const segment of prefix) {
    for (const entry of node.entries) out.push(entry);
    node = node.children.get(segment);
    if (!node) return out;
  }
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (const entry of current.entries) out.push(entry);
    for (const child of current.children.values()) stack.push(child);
  }
  return out;
}
