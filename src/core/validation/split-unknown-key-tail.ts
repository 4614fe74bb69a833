/** A tail of one-line unknown root entries, cut off so the YAML parser does not build them. */
export interface UnknownKeyTail {
  /** The text before the tail, still to be parsed. */
  readonly head: string;
  /** The tail's keys in file order. */
  readonly keys: readonly string[];
  /** Whether `key` is also a key of the tail (for the head's keys: a duplicate across the cut). */
  readonly has: (key: string) => boolean;
}

/** Below this many entries the parser builds them faster than they are worth cutting. */
const minTailEntries = 1_000;

/**
 * A file of 300,000 `unknown_key: value` lines spent most of its validation in the YAML parser adding
 * keys nobody reads to one huge object. When the text ends in at least a thousand lines that are each a
 * whole root entry a parser cannot read two ways (a plain word key at column 1 that the schema does not
 * know, `: `, a plain word value, nothing else), that tail is cut off: its keys are all the validator
 * needs. Returns undefined when there is no such tail, or a key repeats inside it (the position-keeping
 * parser reports duplicates).
 *
 * Why the cut cannot change what the head means: tail lines hold no quote, bracket, brace, `#`, `&`,
 * `*`, `!` or tab, so nothing opened in the head can be closed in the tail (an unclosed head fails to
 * parse alone as it does whole), and a line at column 1 ends any block scalar or plain scalar of the
 * root. Text with document markers or directives is left whole.
 */
export function splitUnknownKeyTail(text: string, knownKeys: ReadonlySet<string>): UnknownKeyTail | undefined {
  // Keys the tail may not hold: the schema's own, and words the YAML core schema reads as null or a boolean.
  const excluded = new Set([...knownKeys, ...['null', 'true', 'false'].flatMap((word) => [word, word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()])]);
  const excludedHashes = new Set([...excluded].map((key) => hashOf(key, 0, key.length)));
  const keys = createKeyTable(text);
  let end = text.length;
  if (text.charCodeAt(end - 1) === 10) end -= 1;
  let cut = text.length;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const keyEnd = plainEntryKeyEnd(text, start, end);
    if (keyEnd === -1) break;
    const hash = hashOf(text, start, keyEnd);
    if (excludedHashes.has(hash) && excluded.has(text.slice(start, keyEnd))) break;
    // A repeated key: the position-keeping parser reports it.
    if (!keys.add(hash, start, keyEnd)) return undefined;
    cut = start;
    end = start - 1;
  }
  if (keys.size() < minTailEntries) return undefined;
  const head = text.slice(0, cut);
  if (/^(?:---|\.\.\.|%)/m.test(head)) return undefined;
  return { head, keys: keys.list(), has: (key) => keys.has(hashOf(key, 0, key.length), key) };
}

/**
 * The tail's keys as ranges of `text`, in an open-addressing table of their hashes: a 300,000-key tail
 * builds no string and no Map entry per line (both cost more than reading the line).
 */
function createKeyTable(text: string) {
  // Typed arrays, grown by doubling: plain arrays of 300,000 numbers were copied by every young-generation GC.
  let starts = new Int32Array(1 << 12);
  let ends = new Int32Array(1 << 12);
  let hashes = new Int32Array(1 << 12);
  let size = 0;
  let slots = new Int32Array(1 << 13);
  const sameKey = (entry: number, start: number, end: number) => {
    const from = starts[entry]!;
    if (ends[entry]! - from !== end - start) return false;
    for (let i = 0; i < end - start; i++) if (text.charCodeAt(from + i) !== text.charCodeAt(start + i)) return false;
    return true;
  };
  const place = (entry: number) => {
    let slot = hashes[entry]! & (slots.length - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (slots.length - 1);
    slots[slot] = entry + 1;
  };
  const grown = (array: Int32Array) => {
    const bigger = new Int32Array(array.length * 2);
    bigger.set(array);
    return bigger;
  };
  return {
    /** Adds a key unless it is there already (then answers false). */
    add: (hash: number, start: number, end: number): boolean => {
      for (let slot = hash & (slots.length - 1); slots[slot] !== 0; slot = (slot + 1) & (slots.length - 1)) {
        const entry = slots[slot]! - 1;
        if (hashes[entry] === hash && sameKey(entry, start, end)) return false;
      }
      if (size === hashes.length) {
        starts = grown(starts);
        ends = grown(ends);
        hashes = grown(hashes);
        slots = new Int32Array(hashes.length * 2);
        for (let entry = 0; entry < size; entry++) place(entry);
      }
      starts[size] = start;
      ends[size] = end;
      hashes[size] = hash;
      place(size);
      size += 1;
      return true;
    },
    has: (hash: number, key: string): boolean => {
      for (let slot = hash & (slots.length - 1); slots[slot] !== 0; slot = (slot + 1) & (slots.length - 1)) {
        const entry = slots[slot]! - 1;
        if (hashes[entry] === hash && text.slice(starts[entry]!, ends[entry]!) === key) return true;
      }
      return false;
    },
    size: () => size,
    /** The keys in file order (they were added from the end). */
    list: (): string[] => {
      const list = new Array<string>(size);
      for (let entry = 0; entry < size; entry++) list[size - 1 - entry] = text.slice(starts[entry]!, ends[entry]!);
      return list;
    },
  };
}

/** The end of the key when `text[start, end)` is `word: word…` as described above, else -1. */
function plainEntryKeyEnd(text: string, start: number, end: number): number {
  let i = start;
  if (!isWordStart(text.charCodeAt(i))) return -1;
  while (i < end && isKeyChar(text.charCodeAt(i))) i++;
  const keyEnd = i;
  if (text.charCodeAt(i) !== 58 /* : */ || text.charCodeAt(i + 1) !== 32 /* space */) return -1;
  i += 2;
  while (i < end && text.charCodeAt(i) === 32) i++;
  if (i === end || !isValueStart(text.charCodeAt(i))) return -1;
  for (; i < end; i++) if (!isValueChar(text.charCodeAt(i))) return -1;
  return keyEnd;
}

const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isWordStart = (c: number) => isLetter(c) || c === 95; /* _ */
const isKeyChar = (c: number) => isLetter(c) || isDigit(c) || c === 95 || c === 45; /* _ - */
const isValueStart = (c: number) => isLetter(c) || isDigit(c) || c === 95;
const isValueChar = (c: number) => isKeyChar(c) || c === 32 || c === 46 || c === 47; /* space . / */

/** 32-bit FNV-1a of `text[start, end)`. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash;
}
