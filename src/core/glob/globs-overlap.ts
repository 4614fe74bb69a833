import { productWitness } from './automaton-product.ts';
import { literalHead, subtreeDirectory } from './compile-glob.ts';
import { matchGlob, prepareGlob, type CompiledGlob } from './match-glob.ts';

/**
 * Decides, exactly, whether some path matches both globs, and returns such a path as a witness.
 * It walks the product of the two automata over a finite alphabet that has one representative of every
 * class of characters the globs can tell apart, so `src/a/**` and `src/** /x.ts` overlap (witness
 * `src/a/x.ts`) while `src/a/**` and `src/b/**` do not.
 */
export function globsOverlap(a: string | CompiledGlob, b: string | CompiledGlob, options: { caseInsensitive?: boolean } = {}): { overlap: boolean; witness?: string } {
  const left = typeof a === 'string' ? prepareGlob(a, options) : a;
  const right = typeof b === 'string' ? prepareGlob(b, options) : b;
  if (isLiteralGlob(left.source) && isLiteralGlob(right.source)) {
    const path = normalizedLiteral(left);
    return path === normalizedLiteral(right) ? { overlap: true, witness: path } : { overlap: false };
  }
  // Literal heads must agree character by character; that rejects most pairs and skips the shared head.
  const headLeft = literalHead(left.source, left.caseInsensitive);
  const headRight = literalHead(right.source, right.caseInsensitive);
  const shared = Math.min(headLeft.length, headRight.length);
  if (headLeft.slice(0, shared) !== headRight.slice(0, shared)) return { overlap: false };
  const head = headLeft.slice(0, shared);
  // `dir/**` covers every path under dir/: a glob whose literal head is inside it overlaps it.
  for (const [subtree, other, otherHead] of [[left, right, headRight], [right, left, headLeft]] as const) {
    const dir = subtreeDirectory(subtree.source, subtree.caseInsensitive);
    if (dir !== undefined && otherHead.startsWith(`${dir}/`)) {
      const witness = isLiteralGlob(other.source) ? normalizedLiteral(other) : other.sample;
      return witness === undefined ? { overlap: false } : { overlap: true, witness };
    }
  }
  // A literal path overlaps exactly when the other glob matches it: no automaton product needed.
  for (const [literal, other] of [[left, right], [right, left]] as const) {
    if (isLiteralGlob(literal.source)) {
      const path = normalizedLiteral(literal);
      return matchGlob(other, path) ? { overlap: true, witness: path } : { overlap: false };
    }
  }
  for (const x of left.automata) {
    for (const y of right.automata) {
      const witness = productWitness(x, y, head);
      if (witness !== undefined) return { overlap: true, witness };
    }
  }
  return { overlap: false };
}

/** A glob with no wildcard, class, alternative or escape names exactly one path. */
export function isLiteralGlob(glob: string): boolean {
  return !/[*?[{\\]/.test(glob);
}

function normalizedLiteral(glob: CompiledGlob): string {
  const source = glob.source.replace(/^(\.\/)+/, '');
  return glob.caseInsensitive ? source.toLowerCase() : source;
}


