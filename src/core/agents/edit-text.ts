export type EditResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string };

/** Exact search/replace of one occurrence; zero or several occurrences are errors the model can act on. */
export function applyExactEdit(text: string, search: string, replace: string, path: string): EditResult {
  const first = text.indexOf(search);
  if (first === -1) return { ok: false, error: `edit_file: the search text was not found in ${path}; read the file and copy the exact text, including whitespace` };
  const second = text.indexOf(search, first + 1);
  if (second !== -1) {
    const lineOf = (index: number) => text.slice(0, index).split('\n').length;
    return { ok: false, error: `edit_file: the search text occurs more than once in ${path} (lines ${lineOf(first)} and ${lineOf(second)}); include more surrounding text so it is unique` };
  }
  return { ok: true, text: text.slice(0, first) + replace + text.slice(first + search.length) };
}
