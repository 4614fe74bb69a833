// Writes the JSON Schemas generated from the zod schemas; never edit the outputs by hand.
// `npm run schema`; tests and `npm run check-dist` fail when a committed schema is stale.
import { writeFileSync } from 'node:fs';
import { policyJsonSchema, renderJsonSchema, workOrderJsonSchema } from '../src/core/json-schemas.ts';
import { reportJsonSchema } from '../src/core/report/report-schema.ts';

writeFileSync('workorders/schema.json', renderJsonSchema(workOrderJsonSchema()));
writeFileSync('.github/shopfloor.schema.json', renderJsonSchema(policyJsonSchema()));
writeFileSync('schema/verification-report.schema.json', renderJsonSchema(reportJsonSchema()));
