/** Signs a report payload; the private key never leaves the adapter. */
export interface ReportSigner {
  readonly keyId: string;
  /** Base64 signature over the UTF-8 bytes of `payload`. */
  readonly sign: (payload: string) => Promise<string>;
}

/** Checks signatures against a public key given as PEM or base64 SPKI. */
export interface SignatureVerifier {
  /** The key id a public key is known by (derived from its bytes); undefined when it is not an Ed25519 key. */
  readonly keyIdOf: (publicKey: string) => string | undefined;
  readonly verify: (publicKey: string, payload: string, signature: string) => boolean;
}
