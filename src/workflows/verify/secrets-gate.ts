import type { Annotation, GateResult, GateSpec } from '../../core/gates/gate-spec.ts';
import { addedLines, scanSecrets } from '../../core/gates/scan-secrets.ts';
import { createSecretScanner } from '../../core/gates/secret-scanner.ts';
import { knownSecretValues } from '../../core/redaction/known-secret-values.ts';
import { createSecretDetector, type SecretDetector } from '../../core/redaction/secret-detector.ts';
import type { ArtifactStore } from '../../ports/artifact-store.ts';
import type { GateContext } from './verify-types.ts';

/**
 * Built-in `secrets`: no secret in the lines the diff adds or in any gate's log. Every byte of every log
 * is read, streaming. Secrets are token shapes (also wrapped across lines, reversed, base64, hex), private
 * keys, URL passwords, high-entropy assignments, and every value this process holds as a secret (its
 * credential-named environment: tokens, the signing key, planted canaries) in any form. Logs were
 * redacted as they were written, so a `[REDACTED:…]` marker in one is a leak too.
 */
export async function runSecretsGate(spec: GateSpec, context: GateContext): Promise<Omit<GateResult, 'durationMs'>> {
  const { options } = context;
  const diff = await options.git.raw(options.repoDir, ['diff', '-U0', '--no-color', '--no-ext-diff', '--no-renames', context.base, ...(context.dirty ? [] : [context.head]), '--']);
  if (diff.exitCode !== 0) throw new Error(`git diff failed: ${diff.stderr.trim()}`);
  const detect = createSecretDetector({ secrets: [...knownSecretValues(options.sourceEnv), ...(options.knownSecrets ?? [])] });
  const annotations = scanSecrets(addedLines(diff.stdout), detect);
  for (const result of context.finished.values()) {
    if (result.logDigest) annotations.push(...(await scanLog(options.store, result.logDigest, `log of gate ${result.id} (${result.logDigest.slice(0, 19)})`, detect)));
  }
  const errors = annotations.filter((a) => a.level === 'error').length;
  const base = { id: spec.id, kind: spec.kind, required: spec.required, attempts: 1, annotations };
  return errors > 0
    ? { ...base, status: 'fail', reason: `${errors} possible secret${errors === 1 ? '' : 's'} in the diff or gate logs; remove and rotate them (mark known fakes with shopfloor:allow-secret)` }
    : { ...base, status: 'pass', ...(annotations.length > 0 ? { reason: `${annotations.length} warning${annotations.length === 1 ? '' : 's'} (marked fakes, loopback URL passwords)` } : {}) };
}

/** Streams one stored log through the scanner: constant memory whatever its size. */
export async function scanLog(store: ArtifactStore, digest: string, path: string, detect: SecretDetector): Promise<Annotation[]> {
  const chunks = await store.openRead(digest);
  if (!chunks) return [];
  const scanner = createSecretScanner({ path, detect, markers: true });
  const decoder = new TextDecoder();
  for await (const chunk of chunks) scanner.push(decoder.decode(chunk, { stream: true }));
  scanner.push(decoder.decode());
  return scanner.end();
}
