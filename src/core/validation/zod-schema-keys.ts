import type { z } from 'zod';
import type { FieldPath } from './finding.ts';

interface SchemaDef {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly in?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
}

const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** The keys an object schema accepts at `path`, for "did you mean" suggestions on unknown keys. */
export function schemaKeysAt(schema: z.ZodType, path: FieldPath): string[] {
  const objects = objectsAt(schema, path);
  return [...new Set(objects.flatMap((object) => Object.keys(defOf(object).shape ?? {})))];
}

function objectsAt(schema: z.ZodType, path: FieldPath): z.ZodType[] {
  const candidates = unwrap(schema);
  if (path.length === 0) return candidates.filter((s) => defOf(s).type === 'object');
  const [head, ...rest] = path;
  return candidates.flatMap((candidate) => {
    const def = defOf(candidate);
    if (def.type === 'object' && typeof head === 'string' && def.shape?.[head]) return objectsAt(def.shape[head], rest);
    if (def.type === 'array' && typeof head === 'number' && def.element) return objectsAt(def.element, rest);
    if (def.type === 'record' && def.valueType) return objectsAt(def.valueType, rest);
    return [];
  });
}

function unwrap(schema: z.ZodType): z.ZodType[] {
  const def = defOf(schema);
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  if (def.type === 'union' && def.options) return def.options.flatMap(unwrap);
  return [schema];
}
