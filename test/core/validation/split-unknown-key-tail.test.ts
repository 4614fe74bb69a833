import { describe, expect, it } from 'vitest';
import { splitUnknownKeyTail } from '../../../src/core/validation/split-unknown-key-tail.ts';
import { checkWorkOrderFile } from '../../../src/core/workorder/check-work-order-file.ts';

const head = 'apiVersion: shopfloor/v1\nid: a\ntitle: t\ngoal: |\n  a goal\n  nested: not a key\nkind: feature\nscope:\n  paths: ["src/**"]\nacceptance:\n  criteria: [x]\n';
const tail = (count: number, from = 0) => Array.from({ length: count }, (_, i) => `extra_key_${from + i}: value ${i}.x/y-z\n`).join('');

// Each text ends in 1,500 one-line unknown keys, so it may be cut; whatever the cut does, the findings
// must be the ones the position-keeping parser reports for the whole text.
const cases: readonly [string, string][] = [
  ['unknown keys after a valid head', head + tail(1500)],
  ['a head with errors of its own', head.replace('kind: feature', 'kind: nope\nstray: 1') + tail(1500)],
  ['a key repeated inside the tail', head + tail(800) + tail(700, 100)],
  ['a head key repeated in the tail', `${head}extra_key_42: early\n${tail(1500)}`],
  ['a known key among them', head.replace('kind: feature\n', '') + tail(700) + 'kind: feature\n' + tail(800, 700)],
  ['a boolean-looking key among them', head + tail(700) + 'True: 1\ntrue: 2\n' + tail(800, 700)],
  ['a flow mapping left open in the head', head.replace('acceptance:\n  criteria: [x]\n', 'acceptance: {criteria: [x],\n') + tail(1500)],
  ['a second document', `${head}---\n${tail(1500)}`],
  ['an indented head', head.replace(/^/gm, '  ').trimEnd() + '\n' + tail(1500)],
  ['nothing but unknown keys', `# a comment\n${tail(1500)}`],
];

describe('a tail of one-line unknown keys', () => {
  it.each(cases)('%s: same findings as the whole text parsed with positions', (_name, text) => {
    // A comment holding "&x" sends the same text down the position-keeping path.
    const precise = checkWorkOrderFile(`${text}# &x\n`, 'workorders/a.yml');
    const fast = checkWorkOrderFile(text, 'workorders/a.yml');
    expect(precise.findings.length).toBeGreaterThan(0);
    expect(fast.findings).toEqual(precise.findings);
    expect(fast.id).toEqual(precise.id);
  });

  it('is cut only when it is long and its keys are unknown plain words', () => {
    const known = new Set(['apiVersion', 'id', 'kind']);
    expect(splitUnknownKeyTail(head + tail(1500), known)?.keys).toHaveLength(1500);
    expect(splitUnknownKeyTail(head + tail(999), known)).toBeUndefined();
    expect(splitUnknownKeyTail(head + tail(1500).replace('value 7.x', '"value 7"'), known)?.keys).toHaveLength(1500 - 8);
    expect(splitUnknownKeyTail(head + tail(1500).replace('extra_key_3:', 'kind:'), known)?.keys).toHaveLength(1500 - 4);
  });
});
