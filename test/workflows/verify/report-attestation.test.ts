import { createPublicKey, verify as cryptoVerify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createEd25519Signer, ed25519Verifier, generateSigningKey } from '../../../src/adapters/signing/ed25519-keys.ts';
import { signingPayload } from '../../../src/core/report/signing-payload.ts';
import type { VerificationReport } from '../../../src/core/report/report-schema.ts';
import { checkSignedFile } from '../../../src/workflows/verify/check-signed-file.ts';
import { signReportAttestation } from '../../../src/workflows/verify/sign-attestation.ts';
import { sampleReport } from '../../core/report/report-fixture.ts';

/**
 * DSSE verification written from the spec (secure-systems-lab/dsse protocol.md), independently of the
 * code under test: PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body over bytes,
 * Ed25519 via node:crypto with the SPKI public key.
 */
function standardVerify(envelopeText: string, publicKeySpkiBase64: string): { readonly ok: boolean; readonly statement?: Record<string, unknown> } {
  const envelope = JSON.parse(envelopeText) as { payload: string; payloadType: string; signatures: { keyid?: string; sig: string }[] };
  const body = Buffer.from(envelope.payload, 'base64');
  const type = Buffer.from(envelope.payloadType, 'utf8');
  const pae = Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${body.length} `), body]);
  const key = createPublicKey({ key: Buffer.from(publicKeySpkiBase64, 'base64'), format: 'der', type: 'spki' });
  const ok = envelope.signatures.some((s) => cryptoVerify(null, pae, key, Buffer.from(s.sig, 'base64')));
  return ok ? { ok, statement: JSON.parse(body.toString('utf8')) as Record<string, unknown> } : { ok };
}

const key = generateSigningKey();
const other = generateSigningKey();
const trusted = [{ keyId: key.keyId, publicKey: key.publicKey }];
const signer = createEd25519Signer(key.privateKeyPem);

async function signedPair(report: VerificationReport = { ...sampleReport(2), repo: 'shop ünïcode' }) {
  const signed = { ...report, signature: { algorithm: 'ed25519' as const, keyId: signer.keyId, value: await signer.sign(signingPayload(report)) } };
  return { signed, envelope: await signReportAttestation(signed, signer) };
}

/** The envelope with its payload's Statement changed and, when `resign` is given, signed again by it. */
async function withStatement(envelopeText: string, change: (statement: Record<string, unknown>) => void, resign?: typeof signer): Promise<string> {
  const envelope = JSON.parse(envelopeText) as { payload: string; payloadType: string; signatures: { keyid: string; sig: string }[] };
  const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as Record<string, unknown>;
  change(statement);
  const body = JSON.stringify(statement);
  const signatures = resign
    ? [{ keyid: resign.keyId, sig: await resign.sign(`DSSEv1 ${envelope.payloadType.length} ${envelope.payloadType} ${Buffer.byteLength(body)} ${body}`) }]
    : envelope.signatures;
  return JSON.stringify({ ...envelope, payload: Buffer.from(body).toString('base64'), signatures });
}

describe('the report as an in-toto attestation in a DSSE envelope', () => {
  it('is a Statement v1 about the head commit and tree, with the unsigned report as predicate, that a spec-written DSSE verifier accepts', async () => {
    const { signed, envelope } = await signedPair();
    expect(envelope.endsWith('\n') && !envelope.trimEnd().includes('\n')).toBe(true);
    const parsed = JSON.parse(envelope) as { payloadType: string; signatures: { keyid: string }[] };
    expect(parsed.payloadType).toBe('application/vnd.in-toto+json');
    expect(parsed.signatures).toEqual([{ keyid: key.keyId, sig: expect.stringMatching(/^[A-Za-z0-9+/]{86}==$/) }]);
    const checked = standardVerify(envelope, key.publicKey);
    expect(checked.ok).toBe(true);
    const { signature: _signature, ...unsigned } = signed;
    expect(checked.statement).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'shop ünïcode@commit', digest: { gitCommit: signed.head } }, { name: 'shop ünïcode@tree', digest: { gitTree: signed.tree } }],
      predicateType: 'https://shopfloor.invalid/attestation/verification-report/v1',
      predicate: unsigned,
    });
    expect(standardVerify(envelope, other.publicKey).ok).toBe(false);
  });

  it('shopfloor\'s checker accepts the envelope and the old bare report alike, and holds both to the commit asked for', async () => {
    const { signed, envelope } = await signedPair();
    const asAttestation = checkSignedFile(envelope, 'a.intoto.jsonl', trusted, ed25519Verifier, signed.head);
    expect(asAttestation).toMatchObject({ ok: true, keyId: key.keyId, matched: 'head', report: { head: signed.head, runId: 'run-1' } });
    expect(checkSignedFile(`${JSON.stringify(signed)}\n`, 'r.json', trusted, ed25519Verifier, signed.head)).toMatchObject({ ok: true, keyId: key.keyId });
    expect(checkSignedFile(envelope, 'a.intoto.jsonl', trusted, ed25519Verifier, 'f'.repeat(40))).toMatchObject({ ok: false, reasons: [expect.stringContaining('a.intoto.jsonl: ')] });
    const otherPolicy = checkSignedFile(envelope, 'a.intoto.jsonl', trusted, ed25519Verifier, { policyDigest: `sha256:${'c'.repeat(64)}` });
    expect(otherPolicy).toMatchObject({ ok: false, reasons: [expect.stringContaining('was made under another policy')] });
  });

  it('fails on a changed payload, payloadType or signature, and for a key it does not trust', async () => {
    const { envelope } = await signedPair();
    const check = (text: string, keys = trusted) => checkSignedFile(text, 'a.intoto.jsonl', keys, ed25519Verifier);

    const payload = await withStatement(envelope, (s) => { (s.predicate as { verdict: { passed: boolean } }).verdict.passed = false; });
    expect(standardVerify(payload, key.publicKey).ok).toBe(false);
    expect(check(payload)).toMatchObject({ ok: false, reasons: [expect.stringContaining('no signature verifies over the payload and its type')] });

    // PAE binds the type: the same bytes under another type no longer verify, by the spec or by shopfloor.
    const retyped = envelope.replace('"application/vnd.in-toto+json"', '"application/vnd.in-toto+jsonx"');
    expect(standardVerify(retyped, key.publicKey).ok).toBe(false);
    expect(check(retyped)).toMatchObject({ ok: false, reasons: [expect.stringContaining('the payloadType is "application/vnd.in-toto+jsonx"')] });

    const parsed = JSON.parse(envelope) as { signatures: { keyid: string; sig: string }[] };
    const sig = parsed.signatures[0]!.sig;
    const flipped = envelope.replace(sig, `${sig[0] === 'A' ? 'B' : 'A'}${sig.slice(1)}`);
    expect(standardVerify(flipped, key.publicKey).ok).toBe(false);
    expect(check(flipped)).toMatchObject({ ok: false, reasons: [expect.stringContaining('no signature verifies')] });

    const otherTrusted = [{ keyId: other.keyId, publicKey: other.publicKey }];
    expect(check(envelope, otherTrusted)).toMatchObject({ ok: false, reasons: [`a.intoto.jsonl is signed by key ${key.keyId}, which is not trusted (trusted: ${other.keyId})`] });
    // The keyid is an unauthenticated hint: naming the trusted key does not make another key's signature good.
    expect(check(envelope.replace(`"keyid":"${key.keyId}"`, `"keyid":"${other.keyId}"`), otherTrusted)).toMatchObject({ ok: false, reasons: [expect.stringContaining('no signature verifies')] });
    // ...and a wrong hint does not make a good signature bad.
    expect(check(envelope.replace(`"keyid":"${key.keyId}"`, '"keyid":"elsewhere"'))).toMatchObject({ ok: true, keyId: key.keyId });
    expect(check('{"payload":"e30=","payloadType":"application/vnd.in-toto+json","signatures":[]}')).toMatchObject({ ok: false, reasons: ['a.intoto.jsonl is not a readable attestation: it has no signatures'] });
  });

  it('refuses a validly signed statement whose subject is not the report\'s head and tree', async () => {
    const { signed, envelope } = await signedPair();
    const check = (text: string) => checkSignedFile(text, 'a.intoto.jsonl', trusted, ed25519Verifier, signed.head);
    const elsewhere = await withStatement(envelope, (s) => { s.subject = [{ name: 'x', digest: { gitCommit: 'f'.repeat(40) } }]; }, signer);
    expect(standardVerify(elsewhere, key.publicKey).ok).toBe(true);
    expect(check(elsewhere)).toMatchObject({ ok: false, reasons: [expect.stringContaining(`no subject names the report's head ${signed.head.slice(0, 12)} as gitCommit`)] });
    const extra = await withStatement(envelope, (s) => { (s.subject as unknown[]).push({ name: 'more', digest: { gitCommit: 'f'.repeat(40) } }); }, signer);
    expect(check(extra)).toMatchObject({ ok: false, reasons: [expect.stringContaining('a subject names ffffffffffff, which is not the report\'s head or tree')] });
    const otherTree = await withStatement(envelope, (s) => { (s.subject as { digest: Record<string, string> }[])[1]!.digest = { gitTree: 'e'.repeat(40) }; }, signer);
    expect(check(otherTree)).toMatchObject({ ok: false, reasons: [expect.stringContaining('a subject names eeeeeeeeeeee')] });
    const otherType = await withStatement(envelope, (s) => { s.predicateType = 'https://slsa.dev/provenance/v1'; }, signer);
    expect(check(otherType)).toMatchObject({ ok: false, reasons: [expect.stringContaining('the predicateType is "https://slsa.dev/provenance/v1"')] });
    const badPredicate = await withStatement(envelope, (s) => { (s.predicate as { head: string }).head = 'nope'; }, signer);
    expect(check(badPredicate)).toMatchObject({ ok: false, reasons: [expect.stringContaining('a.intoto.jsonl (predicate): ')] });
  });
});
