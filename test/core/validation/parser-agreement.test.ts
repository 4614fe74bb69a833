import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkWorkOrderFile } from '../../../src/core/workorder/check-work-order-file.ts';

// The fast parser may only ever say "valid" for text the position-keeping parser also finds valid.
// These texts sit where YAML parsers are known to disagree.
const tricky: readonly [string, string][] = [
  ['merge key', 'apiVersion: shopfloor/v1\nbase: &b { kind: chore }\n<<: *b\nid: a\ntitle: t\ngoal: g\nscope: { paths: [x] }\nacceptance: { criteria: [c] }\n'],
  ['yes as bool', 'apiVersion: shopfloor/v1\nid: a\ntitle: yes\ngoal: g\nkind: chore\nscope: { paths: [x] }\nacceptance: { criteria: [c] }\n'],
  ['tab indent', 'apiVersion: shopfloor/v1\nid: a\ntitle: t\ngoal: g\nkind: chore\nscope:\n\tpaths: [x]\nacceptance: { criteria: [c] }\n'],
  ['two documents', 'apiVersion: shopfloor/v1\nid: a\n---\nid: b\n'],
  ['custom tag', 'apiVersion: shopfloor/v1\nid: !evil a\ntitle: t\ngoal: g\nkind: chore\nscope: { paths: [x] }\nacceptance: { criteria: [c] }\n'],
  ['duplicate nested key', 'apiVersion: shopfloor/v1\nid: a\ntitle: t\ngoal: g\nkind: chore\nscope: { paths: [x], paths: [y] }\nacceptance: { criteria: [c] }\n'],
  ['alias bomb', 'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n'],
  ['timestamp', 'apiVersion: shopfloor/v1\nid: a\ntitle: 2024-01-01\ngoal: g\nkind: chore\nscope: { paths: [x] }\nacceptance: { criteria: [c] }\n'],
];

describe('fast and precise YAML paths agree', () => {
  it.each(tricky)('%s', (_name, text) => {
    const result = checkWorkOrderFile(text, 'workorders/a.yml');
    // Whatever the verdict, a rejected file has located findings and no value.
    if (result.workOrder) expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    else expect(result.findings.length).toBeGreaterThan(0);
  });

  it('rejects a merge key, a YAML 1.1 boolean-looking title stays a string, a duplicate nested key is an error', () => {
    expect(checkWorkOrderFile(tricky[0]![1], 'workorders/a.yml').workOrder).toBeUndefined();
    expect(checkWorkOrderFile(tricky[1]![1], 'workorders/a.yml').workOrder?.title).toBe('yes');
    expect(checkWorkOrderFile(tricky[5]![1], 'workorders/a.yml').findings[0]?.code).toBe('duplicate-key');
  });

  it('an alias bomb is refused with a message, not expanded', () => {
    const result = checkWorkOrderFile(tricky[6]![1], 'workorders/a.yml');
    expect(result.findings.map((f) => f.code)).toContain('yaml-aliases');
  });

  it('every fixture gets the same verdict from both paths', () => {
    for (const sub of ['valid', 'invalid']) {
      for (const name of readdirSync(`test/fixtures/workorders/${sub}`).filter((f) => f.endsWith('.yml'))) {
        const text = readFileSync(`test/fixtures/workorders/${sub}/${name}`, 'utf8');
        // An anchor forces the precise path; it must not change the verdict.
        const withAnchor = `${text.trimEnd()}\n`.replace(/^apiVersion:/m, 'apiVersion: &v');
        const plain = checkWorkOrderFile(text, `workorders/${name}`);
        const precise = checkWorkOrderFile(withAnchor, `workorders/${name}`);
        expect(Boolean(precise.workOrder), `${sub}/${name}`).toBe(Boolean(plain.workOrder));
      }
    }
  });

  it('locates findings of cleanly parsed files exactly where the position-keeping parser does', () => {
    const texts = [
      'apiVersion: shopfloor/v1\nid: a\n# a comment: not a key\ntitle: t\ngoal: |\n  line one\n  nested: not a key\nkind: feature\nextra_one: 1\nscope:\n  paths: ["src/**"]\n  unknown_nested: 2\nacceptance:\n  criteria: [x]\n"quoted": 3\nextra_two: [1, 2]\n',
      'apiVersion: shopfloor/v1\nid: Bad_Id\ntitle: t\ngoal: g\nkind: nope\nscope: { paths: ["../x"] }\nacceptance: { criteria: [] }\npriority: urgent\n',
      `apiVersion: shopfloor/v1\nid: a\ntitle: t\ngoal: g\nkind: feature\nscope:\n  paths: ["src/**"]\nacceptance:\n  criteria: [x]\n${Array.from({ length: 40 }, (_, i) => `k${i}: ${i}`).join('\n')}\n`,
    ];
    for (const text of texts) {
      // A comment holding "&x" sends the same text down the position-keeping path.
      const precise = checkWorkOrderFile(`${text}# &x\n`, 'workorders/a.yml').findings;
      const fast = checkWorkOrderFile(text, 'workorders/a.yml').findings;
      expect(precise.length).toBeGreaterThan(0);
      expect(fast).toEqual(precise);
    }
  });
});
