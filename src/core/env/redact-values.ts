/** Values shorter than this are not redacted: replacing "1" or "true" everywhere would wreck logs and hide nothing. */
const minimumLength = 6;

/** The forms a secret value takes in logs: as is, base64 (once and twice), URL-encoded, JSON-escaped. */
export function secretForms(value: string, encode: { readonly base64: (text: string) => string }): string[] {
  if (value.length < minimumLength) return [];
  const once = encode.base64(value);
  const forms = [value, once, encode.base64(once), encodeURIComponent(value), JSON.stringify(value).slice(1, -1)];
  return [...new Set(forms)].filter((form) => form.length >= minimumLength).sort((a, b) => b.length - a.length);
}

/**
 * Redacts known secret values from a stream of text. Chunks are held back until a line ends, so a value
 * split across two chunks is still caught; `flush` releases the rest at the end.
 */
export function createLineRedactor(forms: readonly string[]): { readonly push: (chunk: string) => string; readonly flush: () => string } {
  let pending = '';
  const redact = (text: string) => forms.reduce((out, form) => out.split(form).join('***'), text);
  if (forms.length === 0) return { push: (chunk) => chunk, flush: () => '' };
  return {
    push: (chunk) => {
      pending += chunk;
      const end = pending.lastIndexOf('\n');
      if (end < 0) return '';
      const ready = pending.slice(0, end + 1);
      pending = pending.slice(end + 1);
      return redact(ready);
    },
    flush: () => {
      const rest = redact(pending);
      pending = '';
      return rest;
    },
  };
}
