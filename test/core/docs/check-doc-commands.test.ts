import { describe, expect, it } from 'vitest';
import { checkDocCommands } from '../../../src/core/docs/check-doc-commands.ts';
import type { CliCommandSpec, CliOptionSpec } from '../../../src/core/docs/cli-spec.ts';

const option = (long: string, required = false): CliOptionSpec => ({ flags: `${long} <x>`, long, description: '', required });
const command = (path: string, options: readonly CliOptionSpec[], commands: readonly CliCommandSpec[] = []): CliCommandSpec => ({ path, name: path.split(' ').at(-1) ?? '', usage: '[options]', description: '', options, helpAfter: '', commands });
const program = command('', [{ flags: '-V, --version', long: '--version', short: '-V', description: '', required: false }], [
  command('verify', [option('--repo'), option('--sign'), option('--gates')]),
  command('demo', [option('--dir'), option('--serve')]),
  command('report', [], [command('report verify', [option('--sha')]), command('report show', [option('--format')]), command('report keygen', [])]),
  command('approve', [option('--sha', true)]),
]);
const check = (text: string) => checkDocCommands([{ path: 'docs/x.md', text }], program).map((wrong) => `${wrong.line}: ${wrong.command}: ${wrong.reason}`);

describe('checkDocCommands', () => {
  const good: readonly [string, string][] = [
    ['inline code', 'Run `shopfloor verify --sign --gates a,b`.'],
    ['usage notation in a table cell', '| `shopfloor verify [--sign] [--gates a,b \\| --repo DIR]` | x |'],
    ['a subcommand', '`shopfloor report verify --sha HEAD`'],
    ['alternatives of subcommands', '`shopfloor report keygen \\| show \\| verify`'],
    ['a help and a version flag', '`shopfloor verify --help` and `shopfloor --version`'],
    ['a placeholder command', 'Run `npm run shopfloor -- <command>`; every `shopfloor …` command.'],
    ['commander usage lines', '```text\nshopfloor [options] [command]\nshopfloor report [options] [command]\n```'],
    ['a code block with a prompt, a chain, a pipe, a substitution and a comment', '```sh\n$ shopfloor verify --sign && shopfloor demo --dir x | tee log # --not-an-option\nshopfloor approve wo-1 --sha $(git rev-parse -q HEAD)\n```'],
    ['npm run and npx forms', '```sh\nnpm run shopfloor -- verify --sign\nnpx shopfloor demo --serve\nnpm run demo -- --dir ./demo --serve\n```'],
    ['words that only look like the command', '`/shopfloor approve --now`, `shopfloor/gates`, `.shopfloor/keys`, `docker build -t shopfloor .`, `uses: o/shopfloor@v1`, `shopfloor:allow-secret`'],
  ];
  it.each(good)('accepts %s', (_name, text) => expect(check(text)).toEqual([]));

  const bad: readonly [string, string, string][] = [
    ['an unknown command', 'Then `shopfloor frobnicate --x`.', '1: shopfloor frobnicate --x: "frobnicate" is not a shopfloor command (verify, demo, report, approve)'],
    ['an unknown option', '\n`shopfloor verify --sigm`', '2: shopfloor verify --sigm: shopfloor verify has no option --sigm (it has --repo, --sign, --gates)'],
    ['an option of another command', '`shopfloor demo --sign`', '1: shopfloor demo --sign: shopfloor demo has no option --sign (it has --dir, --serve)'],
    ['an unknown subcommand', '`shopfloor report check`', '1: shopfloor report check: "report check" is not a command (verify, show, keygen)'],
    ['an unknown alternative', '`shopfloor report show \\| prune`', '1: shopfloor report show \\| prune: "report prune" is not a command (verify, show, keygen)'],
    ['a subcommand option on the wrong subcommand', '`shopfloor report show --sha HEAD`', '1: shopfloor report show --sha HEAD: shopfloor report show has no option --sha (it has --format)'],
    ['a wrong option in a code block, on its line', '```sh\nshopfloor verify --sign\nnpm run demo -- --dri x\n```', '3: shopfloor demo --dri x: shopfloor demo has no option --dri (it has --dir, --serve)'],
    ['a wrong option in a usage group', '`shopfloor verify (--sign \\| --nope)`', '1: shopfloor verify (--sign \\| --nope): shopfloor verify has no option --nope (it has --repo, --sign, --gates)'],
    ['a wrong option after a chain', '```sh\nshopfloor demo && shopfloor verify --nope\n```', '2: shopfloor verify --nope: shopfloor verify has no option --nope (it has --repo, --sign, --gates)'],
  ];
  it.each(bad)('finds %s', (_name, text, expected) => expect(check(text)).toEqual([expected]));
});
