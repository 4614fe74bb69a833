import { describeZodIssue } from '../validation/describe-zod-issue.ts';
import { formatFieldPath } from '../validation/finding.ts';
import { findDuplicateJsonKey } from './find-duplicate-json-key.ts';
import { valueAt } from '../validation/validate-yaml.ts';
import { reportSchemaVersion, verificationReportSchema, type VerificationReport } from './report-schema.ts';

export type ParsedReport = { readonly ok: true; readonly value: VerificationReport } | { readonly ok: false; readonly errors: readonly string[] };

/**
 * A report file's text, checked: JSON (a truncated file says so) with no duplicate keys, a known schema
 * version, then the schema. Never throws for bad input.
 */
export function parseReport(text: string, file: string): ParsedReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const truncated = text.trim().length > 0 && /end of (JSON )?input|Unterminated|Expected/.test(String((error as Error).message)) && !text.trim().endsWith('}');
    return { ok: false, errors: [`${file} is not a VerificationReport: ${truncated ? 'the JSON is truncated (the file ends early); fetch or copy it again' : `it is not valid JSON (${(error as Error).message})`}`] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ok: false, errors: [`${file} is not a VerificationReport: expected a JSON object`] };
  const duplicate = findDuplicateJsonKey(text);
  if (duplicate) return { ok: false, errors: [`${file}: the key "${duplicate.key}" appears twice (at ${duplicate.path}); a report has each key once, so it was changed or written by another tool`] };
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (version !== reportSchemaVersion) {
    return { ok: false, errors: [`${file} has ${version === undefined ? 'no schemaVersion' : `schemaVersion ${JSON.stringify(version)}`}; this shopfloor reads "${reportSchemaVersion}" only; use the shopfloor version that wrote it`] };
  }
  const parsed = verificationReportSchema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.slice(0, 10).map((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      return `${file}: ${formatFieldPath(path) || '(root)'}: ${describeZodIssue(issue, valueAt(data, path), [])}; the report was changed or written by another tool`;
    }),
  };
}
