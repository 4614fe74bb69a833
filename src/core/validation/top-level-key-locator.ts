import type { FieldPath } from './finding.ts';
import type { SourcePosition, YamlLocator } from './yaml-locator.ts';

/**
 * A locator for text a YAML parser already accepted as a block mapping: the root's keys are found by
 * one scan for lines that start at column 1 with `key:` (a plain key; values and block scalars under
 * them are indented, comments and document markers are skipped), so reporting unknown keys of a 10 MB
 * file needs no second, position-keeping parse. Anything else (nested paths, values, quoted keys) is
 * asked of `fallback`, which is only built when first needed.
 */
export function createTopLevelKeyLocator(text: string, fallback: () => YamlLocator): YamlLocator {
  // The scan goes only as far as the keys asked for: findings name the first few unknown keys in file
  // order, so a file of 300,000 unknown keys is read a few lines deep, not indexed whole.
  const keys = new Map<string, number>();
  let line = 1;
  let start = 0;
  const find = (key: string): number | undefined => {
    const known = keys.get(key);
    if (known !== undefined) return known;
    while (start <= text.length) {
      const end = text.indexOf('\n', start);
      const stop = end === -1 ? text.length : end;
      const here = line;
      const first = text.charCodeAt(start);
      let found: string | undefined;
      // Not a space, tab, '#', '-', quote, flow or explicit-key indicator: a plain key may start here.
      if (stop > start && first !== 0xfeff && !' \t#-"\'{[?%&*!|>'.includes(text[start]!)) {
        found = /^([^:#\s][^:#]*?)[ \t]*:(?:[ \t]|$)/.exec(text.slice(start, Math.min(stop, start + 1024)).replace(/\r$/, ''))?.[1];
      }
      start = end === -1 ? text.length + 1 : end + 1;
      line += 1;
      if (found !== undefined && !keys.has(found)) {
        keys.set(found, here);
        if (found === key) return here;
      }
    }
    return undefined;
  };
  return {
    valueAt: (path: FieldPath) => fallback().valueAt(path),
    keyAt: (path: FieldPath, key: string): SourcePosition => {
      const at = path.length === 0 ? find(key) : undefined;
      return at === undefined ? fallback().keyAt(path, key) : { line: at, column: 1 };
    },
  };
}
