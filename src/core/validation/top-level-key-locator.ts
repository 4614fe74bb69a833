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
  let keys: Map<string, number> | undefined;
  const index = () => {
    if (keys) return keys;
    keys = new Map();
    let line = 1;
    let start = 0;
    while (start <= text.length) {
      const end = text.indexOf('\n', start);
      const stop = end === -1 ? text.length : end;
      const first = text.charCodeAt(start);
      // Not a space, tab, '#', '-', quote, flow or explicit-key indicator: a plain key may start here.
      if (stop > start && !' \t#-"\'{[?%&*!|>'.includes(text[start]!)) {
        const match = /^([^:#\s][^:#]*?)[ \t]*:(?:[ \t]|$)/.exec(text.slice(start, Math.min(stop, start + 1024)).replace(/\r$/, ''));
        if (match && !keys.has(match[1]!) && first !== 0xfeff) keys.set(match[1]!, line);
      }
      if (end === -1) break;
      start = end + 1;
      line += 1;
    }
    return keys;
  };
  return {
    valueAt: (path: FieldPath) => fallback().valueAt(path),
    keyAt: (path: FieldPath, key: string): SourcePosition => {
      const line = path.length === 0 ? index().get(key) : undefined;
      return line === undefined ? fallback().keyAt(path, key) : { line, column: 1 };
    },
  };
}
