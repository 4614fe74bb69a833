import type { Command, Option } from 'commander';
import type { CliCommandSpec, CliOptionSpec } from '../../core/docs/cli-spec.ts';

/**
 * Reads the program definition back as data: every command, its options (required ones marked, with
 * defaults) and what its `--help` prints after them. `program` must be a throwaway instance: its output
 * is redirected to capture that text.
 */
export function describeCli(program: Command): CliCommandSpec {
  return describeCommand(program, '');
}

function describeCommand(command: Command, path: string): CliCommandSpec {
  return {
    path,
    name: command.name(),
    usage: command.usage(),
    description: command.description(),
    options: command.options.filter((option) => !option.hidden).map(describeOption),
    helpAfter: helpAfterOptions(command),
    commands: command.commands.map((sub) => describeCommand(sub, path ? `${path} ${sub.name()}` : sub.name())),
  };
}

function describeOption(option: Option): CliOptionSpec {
  const defaultValue = option.defaultValueDescription ?? (option.defaultValue === undefined || option.negate ? undefined : JSON.stringify(option.defaultValue));
  return {
    flags: option.flags,
    ...(option.long ? { long: option.long } : {}),
    ...(option.short ? { short: option.short } : {}),
    description: option.description,
    required: option.mandatory,
    ...(defaultValue === undefined ? {} : { defaultValue: defaultValue.replace(/^"(.*)"$/, '$1') }),
  };
}

/** The full `--help` minus commander's own part: the notes and example a command adds after its options. */
function helpAfterOptions(command: Command): string {
  let written = '';
  command.configureOutput({ writeOut: (text) => (written += text), getOutHelpWidth: () => 100, getOutHasColors: () => false });
  command.outputHelp();
  const own = command.helpInformation();
  return written.startsWith(own) ? written.slice(own.length) : written;
}
