import { base64ToText, textToBase64 } from './base64-text.ts';

/**
 * DSSE, the signing envelope in-toto attestations travel in
 * (https://github.com/secure-systems-lab/dsse/blob/master/protocol.md). The signature covers the
 * pre-authentication encoding of the payload type and the payload bytes, never the JSON around them, so
 * no canonical form of the envelope itself is needed.
 */
export interface DsseEnvelope {
  readonly payload: string;
  readonly payloadType: string;
  readonly signatures: readonly { readonly keyid: string; readonly sig: string }[];
}

export type ReadEnvelope =
  | { readonly ok: true; readonly payloadType: string; readonly body: string; readonly signatures: readonly { readonly keyid: string; readonly sig: string }[] }
  | { readonly ok: false; readonly error: string };

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/**
 * PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, lengths as ASCII decimal byte
 * counts. Returned as text: the body here is always UTF-8 JSON, so the text's UTF-8 bytes are exactly the
 * bytes to sign, and a signer over UTF-8 text signs the right thing.
 */
export function preAuthEncoding(payloadType: string, body: string): string {
  return `DSSEv1 ${utf8Length(payloadType)} ${payloadType} ${utf8Length(body)} ${body}`;
}

/** The envelope file's text: one line of JSON (the `.intoto.jsonl` form attestation tools read), one signature, standard base64. */
export function renderDsseEnvelope(payloadType: string, body: string, keyid: string, sig: string): string {
  const envelope: DsseEnvelope = { payload: textToBase64(body), payloadType, signatures: [{ keyid, sig }] };
  return `${JSON.stringify(envelope)}\n`;
}

/** True when a file's JSON looks like a DSSE envelope rather than a bare report. */
export function looksLikeDsseEnvelope(data: unknown): boolean {
  return data !== null && typeof data === 'object' && !Array.isArray(data) && 'payloadType' in data && 'payload' in data;
}

/**
 * An envelope file, parsed by the spec's rules: `payload`, `payloadType` and `signatures[].sig` required,
 * `keyid` optional (unset means empty), unknown fields ignored. The payload must be base64 of UTF-8 text.
 */
export function readDsseEnvelope(text: string): ReadEnvelope {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `it is not valid JSON (${(error as Error).message})` };
  }
  if (!looksLikeDsseEnvelope(data)) return { ok: false, error: 'it is not a DSSE envelope (no payload and payloadType)' };
  const { payload, payloadType, signatures } = data as Record<string, unknown>;
  if (typeof payload !== 'string' || typeof payloadType !== 'string') return { ok: false, error: 'payload and payloadType must be strings' };
  if (!Array.isArray(signatures) || signatures.length === 0) return { ok: false, error: 'it has no signatures' };
  const read: { keyid: string; sig: string }[] = [];
  for (const entry of signatures as unknown[]) {
    const { keyid, sig } = (entry ?? {}) as Record<string, unknown>;
    if (typeof sig !== 'string' || (keyid !== undefined && typeof keyid !== 'string')) return { ok: false, error: 'each signature needs a string `sig` (and `keyid`, when present, is a string)' };
    read.push({ keyid: keyid ?? '', sig });
  }
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(payload)) return { ok: false, error: 'the payload is not base64' };
  try {
    return { ok: true, payloadType, body: base64ToText(payload), signatures: read };
  } catch {
    return { ok: false, error: 'the payload is not base64 of UTF-8 text' };
  }
}
