import { describe, expect, it } from 'vitest';
import type { CliCommandSpec } from '../../../src/core/docs/cli-spec.ts';
import { cliReferenceMarkers, renderCliReference, spliceCliReference } from '../../../src/core/docs/render-cli-reference.ts';

const spec: CliCommandSpec = {
  path: '', name: 'shopfloor', usage: '[options] [command]', description: 'the program', options: [], helpAfter: '\nExample:\n  shopfloor new x --title y\n',
  commands: [{
    path: 'new', name: 'new', usage: '[options] <id>', description: 'scaffold workorders/<id>.yml', helpAfter: '\nExample:\n  shopfloor new wo-2 --title "A | B"\n', commands: [],
    options: [
      { flags: '--title <text>', long: '--title', description: '(required) one line | what it delivers', required: true },
      { flags: '--kind <kind>', long: '--kind', description: 'the kind', required: false, defaultValue: 'feature' },
    ],
  }],
};

describe('renderCliReference', () => {
  const page = renderCliReference(spec);
  it('gives every command a heading, its usage and a link from its parent', () => {
    expect(page).toContain('## `shopfloor new`\n\nscaffold workorders/&lt;id&gt;.yml\n\n```text\nshopfloor new [options] <id>\n```');
    expect(page).toContain('| [`shopfloor new`](#shopfloor-new) | scaffold workorders/&lt;id&gt;.yml |');
  });
  it('marks required options, shows defaults and keeps table cells whole', () => {
    expect(page).toContain('| `--title <text>` | yes |  | one line \\| what it delivers |');
    expect(page).toContain('| `--kind <kind>` |  | `feature` | the kind |');
  });
  it('shows what --help prints after the options, the example included', () => {
    expect(page).toContain('```text\nExample:\n  shopfloor new wo-2 --title "A | B"\n```');
  });
});

describe('spliceCliReference', () => {
  it('replaces only the generated block', () => {
    const page = `# CLI\n\nhand-written\n\n${cliReferenceMarkers.start}\nold\n${cliReferenceMarkers.end}\n\nafter\n`;
    expect(spliceCliReference(page, 'new\n')).toEqual({ ok: true, value: `# CLI\n\nhand-written\n\n${cliReferenceMarkers.start}\n\nnew\n\n${cliReferenceMarkers.end}\n\nafter\n` });
  });
  it('says where the markers must go when they are missing', () => {
    const result = spliceCliReference('# CLI\n', 'x');
    expect(result.ok).toBe(false);
  });
});
