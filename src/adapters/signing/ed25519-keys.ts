import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import type { ReportSigner, SignatureVerifier } from '../../ports/report-signer.ts';

/** A fresh signing key: the private key as PKCS#8 PEM (keep it secret) and the public key as base64 SPKI. */
export function generateSigningKey(): { keyId: string; privateKeyPem: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  return { keyId: keyIdOfSpki(spki), privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), publicKey: spki.toString('base64') };
}

/** `ed25519:` and the first 16 hex digits of the SHA-256 of the SPKI bytes: stable, derived, not chosen. */
export function keyIdOfSpki(spki: Uint8Array): string {
  return `ed25519:${createHash('sha256').update(spki).digest('hex').slice(0, 16)}`;
}

/** Thrown when a key file holds no Ed25519 private key. */
export class SigningKeyError extends Error {
  override readonly name = 'SigningKeyError';
}

/** A ReportSigner over a PKCS#8 PEM Ed25519 private key. */
export function createEd25519Signer(privateKeyPem: string): ReportSigner {
  let key: KeyObject;
  try {
    key = createPrivateKey(privateKeyPem);
  } catch (error) {
    throw new SigningKeyError('the signing key is not a PEM private key; create one with `shopfloor report keygen`', { cause: error });
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new SigningKeyError(`the signing key is ${key.asymmetricKeyType ?? 'not asymmetric'}, not Ed25519; create one with \`shopfloor report keygen\``);
  const keyId = keyIdOfSpki(createPublicKey(key).export({ type: 'spki', format: 'der' }));
  return { keyId, sign: async (payload) => sign(null, Buffer.from(payload, 'utf8'), key).toString('base64') };
}

function parsePublicKey(publicKey: string): KeyObject | undefined {
  try {
    const text = publicKey.trim();
    const key = text.startsWith('-----BEGIN') ? createPublicKey(text) : createPublicKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' ? key : undefined;
  } catch {
    return undefined;
  }
}

/** Verifies Ed25519 signatures; any malformed key or signature is simply "does not verify". */
export const ed25519Verifier: SignatureVerifier = {
  keyIdOf: (publicKey) => {
    const key = parsePublicKey(publicKey);
    return key ? keyIdOfSpki(key.export({ type: 'spki', format: 'der' })) : undefined;
  },
  verify: (publicKey, payload, signature) => {
    const key = parsePublicKey(publicKey);
    if (!key || !/^[A-Za-z0-9+/]+={0,2}$/.test(signature)) return false;
    try {
      return verify(null, Buffer.from(payload, 'utf8'), key, Buffer.from(signature, 'base64'));
    } catch {
      return false;
    }
  },
};
