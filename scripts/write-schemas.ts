// Writes the JSON Schemas generated from the zod schemas; never edit the outputs by hand.
import { writeFileSync } from 'node:fs';
import { policyJsonSchema, renderJsonSchema, workOrderJsonSchema } from '../src/core/json-schemas.ts';

writeFileSync('workorders/schema.json', renderJsonSchema(workOrderJsonSchema()));
writeFileSync('.github/shopfloor.schema.json', renderJsonSchema(policyJsonSchema()));
