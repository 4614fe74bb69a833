import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { RuleViolation } from './rule-violation.ts';
import { describeZodIssue } from './describe-zod-issue.ts';
import { formatFieldPath, type FieldPath, type Finding } from './finding.ts';
import { locateViolations } from './locate-violations.ts';
import { createYamlLocator, type YamlLocator } from './yaml-locator.ts';
import { schemaKeysAt } from './zod-schema-keys.ts';

export interface ValidatedYaml<T> {
  /** Present when the text parsed and matched the schema. */
  readonly value?: T;
  /** The parsed but not yet schema-checked data, for cross-file checks on files that have errors. */
  readonly raw?: unknown;
  readonly findings: readonly Finding[];
  readonly locator?: YamlLocator;
}

/**
 * Validates YAML in stages: parse with positions (syntax errors and duplicate keys), then the schema,
 * then cross-field `rules`. Every problem is reported at once, each with `file:line:col`, its field
 * path and what to do.
 *
 * Most files are valid, and positions only matter for findings, so a fast parser (js-yaml, YAML 1.2
 * core schema, duplicate keys refused) tries first; anything it does not pass cleanly is parsed again
 * with the position-keeping parser, which alone decides what is reported. Files with anchors never
 * take the fast path (aliases could expand without limit there).
 */
export function validateYaml<T>(text: string, file: string, schema: z.ZodType<T>, rules?: (value: T) => readonly RuleViolation[]): ValidatedYaml<T> {
  const fast = fastValidate(text, schema, rules);
  if (fast) return { ...fast, findings: [], locator: lazyLocator(text) };
  const result = preciseValidate(text, file, schema);
  if (!result.value || !rules) return result;
  const findings = [...result.findings, ...locateViolations(rules(result.value), file, result.locator)];
  return { ...result, findings };
}

function fastValidate<T>(text: string, schema: z.ZodType<T>, rules?: (value: T) => readonly RuleViolation[]): { value: T; raw: unknown } | undefined {
  if (/(^|[\s[{,:-])&\S/m.test(text)) return undefined;
  let raw: unknown;
  try {
    raw = load(text, { schema: CORE_SCHEMA, json: false });
  } catch {
    return undefined;
  }
  if (raw === null || typeof raw !== 'object') return undefined;
  const parsed = schema.safeParse(raw);
  if (!parsed.success || (rules && rules(parsed.data).length > 0)) return undefined;
  return { value: parsed.data, raw };
}

/** A locator that parses with positions only when a cross-file rule first asks for one. */
function lazyLocator(text: string): YamlLocator {
  let real: YamlLocator | undefined;
  const get = () => {
    if (!real) {
      const lineCounter = new LineCounter();
      real = createYamlLocator(parseDocument(text, { lineCounter }), lineCounter);
    }
    return real;
  };
  return { valueAt: (path) => get().valueAt(path), keyAt: (path, key) => get().keyAt(path, key) };
}

function preciseValidate<T>(text: string, file: string, schema: z.ZodType<T>): ValidatedYaml<T> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const findings: Finding[] = document.errors.map((error) => {
    const position = lineCounter.linePos(error.pos[0]);
    const duplicate = error.code === 'DUPLICATE_KEY';
    return {
      severity: 'error',
      file,
      line: position?.line ?? 1,
      column: position?.col ?? 1,
      path: '',
      code: duplicate ? 'duplicate-key' : 'yaml-syntax',
      message: duplicate ? 'duplicate key; each key may appear once in a mapping, remove or rename one' : `YAML syntax error: ${firstLine(error.message)}; fix the syntax`,
    };
  });
  if (findings.some((finding) => finding.code === 'yaml-syntax')) return { findings };

  const locator = createYamlLocator(document, lineCounter);
  let raw: unknown;
  try {
    raw = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { findings: [...findings, { severity: 'error', file, line: 1, column: 1, path: '', code: 'yaml-aliases', message: `${firstLine(String((error as Error).message))}; remove the excess aliases` }] };
  }
  if (raw === null || raw === undefined) {
    return { findings: [...findings, { severity: 'error', file, line: 1, column: 1, path: '', code: 'empty', message: 'the file is empty; write a YAML mapping (see the example in the README)' }] };
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { value: findings.length === 0 ? parsed.data : undefined, raw, findings, locator };
  for (const issue of parsed.error.issues) findings.push(...issueFindings(issue, file, raw, schema, locator));
  return { raw, findings, locator };
}

function issueFindings(issue: z.core.$ZodIssue, file: string, raw: unknown, schema: z.ZodType, locator: YamlLocator): Finding[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const known = schemaKeysAt(schema, path);
    return issue.keys.map((key) => {
      const at = locator.keyAt(path, key);
      return { severity: 'error', file, ...at, path: formatFieldPath([...path, key]), code: 'unknown-key', message: describeZodIssue({ ...issue, keys: [key] }, undefined, known) };
    });
  }
  const at = locator.valueAt(path);
  const code = issue.code === 'invalid_type' && valueAt(raw, path) === undefined ? 'missing' : issue.code.replace(/_/g, '-');
  return [{ severity: 'error', file, ...at, path: formatFieldPath(path), code, message: describeZodIssue(issue, valueAt(raw, path), []) }];
}

/** The plain value at a field path of parsed data. */
export function valueAt(data: unknown, path: FieldPath): unknown {
  let current = data;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}
