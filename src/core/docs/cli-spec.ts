/** One option of a CLI command, as its definition declares it. */
export interface CliOptionSpec {
  /** As written in the definition, e.g. `--work-order <id>` or `-V, --version`. */
  readonly flags: string;
  /** `--work-order`; absent for a short-only option. */
  readonly long?: string;
  /** `-V`; absent when the option has no short form. */
  readonly short?: string;
  readonly description: string;
  readonly required: boolean;
  /** The default shown in `--help`, as text. */
  readonly defaultValue?: string;
}

/** One command of the CLI and its subcommands, taken from the program definition (never hand-written). */
export interface CliCommandSpec {
  /** The words after `shopfloor`, e.g. `report verify`; empty for the program itself. */
  readonly path: string;
  readonly name: string;
  /** commander's usage line after the command path, e.g. `[options] <id>`. */
  readonly usage: string;
  readonly description: string;
  readonly options: readonly CliOptionSpec[];
  /** What `--help` prints after the options list (notes and the example), verbatim. */
  readonly helpAfter: string;
  readonly commands: readonly CliCommandSpec[];
}
