import { isMap, isScalar, isSeq, isPair, type Document, type Node } from 'yaml';

/**
 * The offsets of keys that repeat a key of the same mapping. The `yaml` parser's own `uniqueKeys` check
 * compares each key with every earlier one (O(n²): 200,000 keys never finish); this walks the document
 * once with a set per mapping, iteratively so deep nesting cannot overflow the stack.
 */
export function findDuplicateYamlKeys(document: Document): number[] {
  const offsets: number[] = [];
  const stack: unknown[] = [document.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const item of node.items) {
        if (isScalar(item.key)) {
          const key = `${typeof item.key.value}:${String(item.key.value)}`;
          if (seen.has(key)) offsets.push(item.key.range?.[0] ?? 0);
          seen.add(key);
        }
        stack.push(item.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(isPair(item) ? (item as { value: Node }).value : item);
    }
  }
  return offsets.sort((a, b) => a - b);
}
