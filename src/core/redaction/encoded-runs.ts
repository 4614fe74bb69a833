import { matchTokenShapesBothWays } from './token-shapes.ts';

/** A run of encoded text that decodes to something secret, as offsets in the text searched. */
export interface EncodedHit {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  readonly label: string;
}

// A run is only tried where it starts (the look-behind), so a short word is scanned once, not once per character.
const base64Run = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{24,}={0,2}/g;
const hexRun = /(?<![0-9a-fA-F])[0-9a-fA-F]{40,}/g;
/**
 * DER headers of private keys, read from decoded bytes: PKCS#8 (`SEQUENCE { INTEGER 0|1, SEQUENCE …`),
 * PKCS#1 RSA (`INTEGER 0, INTEGER n`), SEC1 EC (`INTEGER 1, OCTET STRING`), encrypted PKCS#8 (PBES2) and
 * OpenSSH. Public keys and certificates start `SEQUENCE { SEQUENCE …` and do not match.
 */
const privateKeyDer = /\x30(?:[\x00-\x7f]|\x81[\s\S]|\x82[\s\S]{2})\x02\x01[\x00\x01](?:\x30|\x02|\x04)|\x30(?:\x81[\s\S]|\x82[\s\S]{2})\x30(?:[\x00-\x7f]|\x81[\s\S]|\x82[\s\S]{2})\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x05\x0d|openssh-key-v1\x00/;

/** Base64 or url-safe base64, as Latin-1 text; trailing characters that make no whole byte are dropped. */
function decodeBase64(run: string): string {
  const body = run.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  const whole = body.slice(0, body.length - (body.length % 4 === 1 ? 1 : 0));
  return atob(whole);
}

/** Real base64 of secrets mixes cases and digits; a run of one letter (padding, a ruler) is not worth decoding. */
function mixed(run: string): boolean {
  return /[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9+/_-]/.test(run);
}

function decodeHex(run: string): string {
  const bytes: number[] = [];
  for (let index = 0; index + 1 < run.length; index += 2) bytes.push(Number.parseInt(run.slice(index, index + 2), 16));
  return latin1(bytes);
}

function latin1(bytes: readonly number[]): string {
  let out = '';
  for (let index = 0; index < bytes.length; index += 8192) out += String.fromCharCode(...bytes.slice(index, index + 8192));
  return out;
}

function reverse(text: string): string {
  return text.split('').reverse().join('');
}

/** What a decoded text holds: a token shape (also reversed), a private key, or (one level down) more encoding. */
function decodedSecret(decoded: string, depth: number): { kind: string; label: string } | undefined {
  const [hit] = matchTokenShapesBothWays(decoded);
  if (hit) return { kind: hit[2].kind, label: hit[2].label };
  if (privateKeyDer.test(decoded)) return { kind: 'private-key', label: 'private key (DER body)' };
  if (depth > 0) {
    const [inner] = findEncodedSecrets(decoded, depth - 1);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * Base64 runs (every alignment: a run may start mid-group when glued to other text) and hex runs (both
 * nibble alignments) whose decoded bytes hold a token shape, a reversed one, a private key's DER body, or,
 * `depth` levels down, another encoded secret (base64 of base64, hex of base64).
 */
export function findEncodedSecrets(text: string, depth = 1): EncodedHit[] {
  const hits: EncodedHit[] = [];
  const check = (start: number, end: number, decodings: readonly string[], encoding: string) => {
    for (const decoded of decodings) {
      const secret = decodedSecret(decoded, depth);
      if (secret) return void hits.push({ start, end, kind: secret.kind, label: `${encoding} ${secret.label}` });
    }
  };
  for (const run of text.matchAll(base64Run)) {
    const body = run[0];
    if (!mixed(body)) continue;
    check(run.index, run.index + body.length, [0, 1, 2, 3].map((skip) => decodeBase64(body.slice(skip))), 'base64-encoded');
  }
  for (const run of text.matchAll(hexRun)) {
    const body = run[0];
    if (!/[0-9]/.test(body) || !/[a-fA-F]/.test(body)) continue;
    if (hits.some((hit) => hit.start <= run.index && run.index + body.length <= hit.end)) continue;
    check(run.index, run.index + body.length, [decodeHex(body), decodeHex(body.slice(1)), decodeHex(reverse(body))], 'hex-encoded');
  }
  return hits;
}
