import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnnotations } from '../../../../src/core/gates/annotations/parse-annotations.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../fixtures/gates', name), 'utf8');
const brief = (text: string, root = '/repo') => parseAnnotations(text, root).map((a) => `${a.level} ${a.path}:${a.line}:${a.column ?? '-'} ${a.message}${a.title ? ` [${a.title}]` : ''}`);

describe('parseAnnotations', () => {
  it.each([
    ['tsc.txt', [
      "error src/core/report/parse-report.ts:12:7 Type 'string' is not assignable to type 'number'. [TS2322]",
      "error src/workflows/verify/verify-change.ts:40:15 Argument of type 'undefined' is not assignable to parameter of type 'string'. [TS2345]",
    ]],
    ['tsc-pretty.txt', ["error src/a.ts:3:7 Type 'string' is not assignable to type 'number'. [TS2322]"]],
    ['eslint-stylish.txt', [
      "error src/core/a.ts:3:10 'unused' is assigned a value but never used [@typescript-eslint/no-unused-vars]",
      'warning src/core/a.ts:12:1 Unexpected console statement [no-console]',
      'error src/b.ts:7:5 Parsing error: Unexpected token',
    ]],
    ['eslint.json', ["error src/core/a.ts:1:7 'x' is defined but never used. [no-unused-vars]"]],
    ['junit-vitest.xml', ['error test/core/math.test.ts:14:22 expected 3 to be 4 // Object.is equality [test/core/math.test.ts › adds > big numbers]']],
    ['junit-pytest.xml', [
      'error tests/test_calc.py:9:- ZeroDivisionError: division by zero [tests.test_calc › test_div]',
      "error tests/test_io:1:- fixture 'tmpdir2' not found [tests.test_io › test_read]",
    ]],
    ['cargo.jsonl', ['error src/main.rs:2:20 mismatched types [E0308]', 'warning src/lib.rs:5:9 unused variable: `y` [unused_variables]']],
    ['workflow-commands.txt', ['error src/app.ts:10:5 Something broke\non two lines [Lint: rule]', 'warning src/b.ts:2:- Deprecated call']],
  ])('reads %s', (file, expected) => {
    expect(brief(fixture(file))).toEqual(expected);
  });

  it('finds nothing in ordinary output', () => {
    expect(parseAnnotations('building...\nall 12 tests passed in 3.2s\n{"not":"a diagnostic"}\n', '/repo')).toEqual([]);
  });

  it('makes Windows absolute paths under the root repository-relative', () => {
    expect(brief('::error file=C:\\work\\repo\\src\\x.ts,line=3::bad', 'C:\\work\\repo')).toEqual(['error src/x.ts:3:- bad']);
  });
});
