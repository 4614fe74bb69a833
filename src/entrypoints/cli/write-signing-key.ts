import { chmod, mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import { createFileAtomic } from '../../adapters/files/write-file-atomic.ts';
import { generateSigningKey } from '../../adapters/signing/ed25519-keys.ts';

/** Where a repository's local signing keys live. */
export const keysDir = (root: string): string => join(root, '.shopfloor', 'keys');

/**
 * Creates a new Ed25519 key in `.shopfloor/keys/` (directory 0700, file 0600 from its first byte) and
 * puts a `.gitignore` of `*` in `.shopfloor/`, so `git add -A` never stages a private key even in a
 * repository where `shopfloor init` (which ignores `.shopfloor/` in the top `.gitignore`) never ran.
 */
export async function writeSigningKey(root: string): Promise<{ keyId: string; publicKey: string; privateKeyPem: string; path: string }> {
  const key = generateSigningKey();
  const dir = keysDir(root);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // mkdir's mode is masked by the umask and ignored for a directory that already exists.
  await chmod(dir, 0o700);
  const path = join(dir, `${key.keyId.replace(':', '-')}.pem`);
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.writeFile(key.privateKeyPem, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  // Inside .shopfloor/ itself, so the repository's own files (and a clean work tree) stay untouched.
  await createFileAtomic(join(root, '.shopfloor', '.gitignore'), '# Shopfloor local state: never commit it\n*\n');
  return { ...key, path };
}
