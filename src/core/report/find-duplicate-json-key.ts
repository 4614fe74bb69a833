interface Frame {
  /** Keys seen so far; absent for an array. */
  readonly keys?: Set<string>;
  readonly name: string;
  expectKey: boolean;
  lastKey: string;
  index: number;
}

/**
 * The first object key that appears twice in one JSON object of `text`, with its path, or undefined.
 * `JSON.parse` keeps the last of duplicate keys silently, so a signed report could carry a second value
 * a different reader would take; a report with duplicates is refused instead. Assumes `text` is JSON
 * that `JSON.parse` accepted (it only tracks strings, objects, arrays and commas).
 */
export function findDuplicateJsonKey(text: string): { readonly key: string; readonly path: string } | undefined {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const top = stack[stack.length - 1];
    if (char === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (top?.keys && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) return { key, path: [...stack.map((frame) => frame.name), key].filter(Boolean).join('.') };
        top.keys.add(key);
        top.expectKey = false;
        top.lastKey = key;
      }
      i = end;
    } else if (char === '{' || char === '[') {
      const name = !top ? '' : top.keys ? top.lastKey : `[${top.index}]`;
      stack.push({ ...(char === '{' ? { keys: new Set<string>() } : {}), name, expectKey: char === '{', lastKey: '', index: 0 });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',' && top) {
      if (top.keys) top.expectKey = true;
      else top.index += 1;
    }
  }
  return undefined;
}
