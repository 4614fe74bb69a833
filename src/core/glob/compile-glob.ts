/**
 * A glob compiled to a small nondeterministic automaton over the characters of a `/`-separated path.
 * One engine serves matching (`matchGlob`) and overlap (`globsOverlap`), so both always agree.
 *
 * Syntax: `*` any run of characters within a segment, `?` one character within a segment, `[a-z]` /
 * `[!a-z]` / `[^a-z]` classes (never `/`), `**` as a whole segment zero or more segments (one or more when
 * it ends the glob), `{a,b}` alternatives (see `expandBraces`), `\` escapes the next character.
 * Dotfiles are matched like any other file: a scope that says `src/**` covers `src/.env` too.
 */
export type CharTest =
  | { readonly kind: 'char'; readonly code: number }
  | { readonly kind: 'segment-char' }
  | { readonly kind: 'class'; readonly negated: boolean; readonly ranges: readonly (readonly [number, number])[] };

export interface GlobAutomaton {
  readonly start: number;
  readonly accept: number;
  readonly epsilon: readonly (readonly number[])[];
  /** Each state's epsilon closure (itself included), computed once at compile time. */
  readonly closure: readonly (readonly number[])[];
  readonly edges: readonly (readonly { readonly test: CharTest; readonly to: number }[])[];
}

export const slashCode = 47;

export function charTestAccepts(test: CharTest, code: number): boolean {
  if (test.kind === 'char') return test.code === code;
  if (code === slashCode) return false;
  if (test.kind === 'segment-char') return true;
  const inRanges = test.ranges.some(([low, high]) => code >= low && code <= high);
  return inRanges !== test.negated;
}

/** Compiles one brace-free glob. `caseInsensitive` folds the pattern (callers fold paths too). */
export function compileGlob(glob: string, options: { caseInsensitive?: boolean } = {}): GlobAutomaton {
  const source = options.caseInsensitive ? glob.toLowerCase() : glob;
  const builder = new AutomatonBuilder();
  const segments = normalizeSegments(source);
  let state = builder.start;
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === '**') {
      state = last ? builder.oneOrMoreSegments(state) : builder.zeroOrMoreSegmentsWithSlash(state);
      return;
    }
    state = builder.segment(state, segment);
    if (!last) state = builder.char(state, slashCode);
  });
  builder.epsilon(state, builder.accept);
  return builder.build();
}

function normalizeSegments(glob: string): string[] {
  const segments = glob.replace(/^(\.\/)+/, '').split('/');
  // `a/**/**/b` means the same as `a/**/b`.
  return segments.filter((segment, i) => !(segment === '**' && segments[i - 1] === '**'));
}

class AutomatonBuilder {
  private readonly eps: number[][] = [];
  private readonly out: { test: CharTest; to: number }[][] = [];
  readonly start = this.state();
  readonly accept = this.state();

  state(): number {
    this.eps.push([]);
    this.out.push([]);
    return this.eps.length - 1;
  }

  epsilon(from: number, to: number): void {
    this.eps[from]!.push(to);
  }

  edge(from: number, test: CharTest): number {
    const to = this.state();
    this.out[from]!.push({ test, to });
    return to;
  }

  char(from: number, code: number): number {
    return this.edge(from, { kind: 'char', code });
  }

  /** One or more segment characters, looping. */
  plus(from: number, test: CharTest): number {
    const to = this.edge(from, test);
    this.out[to]!.push({ test, to });
    return to;
  }

  /** `**` ending the glob: seg+ ('/' seg+)*. */
  oneOrMoreSegments(from: number): number {
    const anySegmentChar: CharTest = { kind: 'segment-char' };
    const inSegment = this.plus(from, anySegmentChar);
    const afterSlash = this.char(inSegment, slashCode);
    this.out[afterSlash]!.push({ test: anySegmentChar, to: inSegment });
    return inSegment;
  }

  /** `**` followed by more segments: (seg+ '/')*. */
  zeroOrMoreSegmentsWithSlash(from: number): number {
    const inSegment = this.plus(from, { kind: 'segment-char' });
    this.out[inSegment]!.push({ test: { kind: 'char', code: slashCode }, to: from });
    return from;
  }

  segment(from: number, segment: string): number {
    // A segment of stars alone must still match at least one character: paths have no empty segments.
    if (/^\*+$/.test(segment)) return this.plus(from, { kind: 'segment-char' });
    let state = from;
    for (let i = 0; i < segment.length; i++) {
      const c = segment[i]!;
      if (c === '*') {
        const loop = this.state();
        this.epsilon(state, loop);
        this.out[loop]!.push({ test: { kind: 'segment-char' }, to: loop });
        state = loop;
      } else if (c === '?') {
        state = this.edge(state, { kind: 'segment-char' });
      } else if (c === '[') {
        const parsed = parseClass(segment, i);
        if (parsed) {
          state = this.edge(state, parsed.test);
          i = parsed.end;
        } else {
          state = this.char(state, c.codePointAt(0)!);
        }
      } else if (c === '\\' && i + 1 < segment.length) {
        const code = segment.codePointAt(i + 1)!;
        state = this.char(state, code);
        i += code > 0xffff ? 2 : 1;
      } else {
        const code = segment.codePointAt(i)!;
        state = this.char(state, code);
        if (code > 0xffff) i++;
      }
    }
    return state;
  }

  build(): GlobAutomaton {
    const closure = this.eps.map((_, state) => {
      const closed = new Set<number>();
      const stack = [state];
      while (stack.length > 0) {
        const next = stack.pop()!;
        if (closed.has(next)) continue;
        closed.add(next);
        stack.push(...this.eps[next]!);
      }
      return [...closed].sort((x, y) => x - y);
    });
    return { start: this.start, accept: this.accept, epsilon: this.eps, closure, edges: this.out };
  }
}

function parseClass(segment: string, open: number): { test: CharTest; end: number } | undefined {
  let i = open + 1;
  const negated = segment[i] === '!' || segment[i] === '^';
  if (negated) i++;
  const ranges: [number, number][] = [];
  let first = true;
  while (i < segment.length && (segment[i] !== ']' || first)) {
    first = false;
    let low = segment.codePointAt(i)!;
    if (segment[i] === '\\' && i + 1 < segment.length) low = segment.codePointAt(++i)!;
    i += low > 0xffff ? 2 : 1;
    if (segment[i] === '-' && i + 1 < segment.length && segment[i + 1] !== ']') {
      const high = segment.codePointAt(i + 1)!;
      ranges.push([Math.min(low, high), Math.max(low, high)]);
      i += high > 0xffff ? 3 : 2;
    } else {
      ranges.push([low, low]);
    }
  }
  if (i >= segment.length) return undefined; // unclosed: `[` is literal
  return { test: { kind: 'class', negated, ranges }, end: i };
}

/** The characters before the first wildcard, class, alternative or escape (folded like the glob). */
export function literalHead(glob: string, caseInsensitive: boolean): string {
  const source = glob.replace(/^(\.\/)+/, '');
  const head = source.slice(0, source.search(/[*?[{\\]|$/));
  // Stop at a directory boundary: that is all the prefix trie and the overlap shortcuts rely on.
  const safe = head.slice(0, head.lastIndexOf('/') + 1);
  return caseInsensitive ? safe.toLowerCase() : safe;
}

/** `src/a` for the glob `src/a/**` (a literal directory and everything under it); otherwise undefined. */
export function subtreeDirectory(glob: string, caseInsensitive: boolean): string | undefined {
  const match = /^(?:\.\/)*([^*?[{\\]+)\/\*\*$/.exec(glob);
  if (!match) return undefined;
  return caseInsensitive ? match[1]!.toLowerCase() : match[1];
}
