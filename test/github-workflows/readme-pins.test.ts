import { readdirSync, readFileSync } from 'node:fs';
import { readDocPages } from '../helpers/doc-pages.ts';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The workflow examples of README.md and docs/ are copied by users: every third-party action they name must be pinned
// exactly as the shipped templates pin it (a full commit SHA and the same version comment).
const root = join(import.meta.dirname, '..', '..');
const workflowDir = join(root, '.github', 'workflows');
const usesLine = /uses:\s*([\w.-]+\/[\w./-]+)@(\S+)(?:\s*#\s*(\S+))?/g;

function pinsIn(text: string): { action: string; ref: string; comment: string | undefined }[] {
  return [...text.matchAll(usesLine)].map((match) => ({ action: match[1]!, ref: match[2]!, comment: match[3] }));
}

const templatePins = new Map<string, string>();
for (const name of readdirSync(workflowDir).filter((file) => file.endsWith('.yml'))) {
  for (const pin of pinsIn(readFileSync(join(workflowDir, name), 'utf8'))) templatePins.set(pin.action, `${pin.ref} # ${pin.comment ?? ''}`);
}

describe('README and docs/ workflow examples', () => {
  it('pin third-party actions exactly as the templates do', () => {
    const readmePins = readDocPages().flatMap((page) => pinsIn(page.text)).filter((pin) => templatePins.has(pin.action));
    expect(readmePins.length).toBeGreaterThan(0);
    for (const pin of readmePins) expect(`${pin.action}@${pin.ref} # ${pin.comment ?? ''}`).toBe(`${pin.action}@${templatePins.get(pin.action)}`);
  });

  it('catches an unpinned example', () => {
    const [pin] = pinsIn('      - uses: actions/checkout@v6   # pin to a full SHA in your copy');
    expect(`${pin!.ref} # ${pin!.comment}`).not.toBe(templatePins.get('actions/checkout'));
  });
});
