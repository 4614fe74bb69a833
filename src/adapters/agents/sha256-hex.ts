import { createHash } from 'node:crypto';

/** Hex sha256 of UTF-8 text: the digest the sanitizer records for what a model read. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
