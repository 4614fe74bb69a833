import { describe, expect, it } from 'vitest';
import { checkDocLinks, headingTexts } from '../../../src/core/docs/check-doc-links.ts';

const files = new Set(['README.md', 'docs/policy.md', 'docs/cli.md', 'src/core/x.ts', 'schema/a.json']);
const policy = { path: 'docs/policy.md', text: '# The repository policy\n\n## Environment\n\n## `env:` names\n' };
const check = (path: string, text: string) => checkDocLinks([{ path, text }, policy], files).map((broken) => `${broken.line}: ${broken.target}: ${broken.reason}`);

describe('checkDocLinks', () => {
  const good: readonly [string, string, string][] = [
    ['a page beside it', 'docs/cli.md', 'See [policy](policy.md).'],
    ['an anchor on another page', 'docs/cli.md', 'See [env](policy.md#environment) and [names](policy.md#env-names).'],
    ['an anchor on the same page', 'docs/cli.md', '# Policy\n\n## Environment\n\n[up](#environment) [title](#policy)'],
    ['up a folder', 'docs/cli.md', '[home](../README.md) [code](../src/core/x.ts) [folder](../schema/)'],
    ['from the root', 'README.md', '[policy](docs/policy.md#environment) [docs](docs/)'],
    ['a reference definition', 'README.md', '[policy][p]\n\n[p]: docs/policy.md'],
    ['external links are not followed', 'README.md', '[gh](https://github.com/x/y#nope) [mail](mailto:a@b.c)'],
  ];
  it.each(good)('accepts %s', (_name, path, text) => expect(check(path, text)).toEqual([]));

  const bad: readonly [string, string, string, string][] = [
    ['a missing file', 'docs/cli.md', '\n[x](polcy.md)', '2: polcy.md: docs/polcy.md does not exist'],
    ['a root path from docs/', 'docs/cli.md', '[x](docs/policy.md)', '1: docs/policy.md: docs/docs/policy.md does not exist'],
    ['a missing anchor', 'README.md', '[x](docs/policy.md#enviroment)', '1: docs/policy.md#enviroment: docs/policy.md has no heading with the anchor #enviroment'],
    ['a missing anchor on the same page', 'docs/cli.md', '# CLI\n\n[x](#commands)', '3: #commands: docs/cli.md has no heading with the anchor #commands'],
    ['an anchor into a page that is not checked', 'README.md', '[x](src/core/x.ts#L3)', '1: src/core/x.ts#L3: src/core/x.ts is not a checked Markdown page, so #L3 cannot be checked; link the page without the anchor'],
    ['a path out of the repository', 'README.md', '[x](../elsewhere.md)', '1: ../elsewhere.md: it leads outside the repository'],
  ];
  it.each(bad)('finds %s', (_name, path, text, expected) => expect(check(path, text)).toEqual([expected]));

  it('reads headings by their text, code spans included, and not inside code blocks', () => {
    expect(headingTexts('# The local loop (`shopfloor run`)\n\n```yaml\n# not a heading\n```\n\nSetext\n---\n')).toEqual(['The local loop (shopfloor run)', 'Setext']);
  });
});
