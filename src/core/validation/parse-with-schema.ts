import type { z } from 'zod';

export type SchemaResult<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly issues: readonly z.core.$ZodIssue[] };

interface ObjectDef {
  readonly type: string;
  readonly shape?: Record<string, unknown>;
  readonly catchall?: { readonly _zod: { readonly def: { readonly type: string } } };
  readonly checks?: readonly unknown[];
}

/**
 * `schema.safeParse(raw)` with the same issues, except that the unknown keys of a strict root object are
 * sorted out here and only its own keys reach zod. Zod would walk every key of the object and join all of
 * the unknown ones into one message nobody reads; a file with 300,000 unknown keys spent most of its
 * validation there. Any other schema is handed to zod as it is.
 */
export function parseWithSchema<T>(schema: z.ZodType<T>, raw: unknown, tailKeys: readonly string[] = []): SchemaResult<T> {
  const def = defOf(schema);
  if (!isStrictRoot(def) || raw === null || typeof raw !== 'object' || Array.isArray(raw) || Object.getPrototypeOf(raw) !== Object.prototype) return fromZod(schema.safeParse(raw));
  const shape = def.shape!;
  const input = raw as Record<string, unknown>;
  const known: Record<string, unknown> = {};
  const unknown: string[] = [];
  // Object.keys keeps zod's order (for…in over own keys): findings name the first unknown keys in file order.
  for (const key of Object.keys(input)) {
    if (Object.hasOwn(shape, key)) known[key] = input[key];
    else unknown.push(key);
  }
  // Keys cut off the end of the text before parsing (see splitUnknownKeyTail) come after all of raw's.
  for (const key of tailKeys) unknown.push(key);
  if (unknown.length === 0) return fromZod(schema.safeParse(raw));
  const parsed = schema.safeParse(known);
  const unrecognized: z.core.$ZodIssue = { code: 'unrecognized_keys', keys: unknown, path: [], input, message: `Unrecognized key${unknown.length === 1 ? '' : 's'}: "${unknown[0]}"${unknown.length > 1 ? ` and ${unknown.length - 1} more` : ''}` };
  return { success: false, issues: parsed.success ? [unrecognized] : [...parsed.error.issues, unrecognized] };
}

/** The keys of a strict root object schema (one the shortcut above applies to), else undefined. */
export function strictRootKeys(schema: z.ZodType): ReadonlySet<string> | undefined {
  const def = defOf(schema);
  return isStrictRoot(def) ? new Set(Object.keys(def.shape!)) : undefined;
}

const defOf = (schema: z.ZodType): ObjectDef => (schema as unknown as { _zod: { def: ObjectDef } })._zod.def;
const isStrictRoot = (def: ObjectDef): boolean => def.type === 'object' && def.shape !== undefined && def.catchall?._zod.def.type === 'never' && !def.checks?.length;

function fromZod<T>(result: z.ZodSafeParseResult<T>): SchemaResult<T> {
  return result.success ? { success: true, data: result.data } : { success: false, issues: result.error.issues };
}
