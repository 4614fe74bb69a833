// Fails when the committed dist/ or generated schemas differ from a fresh build of the sources.
import { execFileSync } from 'node:child_process';

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/write-schemas.ts'], { stdio: 'inherit' });
const stale = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist', 'workorders/schema.json', '.github/shopfloor.schema.json', 'schema'], { encoding: 'utf8' });
if (stale.trim() !== '') {
  console.error(`dist/ or the generated schemas are stale:\n${stale}\nRun \`npm run build && npm run schema\` and commit the result.`);
  process.exit(1);
}
console.log('dist/ and schemas are fresh');
