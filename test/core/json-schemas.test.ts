import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policyJsonSchema, renderJsonSchema, workOrderJsonSchema } from '../../src/core/json-schemas.ts';
import { shopfloorVersion } from '../../src/core/version.ts';

describe('generated JSON Schemas', () => {
  it('workorders/schema.json is exactly what the zod schema generates (run `npm run schema`)', () => {
    expect(readFileSync('workorders/schema.json', 'utf8')).toBe(renderJsonSchema(workOrderJsonSchema()));
  });

  it('.github/shopfloor.schema.json is exactly what the zod schema generates', () => {
    expect(readFileSync('.github/shopfloor.schema.json', 'utf8')).toBe(renderJsonSchema(policyJsonSchema()));
  });

  it('keeps the work-order field names users write (a rename breaks their files)', () => {
    const schema = workOrderJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toMatchInlineSnapshot(`
      [
        "apiVersion",
        "id",
        "title",
        "goal",
        "kind",
        "scope",
        "acceptance",
        "dependencies",
        "owners",
        "agent",
        "budget",
        "performance",
        "repro",
        "rollback",
        "risk",
        "priority",
        "provenance",
        "status",
      ]
    `);
    expect(schema.required).toEqual(['apiVersion', 'id', 'title', 'goal', 'kind', 'scope', 'acceptance']);
  });

  it('version matches package.json', () => {
    expect(shopfloorVersion).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});
