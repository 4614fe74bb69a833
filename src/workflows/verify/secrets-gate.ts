import type { GateResult, GateSpec } from '../../core/gates/gate-spec.ts';
import { addedLines, scanSecrets, type ScannedText } from '../../core/gates/scan-secrets.ts';
import type { GateContext } from './verify-types.ts';

/** Logs larger than this are scanned at their tail only, which is where tools print what they used. */
const maxLogScanBytes = 8 * 1024 * 1024;

/** Built-in `secrets`: no token or high-entropy credential in the lines the diff adds or in any gate's log. */
export async function runSecretsGate(spec: GateSpec, context: GateContext): Promise<Omit<GateResult, 'durationMs'>> {
  const { options } = context;
  const diff = await options.git.raw(options.repoDir, ['diff', '-U0', '--no-color', '--no-ext-diff', '--no-renames', context.base, ...(context.dirty ? [] : [context.head]), '--']);
  if (diff.exitCode !== 0) throw new Error(`git diff failed: ${diff.stderr.trim()}`);
  const texts: ScannedText[] = addedLines(diff.stdout);
  for (const result of context.finished.values()) {
    if (!result.logDigest) continue;
    const bytes = await options.store.read(result.logDigest);
    if (!bytes) continue;
    const text = Buffer.from(bytes.subarray(Math.max(0, bytes.length - maxLogScanBytes))).toString('utf8');
    texts.push({ path: `log of gate ${result.id} (${result.logDigest.slice(0, 19)})`, text });
  }
  const annotations = scanSecrets(texts);
  const errors = annotations.filter((a) => a.level === 'error').length;
  const base = { id: spec.id, kind: spec.kind, required: spec.required, attempts: 1, annotations };
  return errors > 0
    ? { ...base, status: 'fail', reason: `${errors} possible secret${errors === 1 ? '' : 's'} in the diff or gate logs; remove and rotate them (mark known fakes with shopfloor:allow-secret)` }
    : { ...base, status: 'pass', ...(annotations.length > 0 ? { reason: `${annotations.length} marked fake${annotations.length === 1 ? '' : 's'} allowed` } : {}) };
}
