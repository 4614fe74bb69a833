import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../../src/core/validation/finding.ts';
import { checkWorkOrderFile } from '../../../src/core/workorder/check-work-order-file.ts';

const dir = 'test/fixtures/workorders';
const yamlIn = (sub: string) => readdirSync(`${dir}/${sub}`).filter((f) => f.endsWith('.yml'));

describe('valid work-order fixtures', () => {
  it.each(yamlIn('valid'))('%s has no findings', (name) => {
    const file = `${dir}/valid/${name}`;
    const result = checkWorkOrderFile(readFileSync(file, 'utf8'), file);
    expect(result.findings.map(formatFinding)).toEqual([]);
    expect(result.workOrder?.id).toBe(name.replace('.yml', ''));
  });
});

describe('invalid work-order fixtures', () => {
  it.each(yamlIn('invalid'))('%s reports exactly its expected findings', (name) => {
    const file = `${dir}/invalid/${name}`;
    const result = checkWorkOrderFile(readFileSync(file, 'utf8'), file);
    expect(result.workOrder).toBeUndefined();
    let expected: string[];
    try {
      expected = readFileSync(file.replace(/\.yml$/, '.expected'), 'utf8').trim().split('\n');
    } catch {
      // Syntax errors carry the parser's own wording; only their location and kind are pinned.
      expect(result.findings.length).toBeGreaterThan(0);
      expect(result.findings.every((f) => f.code === 'yaml-syntax' && f.line > 0)).toBe(true);
      return;
    }
    expect(result.findings.map(formatFinding)).toEqual(expected);
  });
});
