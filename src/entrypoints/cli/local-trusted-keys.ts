import { createPublicKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { TrustedKey } from '../../workflows/verify/check-report.ts';
import { createGitCli } from '../../adapters/git/git-cli.ts';
import { ed25519Verifier } from '../../adapters/signing/ed25519-keys.ts';
import { keyFiles, type KeyFile } from '../../adapters/signing/own-key-files.ts';

/**
 * The public halves of this checkout's own local loop keys (`.shopfloor/keys/*.pem`, made by `shopfloor
 * run`), which sign what the local loop lands, plus the key files refused because they are not this
 * user's own (tracked by git, readable by others, a link): a repository cannot bring its own trusted key.
 * Read only: nothing is created. Trusted for local checks of this repository's own history, like the loop
 * itself trusts them; never for what comes from elsewhere.
 */
export async function localTrustedKeys(root: string, env: Readonly<Record<string, string | undefined>> = process.env): Promise<{ keys: TrustedKey[]; refused: Extract<KeyFile, { own: false }>[] }> {
  const files = await keyFiles(root, createGitCli({ env }));
  const keys: TrustedKey[] = [];
  for (const file of files) {
    if (!file.own) continue;
    const pem = await readFile(file.path, 'utf8').catch(() => undefined);
    if (pem === undefined) continue;
    let publicKey: string;
    try {
      publicKey = createPublicKey(pem).export({ type: 'spki', format: 'der' }).toString('base64');
    } catch {
      continue;
    }
    const keyId = ed25519Verifier.keyIdOf(publicKey);
    if (keyId) keys.push({ keyId, publicKey });
  }
  return { keys, refused: files.filter((file): file is Extract<KeyFile, { own: false }> => !file.own) };
}
