/** UTF-8 text as standard base64 (core has no Buffer: TextEncoder and btoa work everywhere). */
export function textToBase64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * Base64 (standard or URL-safe, padded or not) back to UTF-8 text; throws on bad base64 or bytes that are
 * not UTF-8. A leading byte-order mark is kept, so the text encodes back to exactly the same bytes.
 */
export function base64ToText(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}
