import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { RuleViolation } from './rule-violation.ts';
import { describeZodIssue } from './describe-zod-issue.ts';
import { findDuplicateYamlKeys } from './find-duplicate-yaml-keys.ts';
import { formatFieldPath, type FieldPath, type Finding } from './finding.ts';
import { locateViolations } from './locate-violations.ts';
import { parseWithSchema, strictRootKeys, type SchemaResult } from './parse-with-schema.ts';
import { splitUnknownKeyTail } from './split-unknown-key-tail.ts';
import { createTopLevelKeyLocator } from './top-level-key-locator.ts';
import { createYamlLocator, type YamlLocator } from './yaml-locator.ts';
import { schemaKeysAt } from './zod-schema-keys.ts';

export interface ValidatedYaml<T> {
  /** Present when the text parsed and matched the schema. */
  readonly value?: T;
  /**
   * The parsed but not yet schema-checked data, for cross-file checks on files that have errors. A long
   * tail of one-line unknown root keys is not in it (see `splitUnknownKeyTail`); the findings name them.
   */
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
  if (fast?.kind === 'valid') return { value: fast.value, raw: fast.raw, findings: [], locator: lazyLocator(text) };
  // Parsed cleanly (no syntax error, no duplicate key, no anchor) but not valid: the data is right, only
  // positions are missing, and most findings (unknown keys of the root) are found by a line scan.
  if (fast?.kind === 'parsed') return parsedValidate(fast.raw, fast.parsed, text, file, schema, rules);
  let result: ValidatedYaml<T>;
  try {
    result = preciseValidate(text, file, schema);
  } catch (error) {
    // The parser recurses per nesting level; thousands of levels overflow the stack.
    if (error instanceof RangeError) return { findings: [{ severity: 'error', file, line: 1, column: 1, path: '', code: 'too-deep', message: tooDeep }] };
    throw error;
  }
  if (!rules || !result.locator) return result;
  if (result.value) return { ...result, findings: [...result.findings, ...locateViolations(rules(result.value), file, result.locator)] };
  return { ...result, findings: sortByPosition([...result.findings, ...salvagedViolations(result, file, schema, rules)]) };
}

/**
 * Every problem in one pass: when the schema already failed, the cross-field rules still run on the
 * fields that did pass, and report what does not overlap a field with a schema error.
 */
function salvagedViolations<T>(result: ValidatedYaml<T>, file: string, schema: z.ZodType<T>, rules: (value: T) => readonly RuleViolation[]): Finding[] {
  if (result.raw === null || typeof result.raw !== 'object' || Array.isArray(result.raw)) return [];
  const broken = new Set(result.findings.map((finding) => finding.path.split(/[.[]/)[0]));
  // Only the schema's own keys matter to the rules: copying those keeps this linear in the schema, not
  // in the file (a file of 300,000 unknown keys used to be copied whole).
  const raw = result.raw as Record<string, unknown>;
  const partial = Object.fromEntries(schemaKeysAt(schema, []).filter((key) => Object.hasOwn(raw, key) && !broken.has(key)).map((key) => [key, raw[key]]));
  let violations: readonly RuleViolation[];
  try {
    violations = rules(partial as T);
  } catch {
    return [];
  }
  return locateViolations(violations.filter((v) => !broken.has(String(v.path[0] ?? ''))), file, result.locator!);
}

function sortByPosition(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

type FastResult<T> = { readonly kind: 'valid'; readonly value: T; readonly raw: unknown } | { readonly kind: 'parsed'; readonly raw: Record<string, unknown>; readonly parsed: SchemaResult<T> };

function fastValidate<T>(text: string, schema: z.ZodType<T>, rules?: (value: T) => readonly RuleViolation[]): FastResult<T> | undefined {
  if (/(^|[\s[{,:-])&\S/m.test(text)) return undefined;
  const rootKeys = strictRootKeys(schema);
  const tail = rootKeys ? splitUnknownKeyTail(text, rootKeys) : undefined;
  // The tail's lines are root entries only if the head is a block mapping at column 1 (or nothing yet).
  const headStart = tail ? firstContent(tail.head) : '';
  if (tail && headStart !== '' && !/[\w"']/.test(headStart)) return undefined;
  let raw: unknown;
  try {
    raw = tail && headStart === '' ? {} : load(tail?.head ?? text, { schema: CORE_SCHEMA, json: false });
  } catch {
    return undefined;
  }
  if (raw === null || typeof raw !== 'object') return undefined;
  if (tail && (Array.isArray(raw) || Object.keys(raw).some(tail.has))) return undefined;
  const parsed = parseWithSchema(schema, raw, tail?.keys);
  if (parsed.success && !(rules && rules(parsed.data).length > 0)) return { kind: 'valid', value: parsed.data, raw };
  return Array.isArray(raw) ? undefined : { kind: 'parsed', raw: raw as Record<string, unknown>, parsed };
}

/** The first character of the first line that is not blank or a comment (a space if it is indented); '' when there is none. */
function firstContent(text: string): string {
  return /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*([^\n])?/.exec(text)?.[1] ?? '';
}

/** Schema and rule findings for data the fast parser produced, located lazily (see `createTopLevelKeyLocator`). */
function parsedValidate<T>(raw: Record<string, unknown>, parsed: SchemaResult<T>, text: string, file: string, schema: z.ZodType<T>, rules?: (value: T) => readonly RuleViolation[]): ValidatedYaml<T> {
  const locator = createTopLevelKeyLocator(text, once(() => {
    const lineCounter = new LineCounter();
    return createYamlLocator(parseDocument(text, { lineCounter, uniqueKeys: false }), lineCounter);
  }));
  if (parsed.success) return { value: parsed.data, raw, findings: rules ? locateViolations(rules(parsed.data), file, locator) : [], locator };
  const findings = parsed.issues.flatMap((issue) => issueFindings(issue, file, raw, schema, locator));
  const result: ValidatedYaml<T> = { raw, findings, locator };
  return rules ? { ...result, findings: sortByPosition([...findings, ...salvagedViolations(result, file, schema, rules)]) } : result;
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
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
  const document = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true });
  const at = (offset: number) => {
    const position = lineCounter.linePos(offset);
    return { line: position?.line ?? 1, column: position?.col ?? 1 };
  };
  const findings: Finding[] = document.errors.map((error) => (/Maximum call stack/.test(error.message)
    ? { severity: 'error', file, ...at(error.pos[0]), path: '', code: 'too-deep', message: tooDeep }
    : { severity: 'error', file, ...at(error.pos[0]), path: '', code: 'yaml-syntax', message: `YAML syntax error: ${firstLine(error.message)}; fix the syntax` }));
  if (findings.length > 0) return { findings };
  for (const offset of findDuplicateYamlKeys(document)) {
    findings.push({ severity: 'error', file, ...at(offset), path: '', code: 'duplicate-key', message: 'duplicate key; each key may appear once in a mapping, remove or rename one' });
  }

  const locator = createYamlLocator(document, lineCounter);
  let raw: unknown;
  try {
    raw = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { findings: [...findings, { severity: 'error', file, line: 1, column: 1, path: '', code: 'yaml-aliases', message: `${firstLine(String((error as Error).message))}; remove the excess aliases` }] };
  }
  if (raw === null || raw === undefined) {
    return { findings: [...findings, { severity: 'error', file, line: 1, column: 1, path: '', code: 'empty', message: 'the file is empty; write a YAML mapping (a work order: see docs/work-orders.md; a policy: shopfloor init writes a commented one)' }] };
  }
  const parsed = parseWithSchema(schema, raw);
  if (parsed.success) return { value: findings.length === 0 ? parsed.data : undefined, raw, findings, locator };
  for (const issue of parsed.issues) findings.push(...issueFindings(issue, file, raw, schema, locator));
  return { raw, findings, locator };
}

const tooDeep = 'the YAML nests too deeply to check (thousands of levels); a Shopfloor file is only a few levels deep, so flatten it';

/** Unknown keys of one mapping reported one by one; the rest are summed up in one finding. */
const maxUnknownKeysShown = 20;

function issueFindings(issue: z.core.$ZodIssue, file: string, raw: unknown, schema: z.ZodType, locator: YamlLocator): Finding[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const known = schemaKeysAt(schema, path);
    const shown = issue.keys.slice(0, maxUnknownKeysShown);
    const findings: Finding[] = shown.map((key) => {
      const at = locator.keyAt(path, key);
      return { severity: 'error', file, ...at, path: formatFieldPath([...path, key]), code: 'unknown-key', message: describeZodIssue({ ...issue, keys: [key] }, undefined, known) };
    });
    const rest = issue.keys.slice(maxUnknownKeysShown);
    // Thousands of unknown keys are one mistake (wrong file, wrong indentation): one line for the rest.
    if (rest.length > 0) findings.push({ severity: 'error', file, ...locator.keyAt(path, rest[0]!), path: formatFieldPath(path), code: 'unknown-key', message: `and ${rest.length} more unknown keys here (${rest.slice(0, 3).map((k) => `"${k}"`).join(', ')}, …); allowed keys are ${known.join(', ')}` });
    return findings;
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
