import type { Annotation, GateSpec, GateStatus } from '../../core/gates/gate-spec.ts';
import { firstDifference, normalizeGolden } from '../../core/gates/normalize-golden.ts';
import type { GateContext } from './verify-types.ts';

/**
 * Compares a gate's normalised output with its recorded golden file (in the user's checkout, where
 * `--update-golden` rewrites it). Undefined when the output matches.
 */
export async function compareGolden(spec: GateSpec, output: string, context: GateContext): Promise<{ status: GateStatus; reason: string; annotation?: Annotation } | undefined> {
  const actual = normalizeGolden(output, context.workDir);
  const files = context.options.filesAt(context.options.repoDir);
  const path = spec.golden!;
  if (context.options.updateGolden) {
    await files.replace(path, actual);
    return undefined;
  }
  const expected = await files.read(path);
  if (expected === undefined) return { status: 'fail', reason: `golden file ${path} does not exist; record it with \`shopfloor verify --gates ${spec.id} --update-golden\`` };
  const difference = firstDifference(expected.replace(/\r\n?/g, '\n'), actual);
  if (!difference) return undefined;
  const message = `output differs from ${path} at line ${difference.line}: expected ${JSON.stringify(difference.expected)}, got ${JSON.stringify(difference.actual)}; if the change is intended, re-record with \`shopfloor verify --gates ${spec.id} --update-golden\``;
  return { status: 'fail', reason: message, annotation: { path, line: difference.line, level: 'error', title: 'golden', message } };
}
