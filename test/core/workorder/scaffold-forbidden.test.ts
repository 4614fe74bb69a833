import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderWorkOrderScaffold, scaffoldForbidden } from '../../../src/core/workorder/render-work-order-scaffold.ts';
import { checkWorkOrderFile } from '../../../src/core/workorder/check-work-order-file.ts';

describe('scaffoldForbidden', () => {
  it.each([
    ['the default scope', [], ['.github/**']],
    ['source paths', ['src/**', 'test/**'], ['.github/**']],
    ['a file in .github (upstream safe-buffer 4463582 adds .github/FUNDING.yml)', ['.github/FUNDING.yml'], ['.github/workflows/**']],
    ['a workflow named on purpose', ['.github/workflows/ci.yml'], []],
    ['everything', ['**'], []],
  ] as const)('%s', (_name, scope, expected) => {
    expect(scaffoldForbidden(scope)).toEqual(expected);
  });

  it('a scaffold scoped to a file in .github is valid and does not forbid that file', () => {
    const text = renderWorkOrderScaffold({ id: 'funding', title: 'Add FUNDING.yml', kind: 'chore', scope: ['.github/FUNDING.yml'] });
    expect(checkWorkOrderFile(text, 'workorders/funding.yml').workOrder).toBeDefined();
    expect((parse(text) as { scope: unknown }).scope).toEqual({ paths: ['.github/FUNDING.yml'], forbidden: ['.github/workflows/**'] });
    const plain = renderWorkOrderScaffold({ id: 'workflow', title: 'Edit CI', scope: ['.github/workflows/ci.yml'] });
    expect((parse(plain) as { scope: unknown }).scope).toEqual({ paths: ['.github/workflows/ci.yml'] });
  });
});
