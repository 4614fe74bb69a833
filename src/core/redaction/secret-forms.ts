/** Values under this length are not looked for: they would match ordinary words. */
export const minSecretLength = 8;

function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

function reverse(text: string): string {
  return [...text].reverse().join('');
}

/**
 * The base64 spellings of `value` that survive inside a longer base64 string: the value can start at any
 * of three byte offsets, and characters at the edges depend on neighbouring bytes, so they are cut.
 */
function base64Forms(value: string): string[] {
  const forms: string[] = [];
  const length = bytesOf(value).length;
  for (let offset = 0; offset < 3; offset++) {
    const encoded = toBase64(bytesOf('\0'.repeat(offset) + value));
    const core = encoded.slice(Math.ceil((8 * offset) / 6), Math.floor((8 * (offset + length)) / 6));
    if (core.length >= minSecretLength) forms.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return forms;
}

/** How a value is commonly re-spelled on its way into a log or a file. */
function spellings(value: string): string[] {
  const json = JSON.stringify(value).slice(1, -1);
  const hex = toHex(bytesOf(value));
  return [
    value, encodeURIComponent(value), encodeURIComponent(value).replace(/%20/g, '+'), json, JSON.stringify(json).slice(1, -1),
    hex, hex.toUpperCase(), ...base64Forms(value),
    // Base64 of base64: the inner encoding's stable cores (one per alignment), each encoded again.
    ...base64Forms(value).filter((_, index) => index % 2 === 0).flatMap((core) => base64Forms(core)),
  ];
}

/**
 * Every form of each secret to look for: plain, URL-encoded, JSON-escaped (once and twice), hex, base64 at
 * any alignment (standard and url-safe, once and twice); each of the value reversed, and each form
 * reversed; a multi-line value also line by line. Forms are given without line breaks (and the whitespace around them), because they are
 * searched in text whose line breaks were taken out, which is how a wrapped value is found.
 */
export function secretForms(secrets: readonly string[]): string[] {
  const forms = new Set<string>();
  // A multi-line secret (a PEM key) leaks line by line too: an Ed25519 key's whole body is one line.
  const values = secrets.flatMap((secret) => (typeof secret === 'string' && secret.includes('\n') ? [secret, ...secret.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length >= 16 && !line.startsWith('-----'))] : [secret]));
  for (const secret of values) {
    if (typeof secret !== 'string' || secret.length < minSecretLength) continue;
    for (const value of new Set([secret, reverse(secret)])) {
      for (const form of spellings(value)) {
        const flat = form.replace(/[ \t\r\f\v]*\n\s*/g, '');
        if (flat.length < minSecretLength) continue;
        forms.add(flat);
        forms.add(reverse(flat));
      }
    }
  }
  return [...forms].sort((a, b) => b.length - a.length);
}
