import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import type { FieldPath } from './finding.ts';

export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** Maps field paths of a parsed YAML document back to `line:col` in its text. */
export interface YamlLocator {
  /** The position of the value at `path`, or of its nearest existing ancestor. */
  readonly valueAt: (path: FieldPath) => SourcePosition;
  /** The position of the key `key` inside the mapping at `path` (for unknown or misplaced keys). */
  readonly keyAt: (path: FieldPath, key: string) => SourcePosition;
}

/**
 * Each mapping's keys are indexed on first use, so locating every one of n unknown keys is O(n), not
 * O(n²) (a work order with 200,000 unknown keys must still validate in seconds).
 */
export function createYamlLocator(document: Document, lineCounter: LineCounter): YamlLocator {
  const indexes = new Map<YAMLMap, Map<string, Pair>>();
  const pairOf = (map: YAMLMap, key: string): Pair | undefined => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const item of map.items) {
        const name = isScalar(item.key) ? String(item.key.value) : undefined;
        if (name !== undefined && !index.has(name)) index.set(name, item as Pair);
      }
      indexes.set(map, index);
    }
    return index.get(key);
  };
  const toPosition = (offset: number | undefined): SourcePosition => {
    if (offset === undefined) return { line: 1, column: 1 };
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const nodeAt = (path: FieldPath): Node | undefined => {
    let node = document.contents as Node | null;
    let found: Node | undefined = node ?? undefined;
    for (const part of path) {
      if (isMap(node)) node = (pairOf(node, String(part))?.value as Node | undefined) ?? null;
      else if (isSeq(node) && typeof part === 'number') node = (node.get(part, true) as Node | undefined) ?? null;
      else node = null;
      if (!node) break;
      found = node;
    }
    return found;
  };
  return {
    valueAt: (path) => toPosition(nodeAt(path)?.range?.[0]),
    keyAt: (path, key) => {
      const container = nodeAt(path);
      if (isMap(container)) {
        const pair = pairOf(container, key);
        if (pair && isScalar(pair.key)) return toPosition(pair.key.range?.[0]);
      }
      return toPosition(container?.range?.[0]);
    },
  };
}
