import { createPublicKey } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TrustedKey } from '../../workflows/verify/check-report.ts';
import { ed25519Verifier } from '../../adapters/signing/ed25519-keys.ts';

/**
 * The public halves of this checkout's local loop keys (`.shopfloor/keys/*.pem`, made by `shopfloor run`),
 * which sign what the local loop lands. Read only: nothing is created. They are trusted for local checks
 * of this repository's own history, like the loop itself trusts them; never for what comes from elsewhere.
 */
export async function localTrustedKeys(root: string): Promise<TrustedKey[]> {
  const dir = join(root, '.shopfloor', 'keys');
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.pem')).sort();
  const keys: TrustedKey[] = [];
  for (const name of names) {
    const pem = await readFile(join(dir, name), 'utf8').catch(() => undefined);
    if (pem === undefined) continue;
    const publicKey = createPublicKey(pem).export({ type: 'spki', format: 'der' }).toString('base64');
    const keyId = ed25519Verifier.keyIdOf(publicKey);
    if (keyId) keys.push({ keyId, publicKey });
  }
  return keys;
}
