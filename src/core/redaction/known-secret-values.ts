import { isCredentialName } from '../env/build-environment.ts';
import { minSecretLength } from './secret-forms.ts';

/** Values that name a place, not a secret (a socket path, a service URL), even under a credential-like name. */
const notSecret = /^(?:[/~.]|[A-Za-z]:[\\/]|https?:\/\/[^@]*$|\d+$|true$|false$)/i;

/**
 * The secret values a process holds, from its environment: every credential-looking name (tokens,
 * passwords, `…KEY` such as the Action's `INPUT_SIGNING-KEY`) and every value that is a private key,
 * whatever its name. Paths, plain URLs, numbers and booleans are left out: they are not secrets, and
 * looking for them would flag ordinary output.
 */
export function knownSecretValues(env: Readonly<Record<string, string | undefined>>): string[] {
  const values = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (typeof value !== 'string' || value.trim().length < minSecretLength) continue;
    const privateKey = value.includes('PRIVATE KEY-----');
    if (!privateKey && (notSecret.test(value.trim()) || !(isCredentialName(name) || /KEY/i.test(name)))) continue;
    values.add(value.trim());
  }
  return [...values];
}
