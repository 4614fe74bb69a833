import { describe, expect, it } from 'vitest';
import { createEd25519Signer, ed25519Verifier, generateSigningKey, SigningKeyError } from '../../../src/adapters/signing/ed25519-keys.ts';

describe('Ed25519 signing', () => {
  it('signs and verifies; the key id is derived from the public key', async () => {
    const key = generateSigningKey();
    const signer = createEd25519Signer(key.privateKeyPem);
    expect(signer.keyId).toBe(key.keyId);
    expect(ed25519Verifier.keyIdOf(key.publicKey)).toBe(key.keyId);
    const signature = await signer.sign('{"a":1}');
    expect(ed25519Verifier.verify(key.publicKey, '{"a":1}', signature)).toBe(true);
    expect(ed25519Verifier.verify(key.publicKey, '{"a":2}', signature)).toBe(false);
    expect(ed25519Verifier.verify(generateSigningKey().publicKey, '{"a":1}', signature)).toBe(false);
  });

  it('treats garbage keys and signatures as "does not verify"', () => {
    expect(ed25519Verifier.keyIdOf('not a key')).toBeUndefined();
    expect(ed25519Verifier.verify('not a key', 'x', 'AAAA')).toBe(false);
    expect(ed25519Verifier.verify(generateSigningKey().publicKey, 'x', '!!')).toBe(false);
  });

  it('refuses a private key that is not Ed25519 PEM', () => {
    expect(() => createEd25519Signer('nope')).toThrow(SigningKeyError);
  });
});
