/** A PEP 440 version, normalised for comparison. */
export interface Pep440Version {
  readonly epoch: number;
  readonly release: readonly number[];
  /** `a`, `b` or `rc` with its number. */
  readonly pre?: readonly [number, number];
  readonly post?: number;
  readonly dev?: number;
}

const versionPattern = /^v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d*))?(?:(?:-(\d+))|(?:[-_.]?(?:post|rev|r)[-_.]?(\d*)))?(?:[-_.]?dev[-_.]?(\d*))?(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?$/i;
const preRank: Readonly<Record<string, number>> = { a: 0, alpha: 0, b: 1, beta: 1, c: 2, rc: 2, pre: 2, preview: 2 };

/** Parses a version as PEP 440 spells it (any case, `-`/`_`/`.` separators, implicit numbers); undefined when it is not one. */
export function parsePep440(text: string): Pep440Version | undefined {
  const m = versionPattern.exec(text.trim());
  if (!m) return undefined;
  const number = (value: string | undefined) => (value ? Number(value) : 0);
  return {
    epoch: number(m[1]),
    release: m[2]!.split('.').map(Number),
    ...(m[3] ? { pre: [preRank[m[3].toLowerCase()]!, number(m[4])] as const } : {}),
    ...(m[5] !== undefined || m[6] !== undefined ? { post: number(m[5] ?? m[6]) } : {}),
    ...(m[7] !== undefined ? { dev: number(m[7]) } : {}),
  };
}

export const isPreRelease = (v: Pep440Version) => v.pre !== undefined || v.dev !== undefined;

function compareRelease(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** PEP 440 ordering: epoch, release, then dev < pre < final < post. */
export function comparePep440(a: Pep440Version, b: Pep440Version): number {
  // A dev release of a final sorts before its pre-releases; a missing pre is after every pre.
  const preKey = (v: Pep440Version) => (v.pre ? v.pre[0] * 1e9 + v.pre[1] : v.dev !== undefined && v.post === undefined ? -1 : Infinity);
  const postKey = (v: Pep440Version) => v.post ?? -1;
  const devKey = (v: Pep440Version) => v.dev ?? Infinity;
  return a.epoch - b.epoch || compareRelease(a.release, b.release) || Math.sign(preKey(a) - preKey(b)) || postKey(a) - postKey(b) || Math.sign(devKey(a) - devKey(b)) || 0;
}

/** A listed release: its version as the index spells it, and its PEP 440 reading when it has one. */
interface Listed {
  readonly text: string;
  readonly version: Pep440Version | undefined;
}

/** One clause of a specifier set: which listed releases it admits, and whether it names a pre-release. */
interface Clause {
  readonly admits: (release: Listed) => boolean;
  readonly namesPre: boolean;
}

/** One clause of a specifier set (`>=1.2`, `~=2.1`, `==1.4.*`, `!=1.5`, `===1.0+local`), or undefined when it is not one. */
function parseClause(text: string): Clause | undefined {
  const m = /^(~=|===|==|!=|<=|>=|<|>)\s*(\S+)$/.exec(text.trim());
  if (!m) return undefined;
  const [, op, raw] = m as unknown as [string, string, string];
  // Arbitrary equality compares the text as written, case-insensitively: no normalising, no padding, and
  // the operand need not be PEP 440 at all (https://packaging.python.org/en/latest/specifications/version-specifiers/#arbitrary-equality).
  if (op === '===') {
    const named = parsePep440(raw);
    return { admits: (release) => release.text.toLowerCase() === raw.toLowerCase(), namesPre: named !== undefined && isPreRelease(named) };
  }
  const clause = parseVersionClause(op, raw);
  return clause && { admits: (release) => release.version !== undefined && clause.test(release.version), namesPre: clause.namesPre };
}

/** A clause over PEP 440 versions; a release that is not one never matches it. */
function parseVersionClause(op: string, raw: string): { readonly test: (v: Pep440Version) => boolean; readonly namesPre: boolean } | undefined {
  if ((op === '==' || op === '!=') && raw.endsWith('.*')) {
    const prefix = parsePep440(raw.slice(0, -2));
    if (!prefix) return undefined;
    const matches = (v: Pep440Version) => v.epoch === prefix.epoch && prefix.release.every((n, i) => (v.release[i] ?? 0) === n);
    return { test: op === '==' ? matches : (v) => !matches(v), namesPre: false };
  }
  const bound = parsePep440(raw);
  if (!bound) return undefined;
  const namesPre = isPreRelease(bound);
  const cmp = (v: Pep440Version) => comparePep440(v, bound);
  switch (op) {
    case '==':
      return { test: (v) => cmp(v) === 0, namesPre };
    case '!=':
      return { test: (v) => cmp(v) !== 0, namesPre };
    case '<=':
      return { test: (v) => cmp(v) <= 0, namesPre };
    case '>=':
      return { test: (v) => cmp(v) >= 0, namesPre };
    case '<':
      return { test: (v) => cmp(v) < 0 && !(v.release.length > 0 && isPreRelease(v) && !namesPre && compareRelease(v.release, bound.release) === 0), namesPre };
    case '>':
      return { test: (v) => cmp(v) > 0 && !(v.post !== undefined && bound.post === undefined && compareRelease(v.release, bound.release) === 0), namesPre };
    case '~=': {
      if (bound.release.length < 2) return undefined;
      const upper = [...bound.release.slice(0, -2), bound.release.at(-2)! + 1];
      return { test: (v) => cmp(v) >= 0 && compareRelease(v.release, upper) < 0, namesPre };
    }
  }
  return undefined;
}

/**
 * The versions a PEP 440 specifier set (`>=1.2,<2`, `~=2.1`, `*` for any) admits, in the order given:
 * pre-releases only when a clause names one, or when no final release matches (as pip does).
 * Undefined when the text is not a specifier set.
 */
export function admittedPep440(specifier: string, versions: readonly string[]): string[] | undefined {
  const text = specifier.trim();
  const clauses = text === '*' || text === '' ? [] : text.split(',').map(parseClause);
  if (clauses.some((c) => c === undefined)) return undefined;
  const listed = versions.map((version) => ({ text: version, version: parsePep440(version) }));
  // Only `===` admits a release that is not PEP 440; no clause at all (`*`) admits PEP 440 releases only.
  const matching = listed.filter((release) => (clauses.length ? clauses.every((c) => c!.admits(release)) : release.version !== undefined));
  const isPre = (release: Listed) => release.version !== undefined && isPreRelease(release.version);
  const allowPre = clauses.some((c) => c!.namesPre) || matching.every(isPre);
  return matching.filter((release) => allowPre || !isPre(release)).map((release) => release.text);
}
