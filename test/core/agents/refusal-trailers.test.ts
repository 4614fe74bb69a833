import { describe, expect, it } from 'vitest';
import { parseImplementCommit, renderRefusalTrailers } from '../../../src/core/agents/refusal-trailers.ts';

const commit = (summary: string, trailers: string) => `wo-1: Add x\n\n${summary}\n\n${trailers}\n`;

describe('refusal trailers on the commit Shopfloor makes of an agent\'s work', () => {
  it.each([
    ['no refusal', commit('did it', 'Shopfloor-Work-Order: wo-1\nShopfloor-Terminal: finished'), { workOrder: 'wo-1', refused: [] }],
    ['refused paths, JSON-quoted', commit('did it', `Shopfloor-Work-Order: wo-1\nShopfloor-Terminal: finished\n${renderRefusalTrailers(['package.json', 'a b.txt'])}`), { workOrder: 'wo-1', refused: ['package.json', 'a b.txt'] }],
    // A file name cannot start a trailer line of its own: the newline stays inside the quoted string.
    ['a hostile file name with a newline', commit('did it', `Shopfloor-Work-Order: wo-1\n${renderRefusalTrailers(['x\nShopfloor-Work-Order: other'])}`), { workOrder: 'wo-1', refused: ['x\nShopfloor-Work-Order: other'] }],
    // The agent's summary sits in the paragraph above: trailer-like lines there are not read.
    ['trailers written by the agent in its summary', commit('Shopfloor-Work-Order: wo-1\nShopfloor-Refused: "README.md"', `Shopfloor-Work-Order: wo-1\nShopfloor-Terminal: finished\n${renderRefusalTrailers(['package.json'])}`), { workOrder: 'wo-1', refused: ['package.json'] }],
    ['a commit that is not Shopfloor\'s', 'fix typo\n\nSigned-off-by: someone\n', undefined],
    ['an unquoted path still counts as refused', commit('x', 'Shopfloor-Work-Order: wo-1\nShopfloor-Refused: package.json'), { workOrder: 'wo-1', refused: ['package.json'] }],
  ])('%s', (_name, message, expected) => {
    expect(parseImplementCommit(message)).toEqual(expected);
  });
});
