import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
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

export function createYamlLocator(document: Document, lineCounter: LineCounter): YamlLocator {
  const toPosition = (offset: number | undefined): SourcePosition => {
    if (offset === undefined) return { line: 1, column: 1 };
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const nodeAt = (path: FieldPath): Node | undefined => {
    let node = document.contents as Node | null;
    let found: Node | undefined = node ?? undefined;
    for (const part of path) {
      if (isMap(node)) node = (node.get(part, true) as Node | undefined) ?? null;
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
        const pair = container.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
        if (pair && isScalar(pair.key)) return toPosition(pair.key.range?.[0]);
      }
      return toPosition(container?.range?.[0]);
    },
  };
}
