import { probeBubblewrap } from '../../src/adapters/process/create-judged-runner.ts';

/**
 * Fails the test loudly when bubblewrap cannot box anything here: Shopfloor refuses to run judged code
 * without it, so a test of the box without the box proves nothing. `.ci/run` installs it.
 */
export function requireSandbox(): void {
  const probe = probeBubblewrap();
  if (!probe.ok) throw new Error(`this test needs the sandbox: ${probe.detail}; install bubblewrap (apt-get install bubblewrap)`);
}

/** A secret's forms an exfiltration would use: plain, hex, reversed, base64 (and base64 of the reversed). */
export function secretForms(secret: string): string[] {
  const reversed = [...secret].reverse().join('');
  return [secret, Buffer.from(secret).toString('hex'), reversed, Buffer.from(secret).toString('base64'), Buffer.from(reversed).toString('base64')];
}
