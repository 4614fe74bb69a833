/** Upper bound on the globs one pattern may expand to; past it the pattern is refused, not truncated. */
export const maxBraceExpansions = 256;

/**
 * Expands `{a,b}` alternatives (nested too) into plain globs. A brace group without a comma, or an
 * unclosed one, stays literal. Returns `undefined` when the expansion would exceed `maxBraceExpansions`.
 */
export function expandBraces(glob: string): readonly string[] | undefined {
  const group = findBraceGroup(glob);
  if (!group) return [glob];
  const results: string[] = [];
  for (const option of group.options) {
    const expanded = expandBraces(glob.slice(0, group.start) + option + glob.slice(group.end + 1));
    if (!expanded) return undefined;
    results.push(...expanded);
    if (results.length > maxBraceExpansions) return undefined;
  }
  return results;
}

function findBraceGroup(glob: string): { start: number; end: number; options: string[] } | undefined {
  for (let start = 0; start < glob.length; start++) {
    if (glob[start] === '\\') {
      start++;
      continue;
    }
    if (glob[start] !== '{') continue;
    let depth = 0;
    let optionStart = start + 1;
    const options: string[] = [];
    for (let i = start; i < glob.length; i++) {
      const c = glob[i];
      if (c === '\\') {
        i++;
      } else if (c === '{') {
        depth++;
      } else if (c === '}') {
        depth--;
        if (depth === 0) {
          if (options.length === 0) break; // `{x}` has no alternatives: literal
          options.push(glob.slice(optionStart, i));
          return { start, end: i, options };
        }
      } else if (c === ',' && depth === 1) {
        options.push(glob.slice(optionStart, i));
        optionStart = i + 1;
      }
    }
  }
  return undefined;
}
