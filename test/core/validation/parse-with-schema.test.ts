import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseWithSchema } from '../../../src/core/validation/parse-with-schema.ts';

const strict = z.object({ id: z.string(), scope: z.object({ paths: z.array(z.string()) }).strict().optional() }).strict();
const loose = z.object({ id: z.string() });
const refined = strict.refine((value) => value.id !== 'x', { message: 'not x' });

// Whatever path it takes, the result must be the one zod gives: same verdict, same issues in the same order.
const cases: readonly [string, z.ZodType, unknown][] = [
  ['valid', strict, { id: 'a' }],
  ['unknown root keys after a wrong field', strict, { b: 1, id: 2, '7': 0, c: 3, scope: { paths: ['x'], d: 4 } }],
  ['only unknown keys', strict, { a: 1, b: 2 }],
  ['a __proto__ key', strict, JSON.parse('{"id":"a","__proto__":1}')],
  ['not strict', loose, { id: 'a', extra: 1 }],
  ['refined root', refined, { id: 'x', extra: 1 }],
  ['an array', strict, [1]],
  ['null', strict, null],
];

describe('parseWithSchema', () => {
  it.each(cases)('%s', (_name, schema, raw) => {
    const ours = parseWithSchema(schema, raw);
    const zods = schema.safeParse(raw);
    expect(ours.success).toBe(zods.success);
    if (ours.success || zods.success) return;
    const shape = (issue: z.core.$ZodIssue) => ({ code: issue.code, path: issue.path, ...('keys' in issue ? { keys: issue.keys } : {}) });
    expect(ours.issues.map(shape)).toEqual(zods.error.issues.map(shape));
  });
});
