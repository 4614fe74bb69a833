// Writes schema/verification-report.schema.json from the zod schema; never edit the output by hand.
// Run: npx tsx scripts/write-report-schema.ts (a test fails when the committed file is stale).
import { writeFileSync } from 'node:fs';
import { renderJsonSchema } from '../src/core/json-schemas.ts';
import { reportJsonSchema } from '../src/core/report/report-schema.ts';

writeFileSync('schema/verification-report.schema.json', renderJsonSchema(reportJsonSchema()));
