// Canary flow: uses the library the way a real caller does and prints metrics as JSON.
import { slugify, wordCount } from '../src/index.js';

const started = performance.now();
const title = 'Release notes: Shopfloor 1.0 is here';
const slug = slugify(title);
if (slug !== 'release-notes-shopfloor-1-0-is-here') {
  console.error(`smoke: unexpected slug "${slug}"`);
  process.exit(1);
}
if (wordCount(title) !== 7) {
  console.error(`smoke: unexpected word count ${wordCount(title)}`);
  process.exit(1);
}
console.log(JSON.stringify({ metrics: { smokeMs: performance.now() - started } }));
