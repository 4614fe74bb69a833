#!/usr/bin/env node
import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  runBisect
} from "./chunks/chunk-ZZTEFBYO.js";
import {
  approvalsFile,
  approveCommand,
  createLoopPorts,
  createVerifyGateVerifier,
  learnFlakeRates,
  loopOptions,
  loopWorktreesDir,
  readApprovals,
  readLoopFacts,
  revertWithLocalGates,
  runCanary,
  runRevert
} from "./chunks/chunk-RHKU7ABM.js";
import {
  createContentAddressedStore,
  defaultArtifactDir,
  inTotoPayloadType,
  inTotoStatementType,
  keyFiles,
  looksLikeDsseEnvelope,
  preAuthEncoding,
  readDsseEnvelope,
  reportPredicateType,
  verifyChange,
  verifyCommand,
  writeSigningKey
} from "./chunks/chunk-ECS34EJX.js";
import {
  createNodeScratchSpace
} from "./chunks/chunk-DJ27KTAJ.js";
import {
  commandEnvNames
} from "./chunks/chunk-EYP3A2UM.js";
import {
  collectMetrics,
  metricsRows,
  renderMetricsLines,
  renderMetricsMarkdown
} from "./chunks/chunk-L2FWDVBN.js";
import {
  lastGoodRef,
  loadPolicy,
  readCanaryNotes
} from "./chunks/chunk-TM25LLGT.js";
import {
  shopfloorVersion
} from "./chunks/chunk-GD324MGU.js";
import {
  readGitHubAppConfig
} from "./chunks/chunk-FKUB775L.js";
import {
  checkExpectation,
  checkReport,
  decideMerge,
  decodeTrainRecord,
  findDuplicateJsonKey,
  isFullSha,
  parseReport,
  resolveTrainConfig,
  startTrain,
  stepTrain,
  trustedKeyProblem
} from "./chunks/chunk-6VF7UYTO.js";
import {
  renderCheckRun
} from "./chunks/chunk-XUB6JFXV.js";
import {
  parseMergeTrailers,
  renderMergeMessage
} from "./chunks/chunk-5FYM5LCL.js";
import {
  agentSpendSchema,
  ed25519Verifier,
  renderAgentSpend,
  renderReportTable
} from "./chunks/chunk-RMU52COZ.js";
import "./chunks/chunk-ITFQXOZY.js";
import {
  createFileRunStore,
  implementCommand,
  implementWorkOrder,
  isAlive,
  isRevisionEvent,
  runFiles,
  runStoreDir,
  sha256Hex
} from "./chunks/chunk-5DKAEYLC.js";
import {
  repoRoot,
  withRepoOption
} from "./chunks/chunk-BBQ6MHDA.js";
import {
  boxName,
  createJudgedRunner,
  gateBoxSettings,
  locatePackageRoot
} from "./chunks/chunk-K6CQJVOK.js";
import "./chunks/chunk-PWPFLBTK.js";
import {
  MissingPathError,
  checkWorkOrderSet,
  validateRepo,
  workOrdersDirectory
} from "./chunks/chunk-Y3RDH5SM.js";
import {
  createFileAtomic,
  createNodeRepoFiles
} from "./chunks/chunk-YCZYYL3Z.js";
import {
  createGitCli
} from "./chunks/chunk-TPTFAET5.js";
import {
  ExitCode,
  UsageError
} from "./chunks/chunk-VIYXCJ24.js";
import {
  carTree,
  findTrainPlace,
  trainPlaceLines
} from "./chunks/chunk-YK3QSR6F.js";
import {
  applyPatch,
  checkRunId,
  createRunDocument,
  documentSections,
  globsOverlap,
  isLiteralGlob,
  sectionTitles
} from "./chunks/chunk-4LBIUF4J.js";
import {
  parseAgentBranch
} from "./chunks/chunk-MAAELMKE.js";
import "./chunks/chunk-7CCSRXTP.js";
import {
  buildEnvironment,
  checkGlobInsideRepo,
  checkPolicyFile,
  checkWorkOrderFile,
  findCycles,
  formatFinding,
  hasErrors,
  policyApiVersion,
  policyPath,
  policySchema,
  prepareGlob,
  priorities,
  sortFindings,
  workOrderApiVersion,
  workOrderIdPattern,
  workOrderKinds,
  workOrderSchema
} from "./chunks/chunk-6UYLTFXC.js";
import {
  external_exports,
  formatDuration,
  maxTimerMs,
  parseDuration
} from "./chunks/chunk-GBB54T6E.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunks/chunk-T3OL5SPP.js";

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width2) {
        if (width2 < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width2) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path = __require("node:path");
    var fs = __require("node:fs");
    var process2 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals2 = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals2.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short2) => /^-\d$/.test(short2))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command2;
    exports.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command2();
    exports.createCommand = (name) => new Command2(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command2;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// src/entrypoints/cli/measured-flake-rate.ts
async function measuredFlakeRate(root, git, command) {
  const canary = (await loadPolicy(root)).canary;
  if (!canary) return void 0;
  const rates = learnFlakeRates((await readCanaryNotes(git, root)).map((n) => n.note), canary.flakeRate);
  const flow = canary.flows.find((f) => f.run.trim() === command.trim());
  if (flow && rates[flow.id] !== void 0) return { rate: rates[flow.id], source: `measured by the canary's reruns of flow "${flow.id}"` };
  const measured = Object.entries(rates).sort(([, a], [, b]) => b - a)[0];
  if (measured) return { rate: measured[1], source: `measured by the canary's reruns (the flakiest flow, "${measured[0]}")` };
  return { rate: canary.flakeRate, source: `from ${policyPath} canary.flakeRate (the canary has not measured one yet)` };
}

// src/entrypoints/cli/bisect-command.ts
var number = (flag, text, min, max, integer = false) => {
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max || integer && !Number.isInteger(value)) throw new UsageError(`${flag} ${text} is not valid; give ${integer ? "a whole number" : "a number"} from ${min} to ${max}`);
  return value;
};
var bisectCommand = (program2, io, done) => {
  withRepoOption(program2.command("bisect")).description("find the first-parent merge that broke a check, flake-aware, in separate worktrees (never your checkout)").requiredOption("--good <rev>", "a commit where the check passed (e.g. refs/shopfloor/canary/last-good); run once to confirm it before its child is blamed").option("--bad <rev>", "a commit where the check failed", "HEAD").option("--run <command>", "the check; exit 0 good, 125 skip, 1-124 bad, 126/127 (cannot run) and above 127 stop the search. It runs boxed in a work copy with an allowlisted environment (PATH, HOME, ...; the policy's top-level env; --env), nothing else").option("--flow <id>", "take the check from the policy's canary flow <id>: its command, environment and time limit, exactly as the canary runs it").option("--env <names...>", "also pass these environment variables through to the check (e.g. --env NODE_PATH)").option("--runners <k>", "probes run in parallel per round", "1").option("--flake-rate <f>", "chance a good commit fails anyway; failures are confirmed by reruns (0-0.5; default: what the canary measured)").option("--repro-rate <q>", "chance a broken commit fails (below 1 for an intermittent regression; default 1)").option("--timeout <duration>", "per-probe time limit, e.g. 10m; a timeout counts as bad").option("--max-builds <n>", "stop after this many runs and report the top suspects").option("--paths <globs...>", "paths the failure points at; merges touching them are searched first").option("--json", "print the result (and any error) as JSON").addHelpText("after", `
The check runs boxed in a work copy of each probed commit, with an allowlisted environment (PATH, HOME,
LANG, TMPDIR, CI and the like), never your whole shell's: name what it needs with --env or in the policy.
`).action(async (flags) => {
    const root = repoRoot(flags, io);
    const policy = await loadPolicy(root);
    const runner = createJudgedRunner();
    const check = chooseCheck(flags, policy);
    const timeoutText = flags.timeout ?? check.timeout;
    const timeoutMs = timeoutText === void 0 ? void 0 : parseDuration(timeoutText);
    if (timeoutText !== void 0 && !timeoutMs) throw new UsageError(`--timeout "${timeoutText}" is not a duration; write it like "90s" or "10m"`);
    if (timeoutMs !== void 0 && timeoutMs > maxTimerMs) throw new UsageError(`--timeout "${timeoutText}" is longer than 24 days, the longest time limit Node can wait for; use "24d" or less`);
    const git = createGitCli({ env: io.env });
    const measured = flags.flakeRate === void 0 ? await measuredFlakeRate(root, git, check.run) : void 0;
    const options = {
      runners: number("--runners", flags.runners, 1, 64, true),
      ...flags.flakeRate !== void 0 ? { flakeRate: number("--flake-rate", flags.flakeRate, 0, 0.5) } : measured ? { flakeRate: measured.rate } : {},
      ...flags.reproRate !== void 0 ? { reproRate: number("--repro-rate", flags.reproRate, 0.05, 1) } : {},
      ...flags.maxBuilds !== void 0 ? { maxBuilds: number("--max-builds", flags.maxBuilds, 1, 1e4, true) } : {}
    };
    if (measured && !flags.json) io.stdout(`flake rate ${Number(measured.rate.toFixed(3))} ${measured.source} (override with --flake-rate)
`);
    const { env } = buildEnvironment(io.env, { allow: check.env, platform: runner.platform });
    const box = gateBoxSettings(runner.isolation, policy.isolation);
    if (!box.ok) throw new UsageError(box.message);
    const result = await runBisect(
      { repoDir: root, box: box.settings, good: flags.good, bad: flags.bad, command: check.run, options, env, signal: io.signal, ...flags.paths ? { suspectPaths: flags.paths } : {}, ...timeoutMs ? { timeoutMs } : {}, ...flags.json ? {} : { onProbe: (r) => io.stdout(`${formatProbe(r)}
`) } },
      { git, runner, scratch: createNodeScratchSpace() }
    );
    if (!result.ok && result.kind === "bad-input") throw new UsageError(result.message);
    if (flags.json) io.stdout(`${JSON.stringify(result, null, 2)}
`);
    else printResult(result, io);
    done(exitCodeOf(result));
  });
};
function chooseCheck(flags, policy) {
  if (flags.run === void 0 === (flags.flow === void 0)) throw new UsageError('give the check as exactly one of --run "<command>" or --flow <canary flow id>');
  if (flags.run !== void 0) return { run: flags.run, env: commandEnvNames(policy.env, flags.env) };
  const flows = policy.canary?.flows ?? [];
  const flow = flows.find((f) => f.id === flags.flow);
  if (!flow) throw new UsageError(`--flow "${flags.flow}" is not a canary flow in ${policyPath}; ${flows.length > 0 ? `its flows: ${flows.map((f) => f.id).join(", ")}` : "it declares none (canary: flows:)"}`);
  const timeout = flow.timeout ?? policy.canary?.timeout;
  return { run: flow.run, env: commandEnvNames(policy.env, [...flow.env ?? [], ...flags.env ?? []]), ...timeout ? { timeout } : {} };
}
function exitCodeOf(result) {
  if (!result.ok) return result.kind === "cannot-run" || result.kind === "bad-input" ? ExitCode.usage : ExitCode.failed;
  return result.plan.kind === "found" || result.plan.kind === "no-regression" ? ExitCode.ok : ExitCode.failed;
}
function formatProbe(r) {
  const why = r.timedOut ? "timed out" : `exit ${r.exitCode}`;
  return `  round ${r.round}  ${r.probe.sha.slice(0, 12)}  ${r.result.padEnd(4)}  (${why}, ${formatDuration(r.durationMs)}, ${r.probe.reason})  ${r.subject}`;
}
function printResult(result, io) {
  if (!result.ok) {
    io.stdout(result.kind === "cannot-run" ? `\u2717 bisect stopped: ${result.message}
  nothing was blamed; a check that cannot run says nothing about a commit
` : `\u2717 bisect aborted: ${result.message}
`);
    return;
  }
  const { plan, subjects } = result;
  const line = (sha) => `${sha.slice(0, 12)} ${subjects[sha] ?? ""}`;
  const rate = plan.flakeRate === 0 ? "failures trusted (pass --flake-rate if the check is flaky)" : `flake rate ${Number(plan.flakeRate.toFixed(3))}`;
  const cost = `${plan.runs} run(s) in ${result.rounds} round(s) over ${result.range} first-parent commit(s); ${rate}`;
  switch (plan.kind) {
    case "found": {
      const v = plan.verification;
      const parent = v.parentIsGood ? `its parent is --good, which passed ${v.passesAtParent}\xD7 when run to confirm it` : `passes ${v.passesAtParent}\xD7 at its parent`;
      io.stdout(`\u2717 culprit: ${line(plan.culprit.sha)}
  confidence ${plan.confidence.toFixed(4)}${v.allConfirmed ? "" : " (some runs were seen once)"}; fails ${v.failsAtCulprit}\xD7 at it, ${parent}
  ${cost}
  next: shopfloor revert ${plan.culprit.sha} --confidence ${plan.confidence.toFixed(4)}
`);
      return;
    }
    case "good-fails":
      io.stdout(`\u2717 no culprit: the check fails on --good ${result.good.slice(0, 12)} too (${plan.goodFailures}\xD7 when run to confirm it), so no merge in the range can be blamed
  fix the check or pick a --good where it passes
  ${cost}
`);
      return;
    case "no-regression":
      io.stdout(`\u2713 no regression: ${result.bad.slice(0, 12)} passed on the re-check, so its red was a flake (confidence ${plan.confidence.toFixed(4)})
  ${cost}
`);
      return;
    case "range":
      io.stdout(`? the culprit is one of ${plan.suspects.length} commits that could not be told apart (skipped, exit 125):
${plan.suspects.map((s) => `    ${line(s.sha)}`).join("\n")}
  ${cost}
`);
      return;
    case "budget":
      io.stdout(`? out of build budget before reaching confidence; top suspects (no guess):
${plan.top.map((s) => `    ${(100 * s.probability).toFixed(1)}%  ${line(s.sha)}`).join("\n")}
    ${(100 * plan.noCulprit).toFixed(1)}%  no culprit (the red was a flake)
  ${cost}; raise --max-builds or lower the flake rate
`);
      return;
    case "probe":
      return;
  }
}

// src/entrypoints/cli/canary-command.ts
var canaryCommand = (program2, io, done) => {
  withRepoOption(program2.command("canary")).description(`build and run the canary flows (policy "canary:"); GREEN advances ${lastGoodRef}`).option("--rev <rev>", "the commit to judge", "HEAD").option("--json", "print the verdict as JSON").action(async (flags) => {
    const root = repoRoot(flags, io);
    const policy = await loadPolicy(root);
    if (!policy.canary) throw new UsageError(`${policyPath} has no "canary:" section; add a build command and flows (see shopfloor init), then run shopfloor canary again`);
    const git = createGitCli({ env: io.env });
    if (!await git.revParse(root, flags.rev)) throw new UsageError(`--rev "${flags.rev}" is not a commit in ${root}`);
    const runner = createJudgedRunner();
    const box = gateBoxSettings(runner.isolation, policy.isolation);
    if (!box.ok) throw new UsageError(box.message);
    const result = await runCanary(
      {
        repoDir: root,
        box: box.settings,
        rev: flags.rev,
        policy: policy.canary,
        env: io.env,
        policyEnv: policy.env ?? [],
        now: () => /* @__PURE__ */ new Date(),
        signal: io.signal,
        ...flags.json ? {} : { onRun: (e) => io.stdout(`  ${e.sha.slice(0, 12)}  ${e.flow.padEnd(16)} ${e.run.result}${e.run.metrics && Object.keys(e.run.metrics).length ? `  ${JSON.stringify(e.run.metrics)}` : ""}
`) }
      },
      { git, runner, scratch: createNodeScratchSpace() }
    );
    const { verdict } = result;
    if (flags.json) io.stdout(`${JSON.stringify(result, null, 2)}
`);
    else {
      const mark = verdict.verdict === "GREEN" ? "\u2713" : verdict.verdict === "FLAKY" ? "~" : "\u2717";
      io.stdout(`${mark} canary ${verdict.verdict} at ${result.sha.slice(0, 12)}${verdict.regressed.length ? `: regressed ${verdict.regressed.join(", ")}` : ""}
`);
      for (const reason of [...verdict.reasons, ...verdict.warnings]) io.stdout(`  ${reason}
`);
      if (verdict.verdict === "GREEN") io.stdout(result.advanced ? `  ${lastGoodRef} \u2192 ${result.sha.slice(0, 12)}
` : `  ${lastGoodRef} moved meanwhile; not advanced (run the canary again)
`);
      const flow = policy.canary.flows.find((f) => verdict.regressed.includes(f.id));
      const check = flow ? `--flow ${flow.id}` : `--run ${JSON.stringify(policy.canary.build ?? "<the failing check>")}`;
      if (verdict.verdict === "RED") io.stdout(`  next: shopfloor bisect --good ${result.lastGood ? lastGoodRef : "<a good commit>"} --bad ${result.sha.slice(0, 12)} ${check} --flake-rate ${Number((result.flakeRates[verdict.regressed[0] ?? ""] ?? policy.canary.flakeRate).toFixed(3))}
`);
      if (verdict.verdict === "INCONCLUSIVE") io.stdout("  holding: nothing is blamed or reverted on missing data; fix the infrastructure and run it again\n");
    }
    done(verdict.verdict === "GREEN" || verdict.verdict === "FLAKY" ? ExitCode.ok : ExitCode.failed);
  });
};

// src/entrypoints/cli/demo-command.ts
import { appendFile, cp, mkdir as mkdir2, mkdtemp, readdir as readdir3 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join5, resolve } from "node:path";

// src/core/run-document/consume-run-events.ts
var defaultHoldWindow = 64;
function createRunView(snapshot) {
  return { document: snapshot, held: /* @__PURE__ */ new Map(), needsResync: false };
}
function consumeRunEvent(view, event, window = defaultHoldWindow) {
  if (event.runId !== view.document.runId) return { view, outcome: "ignored" };
  if (!isRevisionEvent(event)) {
    const behind = event.revision > view.document.revision && view.held.size === 0;
    return behind ? { view: { ...view, needsResync: true }, outcome: "resync" } : { view, outcome: "ignored" };
  }
  if (event.revision <= view.document.revision || view.held.has(event.revision)) return { view, outcome: "duplicate" };
  if (event.revision > view.document.revision + 1) {
    const held = new Map(view.held).set(event.revision, event);
    const needsResync = held.size > window;
    return { view: { ...view, held, needsResync }, outcome: needsResync ? "resync" : "held" };
  }
  return drain({ ...view, held: new Map(view.held) }, event);
}
function resyncRunView(view, snapshot) {
  if (snapshot.revision < view.document.revision) return { ...view, needsResync: false };
  const held = new Map([...view.held].filter(([revision]) => revision > snapshot.revision));
  const next = held.get(snapshot.revision + 1);
  const base = { document: snapshot, held, needsResync: false };
  return next ? drain(base, next).view : base;
}
function drain(view, first) {
  const held = view.held;
  let document = view.document;
  let event = first;
  while (event) {
    held.delete(event.revision);
    const result = applyPatch(document, event.patch);
    if (!result.ok) return { view: { document, held, needsResync: true }, outcome: "resync" };
    document = result.document;
    event = held.get(document.revision + 1);
  }
  return { view: { document, held, needsResync: view.needsResync }, outcome: "applied" };
}

// src/adapters/writer/run-feed.ts
function createRunFeed(store, options = {}) {
  const historySize = options.historySize ?? 5e3;
  const runs = /* @__PURE__ */ new Map();
  const failing = /* @__PURE__ */ new Map();
  const listeners = /* @__PURE__ */ new Map();
  const tell = (runId, message) => {
    for (const listener of listeners.get(runId) ?? []) listener(message);
  };
  const remember = (tracked, event) => {
    tracked.history.push(event);
    if (tracked.history.length >= historySize * 2) tracked.history.splice(0, tracked.history.length - historySize);
  };
  async function follow(runId) {
    let tracked = runs.get(runId);
    if (!tracked) {
      const document = await store.readDocument(runId);
      if (!document) return;
      tracked = { view: createRunView(document), offset: 0, history: [], sections: {} };
      runs.set(runId, tracked);
    }
    const chunk = await store.readEventLog(runId, tracked.offset);
    if (chunk.restarted) {
      const document = await store.readDocument(runId);
      if (document) tracked.view = createRunView(document);
      tracked.history = [];
      tell(runId, { kind: "resync", revision: tracked.view.document.revision });
    }
    tracked.offset = chunk.nextOffset;
    for (const event of chunk.events) {
      tracked.firstAt ??= event.at;
      tracked.lastAt = event.at;
      if (event.type === "run.patch" && event.patch.kind === "mark-section-state") {
        const phase = tracked.sections[event.patch.section] ??= {};
        if (event.patch.state === "active") phase.startedAt ??= event.at;
        else if (event.patch.state !== "pending") {
          phase.startedAt ??= event.at;
          phase.endedAt = event.at;
        }
      }
      const before = tracked.view.document.revision;
      if (isRevisionEvent(event) && event.revision <= before && event.revision === (tracked.history.at(-1)?.revision ?? 0) + 1) {
        remember(tracked, event);
        continue;
      }
      const { view } = consumeRunEvent(tracked.view, event);
      tracked.view = view;
      if (view.needsResync) {
        const document = await store.readDocument(runId);
        if (document) tracked.view = resyncRunView(view, document);
        tell(runId, { kind: "resync", revision: tracked.view.document.revision });
      } else if (isRevisionEvent(event) && view.document.revision > before + 1) {
        tracked.history = [];
        tell(runId, { kind: "resync", revision: view.document.revision });
      } else if (isRevisionEvent(event) && view.document.revision === before + 1) {
        remember(tracked, event);
        tell(runId, { kind: "event", event });
      } else if (event.type === "run.progress" && event.revision === view.document.revision) {
        tell(runId, { kind: "event", event });
      }
    }
  }
  async function readStore() {
    for (const runId of await store.listRunIds()) {
      try {
        await follow(runId);
        failing.delete(runId);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (failing.get(runId) !== message) options.onError?.(error);
        failing.set(runId, message);
      }
    }
  }
  let last = Promise.resolve();
  let next;
  return {
    poll: () => {
      if (!next) {
        next = last.catch(() => void 0).then(() => {
          next = void 0;
          return readStore();
        });
        last = next;
      }
      return next;
    },
    // Newest first: what a reader opens the list for is the run that just started.
    times: (runId) => {
      const tracked = runs.get(runId);
      return tracked && { ...tracked.firstAt ? { startedAt: tracked.firstAt } : {}, ...tracked.lastAt ? { updatedAt: tracked.lastAt } : {}, sections: tracked.sections };
    },
    documentAt: async (runId, revision) => {
      const { events } = await store.readEventLog(runId, 0);
      const started = events.find((event) => event.type === "run.started");
      if (!started || started.type !== "run.started") return void 0;
      let view = createRunView(createRunDocument(runId, started.objective));
      for (const event of events) {
        if (view.document.revision >= revision) break;
        if (isRevisionEvent(event) && event.revision <= revision) view = consumeRunEvent(view, event).view;
      }
      return view.document.revision === revision ? view.document : void 0;
    },
    list: () => [...runs.values()].map(({ view: { document: d }, firstAt, lastAt }) => ({ runId: d.runId, objective: d.objective, status: d.status, statusDetail: d.statusDetail, revision: d.revision, ...firstAt ? { startedAt: firstAt } : {}, ...lastAt ? { updatedAt: lastAt } : {} })).sort((a, b) => (b.startedAt ?? "").localeCompare(a.startedAt ?? "") || b.runId.localeCompare(a.runId)),
    document: (runId) => runs.get(runId)?.view.document,
    eventsAfter: (runId, revision) => {
      const tracked = runs.get(runId);
      if (!tracked) return "resync";
      const current = tracked.view.document.revision;
      if (revision === current) return [];
      const first = tracked.history[0]?.revision ?? current + 1;
      if (revision > current || revision + 1 < first) return "resync";
      return tracked.history.filter((e) => e.revision > revision);
    },
    subscribe: (runId, listener) => {
      const set = listeners.get(runId) ?? /* @__PURE__ */ new Set();
      listeners.set(runId, set.add(listener));
      return () => void set.delete(listener);
    }
  };
}

// src/adapters/writer/writer-server.ts
import { createServer } from "node:http";

// src/adapters/writer/run-list-script.ts
var runListScript = `'use strict';
(() => {
  const filter = document.getElementById('status-filter');
  filter.addEventListener('change', () => filter.form.submit());
  async function refresh() {
    try {
      const html = await (await fetch('/' + location.search, { cache: 'no-store' })).text();
      const fresh = new DOMParser().parseFromString(html, 'text/html');
      const open = new Set(Array.from(document.querySelectorAll('#runs details[open]')).map((d) => d.closest('tr').dataset.runId));
      document.getElementById('runs').replaceChildren(...Array.from(fresh.getElementById('runs').children).map((row) => document.importNode(row, true)));
      for (const row of document.querySelectorAll('#runs tr')) if (open.has(row.dataset.runId)) row.querySelector('details')?.setAttribute('open', '');
      document.getElementById('empty').hidden = fresh.getElementById('empty').hidden;
    } catch {}
  }
  setInterval(refresh, 1500);
})();
`;

// src/core/run-document/object-refs.ts
var objectPatterns = [
  { kind: "artifact-path", source: "artifacts/sha256/([0-9a-f]{2}/[0-9a-f]{62})" },
  { kind: "digest", source: "sha256:([0-9a-f]{12,64})" },
  { kind: "work-order-file", source: "\\bworkorders/([a-z0-9][a-z0-9-]*)\\.ya?ml\\b" },
  { kind: "branch", source: "\\b((?:agent/[a-z0-9][a-z0-9-]*|shopfloor/(?:revert|train))/[0-9a-z][0-9a-z-]*)" },
  { kind: "patches", source: "\\.shopfloor/patches/([a-z0-9][a-z0-9-]*)" },
  { kind: "github", source: "(https://github\\.com/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/(?:issues|pull|runs|actions/runs|commit|checks)/[A-Za-z0-9_./?=#-]*[A-Za-z0-9/])" },
  // Not inside a name (`fix-<sha>` is a work order, `refs/…/<sha>` a ref): only a commit id standing alone.
  { kind: "commit", source: "(?<![\\w/.-])([0-9a-f]{12,40})\\b" }
];
function objectRegExp() {
  return new RegExp(objectPatterns.map((p) => p.source).join("|"), "g");
}
function findObjectRefs(text) {
  const refs = [];
  for (const match of text.matchAll(objectRegExp())) {
    const index = match.slice(1).findIndex((group) => group !== void 0);
    refs.push({ kind: objectPatterns[index].kind, token: match[0], key: match[index + 1] });
  }
  return refs;
}
function workOrderOfObjective(objective) {
  return /^Land work order ([a-z0-9][a-z0-9-]*):/.exec(objective)?.[1];
}

// src/adapters/writer/run-page-script.ts
var runPageScript = `'use strict';
(() => {
  const sections = ${JSON.stringify(documentSections)};
  const titles = ${JSON.stringify(sectionTitles)};
  const runId = document.body.dataset.runId;
  const base = '/api/runs/' + encodeURIComponent(runId);
  const holdWindow = 64;
  let doc = null;
  let times = null;
  let timesTimer = null;
  const clock = (iso) => iso.slice(11, 19) + ' UTC';
  const seconds = (from, to) => ((Date.parse(to) - Date.parse(from)) / 1000).toFixed(1) + ' s';
  // Phase and run times come from the server's event timestamps; refetched (at most every 300 ms) when states change.
  function loadTimes() {
    if (timesTimer) return;
    timesTimer = setTimeout(async () => {
      timesTimer = null;
      try {
        times = await (await fetch(base + '/times', { cache: 'no-store' })).json();
        const over = finished();
        byId('times').textContent = times.startedAt ? 'started ' + clock(times.startedAt) + (over && times.updatedAt ? ', ended ' + clock(times.updatedAt) + ' (' + seconds(times.startedAt, times.updatedAt) + ')' : '') : '';
        for (const id of sections) renderSection(id);
      } catch {}
    }, 300);
  }
  let past = null;
  let held = new Map();
  let source = null;
  let holdTimer = null;
  let syncing = null;
  const byId = (id) => document.getElementById(id);

  function applyOps(text, ops) {
    let out = '';
    let cursor = 0;
    for (const op of ops) {
      if (op.op === 'insert') { out += op.text; continue; }
      const end = cursor + op.count;
      if (end > text.length) throw new Error('op out of range');
      if (op.op === 'retain') out += text.slice(cursor, end);
      if (op.op === 'replace') out += op.text;
      cursor = end;
    }
    return out + text.slice(cursor);
  }
  function appendLine(text, line) {
    const head = text === '' || text.endsWith('\\n') ? text : text + '\\n';
    return head + line + (line.endsWith('\\n') ? '' : '\\n');
  }
  function applyPatch(patch) {
    if (patch.kind === 'set-status') { doc.status = patch.status; doc.statusDetail = (patch.detail || '').replace(/\\r\\n|\\r|\\n/g, ' '); return null; }
    const s = doc.sections.find((x) => x.id === patch.section);
    const textOf = (target) => (target === 'canon' ? s.canon : (s.proposal ?? s.canon));
    const setText = (target, text) => { if (target === 'canon') s.canon = text; else s.proposal = text; };
    if (patch.kind === 'mark-section-state') s.state = patch.state;
    else if (patch.kind === 'commit-proposal') { if (s.proposal === undefined) throw new Error('no proposal'); s.canon = s.proposal; delete s.proposal; }
    else if (patch.kind === 'discard-proposal') { if (s.proposal === undefined) throw new Error('no proposal'); delete s.proposal; }
    else if (patch.kind === 'append-log-line') setText(patch.target, appendLine(textOf(patch.target), patch.text));
    else if (patch.kind === 'edit') setText(patch.target, applyOps(textOf(patch.target), patch.ops));
    return s.id;
  }

  function splitLines(text) {
    if (text === '') return [];
    const lines = text.split('\\n');
    if (lines[lines.length - 1] === '') lines.pop();
    return lines;
  }
  function diffProposal(canon, proposal) {
    const a = splitLines(canon), b = splitLines(proposal);
    let head = 0, tail = 0;
    while (head < a.length && head < b.length && a[head] === b[head]) head++;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
    return [
      ...a.slice(0, head).map((t) => ['same', t]),
      ...a.slice(head, a.length - tail).map((t) => ['removed', t]),
      ...b.slice(head, b.length - tail).map((t) => ['added', t]),
      ...a.slice(a.length - tail).map((t) => ['same', t]),
    ];
  }

  function line(kind, text) {
    const el = document.createElement(kind === 'added' ? 'ins' : kind === 'removed' ? 'del' : 'span');
    if (kind !== 'same') { el.className = 'proposal-' + kind; el.title = kind === 'added' ? 'proposed' : 'proposed for removal'; }
    el.append(...linkify(text));
    return el;
  }
  // Every object the text names that the server found (commits, reports, logs, work orders, branches,
  // patches, GitHub pages) is a link; the server's list is refetched as the run goes on. Text stays text.
  const objectPattern = new RegExp(${JSON.stringify(objectPatterns.map((p) => p.source).join("|"))}, 'g');
  let links = {};
  let objectsTimer = null;
  let objectsLoaded = false;
  function loadObjects() {
    if (objectsTimer) return;
    // The first list at once; later ones at most once a second while the run goes on.
    objectsTimer = setTimeout(async () => {
      try {
        const response = await fetch(base + '/objects', { cache: 'no-store' });
        if (!response.ok) throw new Error('HTTP ' + response.status);
        const found = await response.json();
        const changed = JSON.stringify(found.links) !== JSON.stringify(links);
        links = found.links;
        renderObjects(found.objects);
        renderTrain(found.train || []);
        if (changed) for (const id of sections) renderSection(id);
        document.body.dataset.objects = 'loaded';
        objectsLoaded = true;
      } catch {}
      objectsTimer = null;
    }, objectsLoaded ? 1000 : 0);
  }
  function renderObjects(objects) {
    const nav = byId('objects');
    nav.hidden = objects.length === 0;
    nav.replaceChildren(...objects.map((object) => {
      const a = document.createElement('a');
      a.href = object.href;
      a.className = 'object object-' + object.kind;
      a.textContent = object.label;
      if (object.kind === 'github') { a.rel = 'noopener noreferrer'; a.target = '_blank'; }
      return a;
    }));
  }
  // The work order's place in the merge train (position, batch, the staging commit being verified, or why it was evicted).
  function renderTrain(lines) {
    const box = byId('train');
    box.hidden = lines.length === 0;
    box.replaceChildren(...lines.map((text) => {
      const p = document.createElement('p');
      p.append(...linkify(text));
      return p;
    }));
  }
  function linkify(text) {
    const parts = [];
    let last = 0;
    for (const match of text.matchAll(objectPattern)) {
      const href = Object.prototype.hasOwnProperty.call(links, match[0]) ? links[match[0]] : undefined;
      if (typeof href !== 'string') continue;
      parts.push(text.slice(last, match.index));
      const a = document.createElement('a');
      a.href = href;
      a.className = href.startsWith('/commits/') ? 'commit' : 'object';
      if (href.startsWith('https://')) { a.rel = 'noopener noreferrer'; a.target = '_blank'; }
      a.textContent = match[0];
      parts.push(a);
      last = match.index + match[0].length;
    }
    parts.push(text.slice(last));
    return parts;
  }
  function renderSection(id) {
    const shown = past ?? doc;
    const s = shown.sections.find((x) => x.id === id);
    let el = document.querySelector('section[data-section="' + id + '"]');
    if (!el) {
      el = document.createElement('section');
      el.dataset.section = id;
      const h = document.createElement('h2');
      const title = document.createElement('span');
      title.textContent = titles[id];
      const state = document.createElement('span');
      state.className = 'state';
      h.append(title, state);
      const body = document.createElement('div');
      body.className = 'body';
      el.append(h, body);
      byId('sections').append(el);
    }
    el.className = 'doc-section state-' + s.state + (s.canon === '' && s.proposal === undefined ? ' empty' : '');
    el.dataset.state = s.state;
    el.dataset.hasProposal = String(s.proposal !== undefined);
    // A finished run tells the truth about what never happened, instead of "pending" forever.
    const over = finished(shown);
    el.dataset.final = String(over);
    const stateText = over && s.state === 'pending' ? (s.canon === '' && s.proposal === undefined ? 'not used in this run' : 'not finished') : over && s.state === 'active' ? 'stopped' : s.state;
    const phase = !past && times && times.sections[id];
    const took = phase && phase.startedAt && phase.endedAt ? ' \xB7 ' + seconds(phase.startedAt, phase.endedAt) : phase && phase.startedAt && s.state === 'active' ? ' \xB7 since ' + clock(phase.startedAt) : '';
    el.querySelector('.state').textContent = stateText + took + (s.proposal === undefined ? '' : over ? ' \xB7 proposal never accepted' : ' \xB7 has a proposal');
    const body = el.querySelector('.body');
    // Follow the tail of a scrolling section (Terminal) unless the reader scrolled up to look at something.
    const atBottom = body.scrollTop + body.clientHeight >= body.scrollHeight - 4;
    const rows = s.proposal === undefined ? splitLines(s.canon).map((t) => ['same', t]) : diffProposal(s.canon, s.proposal);
    body.replaceChildren(...rows.map(([kind, text]) => line(kind, text)));
    if (atBottom) body.scrollTop = body.scrollHeight;
  }
  function finished(d = doc) {
    return d.status === 'completed' || d.status === 'failed' || d.status === 'blocked';
  }
  let wasFinished = false;
  function renderHeader() {
    if (finished() !== wasFinished) {
      wasFinished = finished();
      for (const id of sections) dirty.add(id);
      setConnection(wasFinished ? 'finished' : 'live', false);
    }
    byId('objective').textContent = doc.objective;
    document.title = doc.objective + ' \xB7 Shopfloor Writer';
    const status = byId('status');
    status.textContent = doc.status;
    status.className = 'status status-' + doc.status;
    status.dataset.status = doc.status;
    byId('detail').replaceChildren(...linkify(doc.statusDetail));
    byId('revision').textContent = String(doc.revision);
    const slider = byId('revision-slider');
    slider.max = String(doc.revision);
    if (!past) slider.value = String(doc.revision);
    byId('viewing').textContent = past ? 'showing revision ' + past.revision + ' of ' + doc.revision : '';
    byId('back-live').hidden = !past;
  }
  function renderAll() {
    renderHeader();
    for (const id of sections) renderSection(id);
  }
  function setConnection(text, offline) {
    if (text === 'live' && finished()) text = 'finished';
    const el = byId('connection');
    el.textContent = text;
    el.classList.toggle('offline', offline);
  }

  // A busy run sends hundreds of patches a second: apply each at once, paint at most once per frame.
  const dirty = new Set();
  let frame = 0;
  function paint() {
    frame = 0;
    renderHeader();
    for (const id of dirty) renderSection(id);
    dirty.clear();
  }
  function apply(event) {
    const touched = applyPatch(event.patch);
    if (event.patch.kind === 'mark-section-state' || event.patch.kind === 'set-status') loadTimes();
    loadObjects();
    doc.revision = event.revision;
    if (touched) dirty.add(touched);
    if (!frame) frame = requestAnimationFrame(paint);
  }
  function onEvent(event) {
    if (!doc || event.runId !== runId) return;
    if (event.type === 'run.progress') {
      if (event.revision > doc.revision && held.size === 0) resync();
      else byId('progress').textContent = event.note;
      return;
    }
    if (event.revision <= doc.revision) return;
    if (event.revision > doc.revision + 1) {
      held.set(event.revision, event);
      if (held.size > holdWindow) resync();
      else if (!holdTimer) holdTimer = setTimeout(() => { holdTimer = null; if (held.size) resync(); }, 2000);
      return;
    }
    try {
      apply(event);
      for (let next = held.get(doc.revision + 1); next; next = held.get(doc.revision + 1)) { held.delete(next.revision); apply(next); }
    } catch (error) {
      resync();
    }
  }

  function connect() {
    if (source) source.close();
    source = new EventSource(base + '/events?after=' + doc.revision);
    for (const type of ['run.started', 'run.progress', 'run.patch', 'run.status', 'run.failed']) {
      source.addEventListener(type, (message) => onEvent(JSON.parse(message.data)));
    }
    source.addEventListener('resync', () => resync());
    source.onopen = () => setConnection('live', false);
    source.onerror = () => setConnection('reconnecting\u2026', true);
  }
  function resync() {
    if (syncing) return syncing;
    syncing = (async () => {
      try {
        const response = await fetch(base + '/document', { cache: 'no-store' });
        if (!response.ok) throw new Error('HTTP ' + response.status);
        doc = await response.json();
        for (const revision of [...held.keys()]) if (revision <= doc.revision) held.delete(revision);
        if (frame) cancelAnimationFrame(frame);
        frame = 0;
        dirty.clear();
        renderAll();
        loadTimes();
        loadObjects();
        for (let next = held.get(doc.revision + 1); next; next = held.get(doc.revision + 1)) { held.delete(next.revision); apply(next); }
        document.body.dataset.resyncs = String(Number(document.body.dataset.resyncs || 0) + 1);
        connect();
      } catch (error) {
        setConnection('cannot load the run; retrying\u2026', true);
        setTimeout(() => { syncing = null; resync(); }, 1000);
        return;
      }
      syncing = null;
    })();
    return syncing;
  }
  // The revision slider: an earlier revision is fetched whole and shown until the reader comes back;
  // live events keep applying to the current document meanwhile.
  let pastRequest = 0;
  async function showRevision(revision) {
    const request = ++pastRequest;
    if (revision >= doc.revision) past = null;
    else {
      const response = await fetch(base + '/document?revision=' + revision, { cache: 'no-store' });
      if (request !== pastRequest) return;
      if (!response.ok) { byId('viewing').textContent = 'revision ' + revision + ' is not available'; return; }
      past = await response.json();
    }
    if (request !== pastRequest) return;
    renderAll();
  }
  byId('revision-slider').addEventListener('input', (event) => showRevision(Number(event.target.value)));
  byId('back-live').addEventListener('click', () => showRevision(doc.revision));
  resync();
})();
`;

// src/adapters/writer/sse-stream.ts
function openSseStream(response, retryMs) {
  response.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-store",
    connection: "keep-alive",
    "x-accel-buffering": "no"
  });
  response.write(`retry: ${retryMs}

`);
  const heartbeat = setInterval(() => response.write(": keep-alive\n\n"), 15e3);
  heartbeat.unref();
  response.on("close", () => clearInterval(heartbeat));
  return {
    // JSON has no raw newlines, so one data line carries the whole event.
    send: (event) => void response.write(`id: ${event.revision}
event: ${event.type}
data: ${JSON.stringify(event)}

`),
    resync: (revision) => void response.write(`event: resync
data: ${JSON.stringify({ revision })}

`),
    close: () => {
      clearInterval(heartbeat);
      response.destroy();
    }
  };
}

// src/adapters/writer/escape-html.ts
var entities = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => entities[c]);
}

// src/adapters/writer/render-run-rows.ts
var finished = /* @__PURE__ */ new Set(["completed", "failed", "blocked"]);
var runListStatuses = ["initializing", "running", "waiting", "completing", "completed", "failed", "blocked"];
function workOrderOf(run) {
  return /^Land work order ([a-z0-9][a-z0-9-]*):/.exec(run.objective)?.[1];
}
function renderRunRows(runs, status) {
  const groups = /* @__PURE__ */ new Map();
  for (const run of runs) {
    const key = workOrderOf(run) ?? `run:${run.runId}`;
    groups.set(key, [...groups.get(key) ?? [], run]);
  }
  return [...groups.values()].filter(([latest]) => !status || latest.status === status).map(([latest, ...earlier]) => {
    const folded = earlier.length === 0 ? "" : `<details class="attempts"><summary>${earlier.length} earlier attempt${earlier.length === 1 ? "" : "s"}</summary><ul>${earlier.map((run) => `<li>${runLink(run)} <span class="status status-${run.status}">${run.status}</span> ${times(run)}</li>`).join("")}</ul></details>`;
    const workOrder = workOrderOf(latest);
    return `<tr data-run-id="${escapeHtml(latest.runId)}" data-status="${latest.status}"${workOrder ? ` data-work-order="${escapeHtml(workOrder)}"` : ""}><td>${runLink(latest)}${folded}</td><td><span class="status status-${latest.status}">${latest.status}</span></td><td class="objective">${escapeHtml(latest.objective + (latest.statusDetail ? ` \u2014 ${latest.statusDetail}` : ""))}</td><td class="times">${times(latest)}</td><td>${latest.revision}</td></tr>`;
  }).join("\n");
}
var runLink = (run) => `<a href="/runs/${encodeURIComponent(run.runId)}">${escapeHtml(run.runId)}</a>`;
function times(run) {
  if (!run.startedAt) return "";
  const start = `<time datetime="${escapeHtml(run.startedAt)}">${escapeHtml(clock(run.startedAt))}</time>`;
  if (!finished.has(run.status) || !run.updatedAt) return `started ${start}`;
  const ms = Date.parse(run.updatedAt) - Date.parse(run.startedAt);
  return `${start} \u2192 <time datetime="${escapeHtml(run.updatedAt)}">${escapeHtml(clock(run.updatedAt))}</time> (${(ms / 1e3).toFixed(1)} s)`;
}
var clock = (iso) => iso.replace("T", " ").replace(/\.\d+Z$|Z$/, " UTC");

// src/adapters/writer/writer-pages.ts
var head = (title) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/assets/writer.css">
</head>`;
function renderRunListPage(runs, storeDir, status) {
  const options = ["", ...runListStatuses].map((s) => `<option value="${s}"${s === (status ?? "") ? " selected" : ""}>${s || "any status"}</option>`).join("");
  return `${head("Runs \xB7 Shopfloor Writer")}
<body>
<main>
<header class="run"><h1>Runs</h1><div class="meta">Run store: <code>${escapeHtml(storeDir)}</code> \xB7 <a href="/roadmap">roadmap</a> \xB7 <a href="/metrics">metrics</a></div>
<form method="get" action="/" class="filter"><label>Show <select id="status-filter" name="status">${options}</select></label> <button type="submit">Filter</button></form></header>
<table class="runs">
<thead><tr><th>Run</th><th>Status</th><th>Objective</th><th>Time</th><th>Revision</th></tr></thead>
<tbody id="runs">
${renderRunRows(runs, status)}
</tbody>
</table>
<p id="empty" class="empty-list"${runs.length ? " hidden" : ""}>No runs yet. Start one (for example <code>npx shopfloor demo --serve</code>) and it appears here.</p>
</main>
<script src="/assets/run-list.js"></script>
</body>
</html>
`;
}
function renderRunPage(runId) {
  return `${head(`${runId} \xB7 Shopfloor Writer`)}
<body data-run-id="${escapeHtml(runId)}">
<main>
<p class="meta"><a href="/">\u2190 all runs</a></p>
<header class="run">
<h1 id="objective">Loading run ${escapeHtml(runId)}\u2026</h1>
<div class="meta">
<span id="status" class="status status-initializing" data-status="initializing">initializing</span>
<span>revision <strong id="revision">\u2013</strong></span>
<label class="revisions">history <input type="range" id="revision-slider" min="0" max="0" value="0" aria-label="show an earlier revision"></label>
<span id="viewing"></span> <button type="button" id="back-live" hidden>back to the latest</button>
<span id="detail"></span>
<span id="times"></span>
<span id="progress"></span>
<span id="connection" class="connection">connecting\u2026</span>
</div>
<nav id="objects" class="objects" aria-label="this run's objects" hidden></nav>
<div id="train" class="train" hidden></div>
<p class="legend">Canon is plain; <ins class="proposal-added">proposals are gray</ins>; <del class="proposal-removed">proposed deletions are struck through</del>.</p>
</header>
<div id="sections"></div>
</main>
<script src="/assets/run-page.js"></script>
</body>
</html>
`;
}
function renderRoadmapPage(svg) {
  return `${head("Roadmap \xB7 Shopfloor Writer")}
<body>
<main>
<p class="meta"><a href="/">\u2190 all runs</a></p>
<header class="run"><h1>Roadmap</h1><div class="meta">Work orders left to right by dependency, coloured by state as the runs show it. A box links to its newest run.</div></header>
<div id="roadmap">${svg}</div>
</main>
<script src="/assets/roadmap.js"></script>
</body>
</html>
`;
}
function renderCommitPage(sha, shown, linkedHtml) {
  return `${head(`${sha.slice(0, 12)} \xB7 Shopfloor Writer`)}
<body>
<main>
<p class="meta"><a href="/">\u2190 all runs</a></p>
<header class="run"><h1>Commit <code>${escapeHtml(sha)}</code></h1></header>
<pre class="commit">${linkedHtml ?? escapeHtml(shown.commit)}</pre>
${shown.report ? `<h2>Signed verification report (refs/notes/shopfloor)</h2>
<pre class="report">${escapeHtml(shown.report)}</pre>
<p class="meta">Check it with <code>npx shopfloor report verify --sha ${escapeHtml(shown.full ?? sha)}</code>.</p>` : '<p class="meta">No signed report is attached to this commit.</p>'}
</main>
</body>
</html>
`;
}
function renderNotFoundPage(what) {
  return `${head("Not found \xB7 Shopfloor Writer")}
<body><main><h1>Not found</h1><p>${escapeHtml(what)}</p><p><a href="/">All runs</a></p></main></body></html>
`;
}

// src/adapters/writer/roadmap-script.ts
var roadmapScript = `'use strict';
(() => {
  async function refresh() {
    try {
      const html = await (await fetch('/roadmap', { cache: 'no-store' })).text();
      const fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('roadmap');
      if (fresh) document.getElementById('roadmap').replaceChildren(...Array.from(fresh.childNodes).map((node) => document.importNode(node, true)));
    } catch {}
  }
  setInterval(refresh, 3000);
})();
`;

// src/core/roadmap/render-roadmap-svg.ts
var width = 190;
var height = 44;
var gapX = 70;
var gapY = 18;
var fills = { done: "#1a7f37", closed: "#6e7781", running: "#0969da", ready: "#bf8700", waiting: "#8c959f", blocked: "#cf222e", held: "#9a6700", reverted: "#8250df" };
var escapeXml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
function renderRoadmapSvg(roadmap, linkFor) {
  const byId = new Map(roadmap.entries.map((entry) => [entry.id, entry]));
  const depth = /* @__PURE__ */ new Map();
  const depthOf = (id, seen) => {
    if (depth.has(id)) return depth.get(id);
    const deps = (byId.get(id)?.dependencies ?? []).filter((dep) => byId.has(dep) && !seen.has(dep));
    const value = deps.length === 0 ? 0 : 1 + Math.max(...deps.map((dep) => depthOf(dep, /* @__PURE__ */ new Set([...seen, id]))));
    depth.set(id, value);
    return value;
  };
  const columns = /* @__PURE__ */ new Map();
  for (const entry of roadmap.entries) {
    const column = depthOf(entry.id, /* @__PURE__ */ new Set([entry.id]));
    columns.set(column, [...columns.get(column) ?? [], entry.id]);
  }
  const order = [...columns.keys()].sort((a, b) => a - b);
  const at = /* @__PURE__ */ new Map();
  order.forEach((column, ci) => columns.get(column).forEach((id, ri) => at.set(id, { x: 10 + ci * (width + gapX), y: 10 + ri * (height + gapY) })));
  const w = 20 + order.length * (width + gapX) - gapX;
  const h = 20 + Math.max(1, ...[...columns.values()].map((ids) => ids.length)) * (height + gapY) - gapY;
  const edges = roadmap.entries.flatMap(
    (entry) => entry.dependencies.flatMap((dep) => {
      const [from, to] = [at.get(dep), at.get(entry.id)];
      return from && to ? [`<line class="edge" x1="${from.x + width}" y1="${from.y + height / 2}" x2="${to.x}" y2="${to.y + height / 2}" stroke="#8c959f" stroke-width="1.5" marker-end="url(#arrow)"/>`] : [];
    })
  );
  const nodes = roadmap.entries.map((entry) => {
    const { x, y } = at.get(entry.id);
    const box = `<g class="node" data-id="${escapeXml(entry.id)}" data-state="${entry.state}"><title>${escapeXml(`${entry.id}: ${entry.title} (${entry.state})`)}</title><rect x="${x}" y="${y}" width="${width}" height="${height}" rx="6" fill="${fills[entry.state]}"/><text x="${x + 10}" y="${y + 18}" fill="#ffffff" font-size="13" font-weight="600">${escapeXml(entry.id.slice(0, 24))}</text><text x="${x + 10}" y="${y + 35}" fill="#ffffff" font-size="11">${entry.state} \xB7 ${entry.kind}</text></g>`;
    return linkFor ? `<a href="${escapeXml(linkFor(entry.id))}">${box}</a>` : box;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="roadmap" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="work-order dependency graph" font-family="system-ui, sans-serif">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#8c959f"/></marker></defs>',
    ...edges,
    ...nodes,
    "</svg>"
  ].join("\n");
}

// src/core/metrics/render-metrics-svg.ts
var escapeXml2 = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
function renderWeeklyChartSvg(title, weeks, series) {
  const bar = 14;
  const group = series.length * bar + 18;
  const plotH = 120;
  const w = Math.max(240, 40 + weeks.length * group);
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const bars = weeks.flatMap(
    (week, wi) => series.map((s, si) => {
      const value = s.values[wi] ?? 0;
      const h = Math.round(value / max * plotH);
      const x = 30 + wi * group + si * bar;
      const y = 30 + plotH - h;
      return `<rect class="bar" data-series="${escapeXml2(s.name)}" data-week="${escapeXml2(week.week)}" data-value="${value}" x="${x}" y="${y}" width="${bar - 2}" height="${h}" fill="${s.color}"><title>${escapeXml2(`${s.name}, week of ${week.week}: ${value}`)}</title></rect><text x="${x + (bar - 2) / 2}" y="${y - 3}" font-size="9" text-anchor="middle" fill="currentColor">${value}</text>`;
    })
  );
  const labels = weeks.map((week, wi) => `<text x="${30 + wi * group + series.length * bar / 2}" y="${30 + plotH + 14}" font-size="10" text-anchor="middle" fill="currentColor">${escapeXml2(week.week.slice(5))}</text>`);
  const legend = series.map((s, si) => `<rect x="${30 + si * 120}" y="6" width="10" height="10" fill="${s.color}"/><text x="${44 + si * 120}" y="15" font-size="11" fill="currentColor">${escapeXml2(s.name)}</text>`);
  return [
    `<figure class="chart"><figcaption>${escapeXml2(title)}</figcaption>`,
    `<svg xmlns="http://www.w3.org/2000/svg" class="metrics-chart" viewBox="0 0 ${w} ${plotH + 52}" width="${w}" height="${plotH + 52}" role="img" aria-label="${escapeXml2(title)}" font-family="system-ui, sans-serif">`,
    ...legend,
    `<line x1="26" y1="${30 + plotH}" x2="${w - 4}" y2="${30 + plotH}" stroke="#8c959f"/>`,
    ...bars,
    ...labels,
    "</svg></figure>"
  ].join("\n");
}

// src/adapters/writer/render-metrics-page.ts
function renderMetricsPage(metrics) {
  const weeks = metrics.weeks;
  const rows = metricsRows(metrics).map(([name, value]) => `<tr><th>${escapeHtml(name)}</th><td>${escapeHtml(value)}</td></tr>`).join("\n");
  return `${head("Metrics \xB7 Shopfloor Writer")}
<body>
<main>
<p class="meta"><a href="/">\u2190 all runs</a></p>
<header class="run"><h1>Metrics</h1><div class="meta">${escapeHtml(new Date(metrics.sinceMs).toISOString().slice(0, 10))} to ${escapeHtml(new Date(metrics.nowMs).toISOString().slice(0, 10))}, as <code>npx shopfloor metrics</code> computes them</div></header>
<table class="metrics">
${rows}
</table>
${renderWeeklyChartSvg("Changes on main (first-parent commits) and reverts per week", weeks, [{ name: "changes", color: "#1a7f37", values: weeks.map((w) => w.merges) }, { name: "reverts", color: "#cf222e", values: weeks.map((w) => w.reverts) }])}
${renderWeeklyChartSvg("Canaried commits and RED commits per week (final verdict per commit)", weeks, [{ name: "canaried commits", color: "#0969da", values: weeks.map((w) => w.canaryCommits) }, { name: "RED", color: "#cf222e", values: weeks.map((w) => w.canaryRed) }])}
</main>
</body>
</html>
`;
}

// src/adapters/writer/writer-style.ts
var writerStyle = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #6e7781; --line: #d0d7de; --panel: #f6f8fa;
  --ok: #1a7f37; --bad: #cf222e; --warn: #9a6700; --info: #0969da; --proposal-bg: #f3f4f6;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #8b949e; --line: #30363d; --panel: #161b22;
    --ok: #3fb950; --bad: #f85149; --warn: #d29922; --info: #58a6ff; --proposal-bg: #1c2128;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
a { color: var(--info); }
header.run { border-bottom: 1px solid var(--line); padding-bottom: .75rem; margin-bottom: 1rem; }
header.run h1 { font-size: 1.4rem; margin: .25rem 0; overflow-wrap: anywhere; }
.meta { color: var(--muted); font-size: .875rem; display: flex; gap: .75rem; flex-wrap: wrap; align-items: center; }
.status { display: inline-flex; align-items: center; gap: .35rem; font-weight: 600; padding: .1rem .6rem; border-radius: 999px; border: 1px solid currentColor; font-size: .8rem; }
.status::before { content: ""; width: .55rem; height: .55rem; border-radius: 50%; background: currentColor; }
.status-running, .status-initializing, .status-completing { color: var(--info); }
.status-running::before, .status-initializing::before { animation: pulse 1.4s ease-in-out infinite; }
.status-waiting, .status-blocked { color: var(--warn); }
.status-completed { color: var(--ok); }
.status-failed { color: var(--bad); }
@keyframes pulse { 50% { opacity: .3; } }
@media (prefers-reduced-motion: reduce) { .status::before { animation: none !important; } }
.connection { font-size: .8rem; }
.connection.offline { color: var(--bad); }
section.doc-section { border: 1px solid var(--line); border-radius: 6px; margin: .75rem 0; background: var(--bg); }
section.doc-section > h2 { margin: 0; padding: .4rem .75rem; font-size: .95rem; background: var(--panel); border-bottom: 1px solid var(--line); display: flex; justify-content: space-between; border-radius: 6px 6px 0 0; }
section.doc-section.empty > h2 { border-bottom: 0; }
.state { color: var(--muted); font-weight: 400; font-size: .8rem; }
.state-active .state { color: var(--info); }
.state-done .state { color: var(--ok); }
.state-failed .state { color: var(--bad); }
.body { margin: 0; padding: .5rem .75rem; white-space: pre-wrap; overflow-wrap: anywhere; font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.body:empty { display: none; }
section[data-section="terminal"] .body { max-height: 32rem; overflow: auto; }
.body span, .body ins, .body del { display: block; min-height: 1.45em; }
.proposal-added { color: var(--muted); background: var(--proposal-bg); text-decoration: none; border-left: 3px solid var(--line); padding-left: .4rem; }
.proposal-removed { color: var(--muted); text-decoration: line-through; border-left: 3px solid var(--line); padding-left: .4rem; }
.legend { color: var(--muted); font-size: .8rem; }
table.runs { width: 100%; border-collapse: collapse; }
table.runs th, table.runs td { text-align: left; padding: .45rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
table.runs td.objective { overflow-wrap: anywhere; }
.empty-list { color: var(--muted); }
.objects { display: flex; flex-wrap: wrap; gap: .4rem; margin: .5rem 0; font-size: .8rem; }
.note { color: var(--muted); font-size: .875rem; }
.objects[hidden], .train[hidden] { display: none; }
.objects a { border: 1px solid var(--line); border-radius: 999px; padding: .05rem .55rem; text-decoration: none; background: var(--panel); }
.objects a.object-report { border-color: var(--ok); }
a.external::after, .objects a.object-github::after { content: " \u2197"; }
pre.object, pre.commit, pre.report { white-space: pre-wrap; overflow-wrap: anywhere; font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .75rem; }
.signature { padding: .5rem .75rem; border-radius: 6px; border: 1px solid currentColor; }
.signature-ok { color: var(--ok); }
.signature-bad { color: var(--bad); }
dl.report-facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dl.report-facts dt { color: var(--muted); }
dl.report-facts dd { margin: 0; }
table.gates { width: 100%; border-collapse: collapse; }
table.gates th, table.gates td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
.gate-pass, .gate-cached, .verdict-passed { color: var(--ok); }
.gate-fail, .gate-error, .verdict-failed { color: var(--bad); }
.gate-flaky { color: var(--warn); }
.train { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; margin: .5rem 0; font-size: .875rem; }
`;

// src/adapters/writer/link-objects.ts
async function resolveObjectLinks(text, resolve5) {
  const links = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const ref of findObjectRefs(text)) {
    if (seen.has(ref.token)) continue;
    seen.add(ref.token);
    const href = await resolve5(ref);
    if (href !== void 0) links.set(ref.token, href);
  }
  return links;
}
async function linkifyHtml(text, resolve5) {
  const links = await resolveObjectLinks(text, resolve5);
  let html2 = "";
  let last = 0;
  for (const match of text.matchAll(objectRegExp())) {
    const href = links.get(match[0]);
    if (href === void 0) continue;
    html2 += escapeHtml(text.slice(last, match.index)) + anchor(href, match[0]);
    last = match.index + match[0].length;
  }
  return html2 + escapeHtml(text.slice(last));
}
function anchor(href, text) {
  const external = /^https:\/\//.test(href);
  return `<a href="${escapeHtml(href)}"${external ? ' class="external" rel="noopener noreferrer" target="_blank"' : ""}>${escapeHtml(text)}</a>`;
}

// src/adapters/writer/render-object-pages.ts
function renderObjectShell(title, heading, body) {
  return `${head(`${title} \xB7 Shopfloor Writer`)}
<body>
<main>
<p class="meta"><a href="/">\u2190 all runs</a></p>
<header class="run"><h1>${heading}</h1></header>
${body}
</main>
</body>
</html>
`;
}
function renderTextObjectPage(title, heading, content, html2, note = "") {
  const cut = content.cut ? `<p class="note cut">Shown: the first ${kib(Buffer.byteLength(content.text))} of ${kib(content.bytes)}; the rest is cut.</p>` : "";
  return renderObjectShell(title, heading, `${note}${cut}<pre class="object">${html2}</pre>`);
}
function renderReportPage(hex, report, signature, links) {
  const logHref = links.log;
  const sig = signature.ok ? `<p class="signature signature-ok" data-signature="valid">\u2713 Signature valid: signed by <code>${escapeHtml(signature.keyId)}</code>, a key this repository trusts.</p>` : `<div class="signature signature-bad" data-signature="invalid"><p>\u2717 The signature does not hold here:</p><ul>${signature.reasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join("")}</ul></div>`;
  const rows = report.gates.map((gate) => {
    const log = gate.logDigest ? logHref(gate.logDigest) : void 0;
    const detail = gate.reason ?? gate.annotations[0]?.message ?? "";
    return `<tr data-gate="${escapeHtml(gate.id)}"><td>${escapeHtml(gate.id)}</td><td><span class="gate gate-${gate.status}">${gate.status}</span></td><td>${gate.attempts}</td><td>${(gate.durationMs / 1e3).toFixed(1)} s</td><td>${log ? `<a href="${escapeHtml(log)}">log</a>` : gate.logDigest ? "log pruned" : "\u2014"}</td><td>${escapeHtml(detail)}</td></tr>`;
  }).join("\n");
  const commit = (sha) => links.commit(sha) ? `<a href="${escapeHtml(links.commit(sha))}"><code>${sha.slice(0, 12)}</code></a>` : `<code>${sha.slice(0, 12)}</code>`;
  const facts = `<dl class="report-facts">
<dt>Proves</dt><dd>head ${commit(report.head)} (tree <code>${report.tree.slice(0, 12)}</code>) against base ${commit(report.base)}${report.dirty ? " \u2014 <strong>the gates ran on uncommitted changes</strong>" : ""}</dd>
<dt>Work order</dt><dd>${report.workOrder ? `${links.workOrder ? `<a href="${escapeHtml(links.workOrder)}">${escapeHtml(report.workOrder.id)}</a>` : escapeHtml(report.workOrder.id)} (${escapeHtml(report.workOrder.kind)})` : "none"}</dd>
<dt>Verdict</dt><dd class="verdict verdict-${report.verdict.passed ? "passed" : "failed"}">${report.verdict.passed ? "passed" : "failed"}${report.verdict.complete ? "" : " (only selected gates ran)"}${report.verdict.reasons.length ? `<ul>${report.verdict.reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join("")}</ul>` : ""}</dd>
<dt>Isolation</dt><dd>${report.isolation ? `${escapeHtml(report.isolation.mode)}${report.isolation.network ? ", network on" : ", no network"}` : "not recorded"}</dd>
<dt>Ran</dt><dd>${escapeHtml(report.startedAt)} \u2192 ${escapeHtml(report.finishedAt)} on ${escapeHtml(`${report.environment.os}/${report.environment.arch}, node ${report.environment.node}, ${report.environment.runner}`)}</dd>
</dl>`;
  const body = `${sig}
${facts}
<table class="gates"><thead><tr><th>Gate</th><th>Status</th><th>Tries</th><th>Time</th><th>Log</th><th>Detail</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<p class="note">The signed JSON: <a href="/artifacts/${hex}?raw=1">as stored</a> (<code>sha256:${hex}</code>). Check it with <code>npx shopfloor report verify --sha ${report.head}</code>.</p>`;
  return renderObjectShell(`report ${hex.slice(0, 12)}`, `Verification report <code>sha256:${hex.slice(0, 12)}\u2026</code>`, body);
}
function renderPatchListPage(workOrder, names, workOrderHref) {
  const items = names.length ? `<ul class="patches">${names.map((name) => `<li><a href="/patches/${encodeURIComponent(workOrder)}/${encodeURIComponent(name)}">${escapeHtml(name)}</a></li>`).join("")}</ul>` : "<p>No patch files.</p>";
  return renderObjectShell(`patches ${workOrder}`, `Patches of ${workOrderHref ? `<a href="${escapeHtml(workOrderHref)}">${escapeHtml(workOrder)}</a>` : escapeHtml(workOrder)}`, `${items}<p class="note">Apply them with <code>git am</code>.</p>`);
}
var kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

// src/adapters/writer/object-routes.ts
var html = (body) => ({ status: 200, type: "text/html; charset=utf-8", body });
async function serveObjectPage(objects, path, query) {
  const { repo } = objects;
  const link = (text) => linkifyHtml(text, repo.resolve);
  let match = /^\/workorders\/([a-z0-9][a-z0-9-]*)$/.exec(path);
  if (match) {
    const file = await repo.workOrderFile(match[1]);
    return file && html(renderTextObjectPage(`work order ${match[1]}`, `Work order <code>workorders/${escapeHtml(match[1])}.yml</code>`, file, await link(file.text), '<p class="note">As the checked-out branch has it.</p>'));
  }
  match = /^\/branches\/((?:agent\/[a-z0-9][a-z0-9-]*|shopfloor\/(?:revert|train))\/[0-9a-z][0-9a-z-]*)$/.exec(path);
  if (match) {
    const log = await repo.branchLog(match[1]);
    return log && html(renderTextObjectPage(`branch ${match[1]}`, `Branch <code>${escapeHtml(match[1])}</code>`, log, await link(log.text), '<p class="note">Its commits that the checked-out branch does not have, with their changes.</p>'));
  }
  match = /^\/artifacts\/([0-9a-f]{64})$/.exec(path);
  if (match) return serveArtifact(objects, match[1], query.get("raw") === "1");
  match = /^\/patches\/([a-z0-9][a-z0-9-]*)$/.exec(path);
  if (match) {
    const names = await repo.patchNames(match[1]);
    return names && html(renderPatchListPage(match[1], names, await repo.resolve({ kind: "work-order-file", token: "", key: match[1] })));
  }
  match = /^\/patches\/([a-z0-9][a-z0-9-]*)\/([^/]+)$/.exec(path);
  if (match) {
    const name = decodeURIComponent(match[2]);
    const patch = await repo.patch(match[1], name);
    return patch && html(renderTextObjectPage(name, `Patch <code>${escapeHtml(name)}</code>`, patch, escapeHtml(patch.text), `<p class="note">Exported for ${anchor(`/patches/${match[1]}`, match[1])}; apply it with <code>git am</code>.</p>`));
  }
  return void 0;
}
async function serveArtifact(objects, hex, raw) {
  const { repo } = objects;
  const blob = await repo.artifact(hex);
  if (!blob) return void 0;
  if (raw) return { status: 200, type: "text/plain; charset=utf-8", body: blob.text };
  const parsed = blob.cut ? void 0 : parseReport(blob.text, `sha256:${hex}`);
  if (parsed?.ok) {
    const report = parsed.value;
    const commits = /* @__PURE__ */ new Map();
    for (const sha of [report.head, report.base]) commits.set(sha, await repo.resolve({ kind: "commit", token: sha, key: sha }));
    const logs = /* @__PURE__ */ new Map();
    for (const gate of report.gates) if (gate.logDigest) logs.set(gate.logDigest, await repo.resolve({ kind: "digest", token: gate.logDigest, key: gate.logDigest.slice(7) }));
    const workOrder = report.workOrder ? await repo.resolve({ kind: "work-order-file", token: "", key: report.workOrder.id }) : void 0;
    return html(renderReportPage(hex, report, await objects.checkSignature(blob.text), { commit: (sha) => commits.get(sha), log: (digest) => logs.get(digest), ...workOrder ? { workOrder } : {} }));
  }
  return html(renderTextObjectPage(`sha256:${hex.slice(0, 12)}`, `Artifact <code>sha256:${hex.slice(0, 12)}\u2026</code>`, blob, await linkifyHtml(blob.text, repo.resolve), `<p class="note">A blob of the artifact store (a gate log, or a patch an agent's change was cut into). <a href="/artifacts/${hex}?raw=1">Raw</a>.</p>`));
}
async function runObjects(objects, runId, document) {
  const { repo } = objects;
  const text = [document.objective, ...document.sections.flatMap((s) => [s.canon, s.proposal ?? ""])].join("\n");
  const links = await resolveObjectLinks(text, repo.resolve);
  const list = [];
  const add = (object) => {
    if (!list.some((o) => o.href === object.href)) list.push(object);
  };
  const own = workOrderOfObjective(document.objective);
  if (own) {
    const href = await repo.resolve({ kind: "work-order-file", token: "", key: own });
    if (href) add({ kind: "work-order", label: `work order ${own}`, href });
  }
  const refs = findObjectRefs(text);
  for (const ref of refs) {
    const href = links.get(ref.token);
    if (!href) continue;
    if (ref.kind === "work-order-file") add({ kind: "work-order", label: `work order ${ref.key}`, href });
    if (ref.kind === "branch") add({ kind: "branch", label: `branch ${ref.key}`, href });
    if (ref.kind === "patches") add({ kind: "patches", label: `patches of ${ref.key}`, href });
    if (ref.kind === "artifact-path") add({ kind: "log", label: "kept patch (refused changes)", href });
    if (ref.kind === "github") add({ kind: "github", label: githubLabel(ref.key), href });
  }
  for (const [, token] of text.matchAll(/\bbisect plan (sha256:[0-9a-f]{12,64})/g)) {
    const href = links.get(token);
    if (href) add({ kind: "bisect", label: "bisect plan", href });
  }
  if (own) {
    const href = await repo.resolve({ kind: "patches", token: "", key: own });
    if (href) add({ kind: "patches", label: `patches of ${own}`, href });
  }
  for (const index of await repo.runIndexes(runId, refs.filter((ref) => ref.kind === "commit").map((ref) => ref.key))) {
    const step = /-([a-z0-9]+)$/.exec(index.runId)?.[1] ?? "";
    const what = index.runId.startsWith("revert-") ? step === "merge" ? "revert, merged" : `revert, try ${step}` : `attempt ${step.replace(/^v/, "")}`;
    const hrefOf = async (digest) => repo.resolve({ kind: "digest", token: digest, key: digest.slice(7) });
    if (index.reportDigest) {
      const href = await hrefOf(index.reportDigest);
      if (href) add({ kind: "report", label: `report (${what})`, href });
    }
    for (const artifact of index.artifacts) {
      const href = await hrefOf(artifact.digest);
      if (href) add({ kind: "log", label: `${artifact.name} (${what})`, href });
    }
  }
  return { links: Object.fromEntries(links), objects: list };
}
function githubLabel(url) {
  const kind = /\/(issues|pull|actions\/runs|runs|checks|commit)\//.exec(url)?.[1];
  return kind === "issues" ? "GitHub issue" : kind === "pull" ? "GitHub pull request" : kind === "actions/runs" ? "GitHub Actions run" : kind === "runs" || kind === "checks" ? "GitHub check run" : "on GitHub";
}

// src/adapters/writer/writer-server.ts
var securityHeaders = {
  "content-security-policy": "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer"
};
var assets = {
  "/assets/writer.css": { type: "text/css; charset=utf-8", body: writerStyle },
  "/assets/run-page.js": { type: "text/javascript; charset=utf-8", body: runPageScript },
  "/assets/run-list.js": { type: "text/javascript; charset=utf-8", body: runListScript },
  "/assets/roadmap.js": { type: "text/javascript; charset=utf-8", body: roadmapScript }
};
async function startWriterServer(options) {
  const { feed } = options;
  const streams = /* @__PURE__ */ new Set();
  const retryMs = options.retryMs ?? 1e3;
  await feed.poll();
  let polling = false;
  const timer = setInterval(() => {
    if (polling) return;
    polling = true;
    feed.poll().catch((error) => options.onError?.(error)).finally(() => polling = false);
  }, options.pollMs ?? 200);
  const send = (response, status, type, body) => {
    response.writeHead(status, { "content-type": type, "cache-control": "no-store", ...securityHeaders });
    response.end(body);
  };
  const json = (response, status, value) => send(response, status, "application/json; charset=utf-8", JSON.stringify(value));
  const loopback = ["127.0.0.1", "::1", "localhost"].includes(options.host ?? "127.0.0.1");
  const handle = async (request, response) => {
    const hostname = (request.headers.host ?? "").replace(/:\d+$/, "");
    if (loopback && !["127.0.0.1", "localhost", "[::1]"].includes(hostname)) return json(response, 421, { error: `host "${hostname}" is not served; open the Writer at 127.0.0.1 or localhost` });
    if (request.method !== "GET" && request.method !== "HEAD") return json(response, 405, { error: "the Writer is read-only: use GET" });
    const url = new URL(request.url ?? "/", "http://writer.invalid");
    const path = url.pathname;
    const asset = assets[path];
    if (asset) return send(response, 200, asset.type, asset.body);
    if (path === "/metrics") return void sendMetrics(response);
    const commit = /^\/commits\/([0-9a-f]{7,40})$/.exec(path);
    if (commit) return void sendCommit(response, commit[1]);
    if (/^\/(workorders|branches|artifacts|patches)\//.test(path)) return void sendObject(response, path, url.searchParams);
    await feed.poll().catch((error) => options.onError?.(error));
    return handleRuns(request, response, url);
  };
  const handleRuns = (request, response, url) => {
    const path = url.pathname;
    if (path === "/") {
      const status = url.searchParams.get("status") ?? "";
      return send(response, 200, "text/html; charset=utf-8", renderRunListPage(feed.list(), options.storeDir, runListStatuses.includes(status) ? status : void 0));
    }
    if (path === "/api/runs") return json(response, 200, feed.list());
    if (path === "/roadmap") return void sendRoadmap(response);
    const match = /^\/(runs|api\/runs)\/([^/]+)(\/document|\/events|\/times|\/objects)?$/.exec(path);
    const runId = match ? decodeURIComponent(match[2]) : "";
    if (!match || !checkRunId(runId).ok) return send(response, 404, "text/html; charset=utf-8", renderNotFoundPage(`There is no page at ${path}.`));
    const document = feed.document(runId);
    if (match[1] === "runs" && !match[3]) return send(response, document ? 200 : 404, "text/html; charset=utf-8", document ? renderRunPage(runId) : renderNotFoundPage(`No run "${runId}" in ${options.storeDir} (yet).`));
    if (!document) return json(response, 404, { error: `no run "${runId}" in the run store` });
    if (match[3] === "/document" && url.searchParams.has("revision")) return void sendRevision(response, runId, url.searchParams.get("revision"), document.revision);
    if (match[3] === "/document") return json(response, 200, document);
    if (match[3] === "/times" && match[1] === "api/runs") return json(response, 200, feed.times(runId));
    if (match[3] === "/objects" && match[1] === "api/runs") return void sendRunObjects(response, runId);
    if (match[3] === "/events") return streamEvents(request, response, runId, url);
    return send(response, 404, "text/html; charset=utf-8", renderNotFoundPage(`There is no page at ${path}.`));
  };
  const sendRoadmap = async (response) => {
    if (!options.roadmap) return send(response, 404, "text/html; charset=utf-8", renderNotFoundPage("This Writer serves a run store without a repository, so it has no roadmap; run shopfloor serve --repo DIR."));
    try {
      const runs = feed.list();
      const newest = /* @__PURE__ */ new Map();
      for (const run of runs) if (workOrderOf(run) && !newest.has(workOrderOf(run))) newest.set(workOrderOf(run), run.runId);
      const svg = renderRoadmapSvg(await options.roadmap(runs), (id) => newest.has(id) ? `/runs/${encodeURIComponent(newest.get(id))}` : "#");
      return send(response, 200, "text/html; charset=utf-8", renderRoadmapPage(svg));
    } catch (error) {
      options.onError?.(error);
      return json(response, 500, { error: "internal error; see the server log" });
    }
  };
  const sendObject = async (response, path, query) => {
    try {
      const page = options.objects ? await serveObjectPage(options.objects, path, query) : void 0;
      return page ? send(response, page.status, page.type, page.body) : send(response, 404, "text/html; charset=utf-8", renderNotFoundPage(options.objects ? `Nothing at ${path} in the repository behind this Writer.` : "This Writer serves a run store without a repository; run shopfloor serve --repo DIR to follow its objects."));
    } catch (error) {
      options.onError?.(error);
      return json(response, 500, { error: "internal error; see the server log" });
    }
  };
  const sendRunObjects = async (response, runId) => {
    try {
      const document = feed.document(runId);
      const showCommit = options.showCommit;
      const resolve5 = options.objects?.repo.resolve ?? (async (ref) => ref.kind === "github" ? ref.key : ref.kind === "commit" && showCommit && await showCommit(ref.key) ? `/commits/${ref.key}` : void 0);
      const found = options.objects ? await runObjects(options.objects, runId, document) : { links: Object.fromEntries(await resolveObjectLinks(document.sections.flatMap((s) => [s.canon, s.proposal ?? ""]).join("\n"), resolve5)), objects: [] };
      const workOrder = workOrderOfObjective(document.objective);
      const place = options.train && workOrder ? findTrainPlace(await options.train(), workOrder) : void 0;
      const train = place ? trainPlaceLines(place) : [];
      const trainLinks = Object.fromEntries(await resolveObjectLinks(train.join("\n"), resolve5));
      return json(response, 200, { ...found, links: { ...found.links, ...trainLinks }, train });
    } catch (error) {
      options.onError?.(error);
      return json(response, 500, { error: "internal error; see the server log" });
    }
  };
  const sendCommit = async (response, sha) => {
    try {
      const shown = await options.showCommit?.(sha);
      const linked = shown && options.objects ? await linkifyHtml(shown.commit, options.objects.repo.resolve) : void 0;
      return shown ? send(response, 200, "text/html; charset=utf-8", renderCommitPage(sha, shown, linked)) : send(response, 404, "text/html; charset=utf-8", renderNotFoundPage(`No commit ${sha} in the repository behind this Writer.`));
    } catch (error) {
      options.onError?.(error);
      return json(response, 500, { error: "internal error; see the server log" });
    }
  };
  const sendMetrics = async (response) => {
    if (!options.metrics) return send(response, 404, "text/html; charset=utf-8", renderNotFoundPage("This Writer serves a run store without a repository, so it has no metrics; run shopfloor serve --repo DIR."));
    try {
      return send(response, 200, "text/html; charset=utf-8", renderMetricsPage(await options.metrics()));
    } catch (error) {
      options.onError?.(error);
      return json(response, 500, { error: "internal error; see the server log" });
    }
  };
  const sendRevision = async (response, runId, value, latest) => {
    const revision = Number(value);
    if (!/^\d+$/.test(value) || revision > latest) return json(response, 400, { error: `revision must be a whole number from 0 to ${latest}` });
    try {
      const past = await feed.documentAt(runId, revision);
      return past ? json(response, 200, past) : json(response, 404, { error: `revision ${revision} of "${runId}" is no longer in its event log` });
    } catch (error) {
      options.onError?.(error);
      return json(response, 500, { error: "internal error; see the server log" });
    }
  };
  const streamEvents = (request, response, runId, url) => {
    const stream = openSseStream(response, retryMs);
    streams.add(stream);
    const lastEventId = request.headers["last-event-id"];
    const after = Number(typeof lastEventId === "string" && lastEventId !== "" ? lastEventId : url.searchParams.get("after") ?? feed.document(runId).revision);
    const backlog = Number.isInteger(after) ? feed.eventsAfter(runId, after) : "resync";
    if (backlog === "resync") stream.resync(feed.document(runId).revision);
    else for (const event of backlog) stream.send(event);
    const unsubscribe = feed.subscribe(runId, (message) => message.kind === "event" ? stream.send(message.event) : stream.resync(message.revision));
    response.on("close", () => {
      unsubscribe();
      streams.delete(stream);
    });
  };
  const handlers = options.handlers ?? [];
  const server = createServer(async (request, response) => {
    try {
      for (const handler of handlers) if (await handler(request, response)) return;
      await handle(request, response);
    } catch (error) {
      options.onError?.(error);
      if (!response.headersSent) json(response, 500, { error: "internal error; see the server log" });
      else response.destroy();
    }
  });
  try {
    await new Promise((resolve5, reject) => {
      server.once("error", reject);
      server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve5);
    });
  } catch (error) {
    clearInterval(timer);
    throw error;
  }
  const address = server.address();
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    dropStreams: () => {
      const count = streams.size;
      for (const stream of [...streams]) stream.close();
      return count;
    },
    close: async () => {
      clearInterval(timer);
      for (const stream of streams) stream.close();
      const closed = new Promise((resolve5) => server.close(() => resolve5()));
      server.closeAllConnections();
      await closed;
    }
  };
}

// src/core/loop/render-loop-story.ts
var seconds = (ms) => `${(ms / 1e3).toFixed(1)}s`;
function renderLoopStory(events) {
  const lines = [];
  const fixes = /* @__PURE__ */ new Map();
  const refusedBefore = /* @__PURE__ */ new Set();
  for (const event of events) {
    switch (event.type) {
      case "merged": {
        const fixed = fixes.get(event.workOrder);
        const note = fixed ? `; it fixes the reverted ${fixed.slice(0, 12)} and landed only because its new test failed there and passes now (test-first)` : refusedBefore.has(event.workOrder) ? "; without the refused write, inside its scope" : "";
        lines.push(`merged   ${event.workOrder} as ${event.sha.slice(0, 12)} (signed report ${event.reportDigest.slice(7, 19)}\u2026${event.attempts > 1 ? `, verified ${event.attempts}\xD7 as main moved` : ""})${note}`);
        break;
      }
      case "held":
        lines.push(`held     ${event.workOrder}: ${event.reasons.map((r) => `${r.message} \u2014 release: ${r.releaseBy}`).join("; ")}`);
        break;
      case "failed":
        lines.push(`failed   ${event.workOrder}: ${event.message}`);
        break;
      case "attempt":
        lines.push(`attempt  ${event.workOrder}: ${event.message}`);
        break;
      case "refused":
        if (!/run_command/.test(event.what)) {
          refusedBefore.add(event.workOrder);
          lines.push(`refused  ${event.workOrder}'s agent: ${event.what.replace(/^refused /, "")}; the call never ran, the agent went on`);
        }
        break;
      case "canary":
        lines.push(`canary   ${event.verdict} on ${event.sha.slice(0, 12)}${event.regressed.length ? ` (regressed: ${event.regressed.join(", ")})` : ""} in ${seconds(event.ms)}`);
        break;
      case "culprit":
        lines.push(`culprit  ${event.sha.slice(0, 12)} "${event.subject}" (confidence ${event.confidence.toFixed(4)}, ${event.runs} runs, ${seconds(event.ms)})`);
        break;
      case "reverted":
        fixes.set(event.bugWorkOrder, event.culprit);
        lines.push(`reverted ${event.culprit.slice(0, 12)}: revert merged as ${event.sha.slice(0, 12)}; bug work order ${event.bugWorkOrder} filed (workorders/${event.bugWorkOrder}.yml)`);
        break;
      case "main":
        lines.push(`main     ${event.message}`);
        break;
      case "revert-held":
        lines.push(`no revert${event.culprit ? ` of ${event.culprit.slice(0, 12)}` : ""}: ${event.reasons.join("; ")}`);
        break;
      default:
        break;
    }
  }
  return lines;
}
function phaseTotals(events) {
  const totals = { agent: 0, gates: 0, canary: 0, bisect: 0, revert: 0 };
  for (const event of events) if (event.type === "timing") totals[event.phase] += event.ms;
  return totals;
}

// src/workflows/loop/seed-demo-repo.ts
async function seedDemoRepo(git, dir) {
  await git.init(dir, { initialBranch: "main" });
  await git.addAll(dir);
  return git.commit(dir, "Sample project textkit, its policy and work orders\n");
}

// src/entrypoints/cli/parallel-option.ts
function parseParallel(text) {
  const parallel = Number(text);
  if (!Number.isInteger(parallel) || parallel < 1 || parallel > 32) throw new UsageError(`--parallel must be a whole number from 1 to 32, not "${text}"`);
  return parallel;
}

// src/core/loop/render-loop-summary.ts
var marks = {
  waiting: "\xB7",
  ready: "\xB7",
  dispatched: "\u2192",
  implementing: "\u2026",
  verifying: "\u2026",
  merging: "\u2026",
  merged: "\u2713",
  done: "\u2713",
  held: "\u23F8",
  failed: "\u2717",
  reverted: "\u21A9",
  blocked: "\u26D4"
};
function elapsedText(row, nowMs) {
  if (row.startedAtMs === void 0) return "";
  return `${(((row.finishedAtMs ?? nowMs) - row.startedAtMs) / 1e3).toFixed(1)}s`;
}
function renderLoopSummary(rows, nowMs) {
  const width2 = Math.max(8, ...rows.map((r) => r.id.length));
  const lines = [];
  for (const row of rows) {
    const gates = row.gates.map((g) => `${g.id}:${g.status}`).join(" ");
    lines.push(`${marks[row.state]} ${row.id.padEnd(width2)} ${row.state.padEnd(12)} ${elapsedText(row, nowMs).padStart(7)}  ${gates}${row.detail ? `  ${row.detail}` : ""}`.trimEnd());
    for (const refused of row.refused) lines.push(`    refused: ${refused}`);
    for (const hold of row.holds) lines.push(`    held: ${hold.message} \u2014 release: ${hold.releaseBy}`);
  }
  return lines;
}

// src/core/loop/render-progress-lines.ts
function renderProgressLines(rows, printed, clock2) {
  const next = new Map(printed);
  const lines = [];
  for (const row of rows) {
    if (printed.get(row.id) === row.state) continue;
    next.set(row.id, row.state);
    if (!printed.has(row.id) && (row.state === "waiting" || row.state === "ready")) continue;
    const gates = row.gates.length > 0 ? ` [${row.gates.map((g) => `${g.id}:${g.status}`).join(" ")}]` : "";
    lines.push(`${clock2} ${row.id}: ${row.state}${gates}${row.detail ? ` (${row.detail})` : ""}`);
  }
  return { lines, printed: next };
}

// src/workflows/loop/read-main-inputs.ts
async function readMainInputs(git, repoDir, rev) {
  const policyText = await git.show(repoDir, rev, policyPath);
  if (policyText === void 0) return { ok: false, findings: [], message: `${policyPath} is not committed on ${rev}; run \`shopfloor init\`, commit the policy, then run again` };
  const checkedPolicy = checkPolicyFile(policyText, policyPath);
  const findings = [...checkedPolicy.findings.filter((f) => f.severity === "error")];
  if (!checkedPolicy.policy || findings.length > 0) return { ok: false, findings, message: `fix ${policyPath} on ${rev} (\`shopfloor validate\`), commit it, then run again` };
  const read = await readMainWorkOrders(git, repoDir, rev);
  findings.push(...read.findings);
  const { workOrders } = read;
  return { ok: true, policy: checkedPolicy.policy, policyText, workOrders, findings };
}
async function readMainWorkOrders(git, repoDir, rev) {
  const listing = await git.raw(repoDir, ["ls-tree", "-r", "--name-only", rev, "--", "workorders/"]);
  const workOrders = [];
  const checked = [];
  for (const file of listing.stdout.split("\n").filter((name) => /^workorders\/[^/]+\.ya?ml$/.test(name))) {
    const text = await git.show(repoDir, rev, file) ?? "";
    const result = checkWorkOrderFile(text, file);
    checked.push(result);
    if (result.workOrder) workOrders.push({ value: result.workOrder, file, text });
  }
  const findings = sortFindings([...checked.flatMap((c) => c.findings), ...checkWorkOrderSet(checked)]).filter((f) => f.severity === "error");
  return { workOrders, findings };
}

// src/core/roadmap/scope-conflicts.ts
function findScopeConflicts(items, options = {}) {
  const fold = (text) => options.caseInsensitive ? text.toLowerCase() : text;
  const root = newTrieNode();
  const entries = items.flatMap((item, itemIndex) => item.globs.map((glob) => ({ itemIndex, glob, literal: isLiteralGlob(glob), prefix: literalPrefix(fold(glob)) })));
  const literalGroups = /* @__PURE__ */ new Map();
  entries.forEach((entry, entryIndex) => {
    if (!entry.literal) trieInsert(root, entry.prefix, entryIndex);
    else {
      const path = fold(entry.glob.replace(/^(\.\/)+/, ""));
      (literalGroups.get(path) ?? literalGroups.set(path, []).get(path)).push(entryIndex);
    }
  });
  const compiled = /* @__PURE__ */ new Map();
  const prepared = (glob) => compiled.get(glob) ?? compiled.set(glob, prepareGlob(glob, { caseInsensitive: options.caseInsensitive ?? false })).get(glob);
  const globIds = /* @__PURE__ */ new Map();
  const globId = (glob) => globIds.get(glob) ?? globIds.set(glob, globIds.size).get(glob);
  const memo = /* @__PURE__ */ new Map();
  const overlapOf = (x, y) => {
    const [i, j] = [globId(x), globId(y)];
    const key = i < j ? i * 2 ** 26 + j : j * 2 ** 26 + i;
    let witness = memo.get(key);
    if (witness === void 0) {
      const result = globsOverlap(prepared(x), prepared(y));
      witness = result.overlap ? result.witness : null;
      memo.set(key, witness);
    }
    return witness;
  };
  const found = /* @__PURE__ */ new Map();
  const scratch = [];
  entries.forEach((entry, entryIndex) => {
    const candidates = collectCandidates(root, entry.prefix, scratch);
    if (entry.literal) for (const same of literalGroups.get(fold(entry.glob.replace(/^(\.\/)+/, "")))) candidates.push(same);
    for (const otherIndex of candidates) {
      const other = entries[otherIndex];
      if (other.literal === entry.literal ? otherIndex <= entryIndex : !entry.literal) continue;
      if (other.itemIndex === entry.itemIndex) continue;
      const [first, second] = entry.itemIndex < other.itemIndex ? [entry, other] : [other, entry];
      const a = items[first.itemIndex].id;
      const b = items[second.itemIndex].id;
      const pairKey = first.itemIndex * items.length + second.itemIndex;
      if (found.has(pairKey) || options.related?.(a, b)) continue;
      const witness = overlapOf(first.glob, second.glob);
      if (witness !== null) found.set(pairKey, { a, b, globs: [first.glob, second.glob], witness });
    }
  });
  return [...found.values()].sort((x, y) => x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}
function literalPrefix(glob) {
  const segments = glob.replace(/^(\.\/)+/, "").split("/");
  const prefix = [];
  for (const segment of segments.slice(0, -1)) {
    if (/[*?[{\\]/.test(segment)) break;
    prefix.push(segment);
  }
  return prefix;
}
var newTrieNode = () => ({ children: /* @__PURE__ */ new Map(), entries: [] });
function trieInsert(root, prefix, entry) {
  let node = root;
  for (const segment of prefix) {
    let child = node.children.get(segment);
    if (!child) node.children.set(segment, child = newTrieNode());
    node = child;
  }
  node.entries.push(entry);
}
function collectCandidates(root, prefix, out) {
  out.length = 0;
  let node = root;
  for (const segment of prefix) {
    for (const entry of node.entries) out.push(entry);
    node = node.children.get(segment);
    if (!node) return out;
  }
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    for (const entry of current.entries) out.push(entry);
    for (const child of current.children.values()) stack.push(child);
  }
  return out;
}

// src/core/roadmap/scope-conflict-groups.ts
function groupScopeConflicts(items, options = {}) {
  const fold = (glob) => options.caseInsensitive ? glob.toLowerCase() : glob;
  const classes = /* @__PURE__ */ new Map();
  for (const item of items) {
    const key = JSON.stringify([...new Set(item.globs.map(fold))].sort());
    const found = classes.get(key) ?? classes.set(key, { members: [], globs: item.globs }).get(key);
    found.members.push(item.id);
  }
  const list = [...classes.values()];
  const related = options.related ?? (() => false);
  const anyUnrelated = (a, b, same) => {
    for (let i = 0; i < a.length; i++) for (let j = same ? i + 1 : 0; j < b.length; j++) if (!related(a[i], b[j])) return true;
    return false;
  };
  const groups = [];
  for (const { members, globs } of list) {
    if (members.length < 2) continue;
    const witness = globs.map((glob) => ({ glob, result: globsOverlap(prepareGlob(glob, { caseInsensitive: options.caseInsensitive ?? false }), prepareGlob(glob, { caseInsensitive: options.caseInsensitive ?? false })) })).find((g) => g.result.overlap);
    if (witness && anyUnrelated(members, members, true)) groups.push({ a: members, b: members, same: true, globs: [witness.glob, witness.glob], witness: witness.result.witness });
  }
  for (const conflict of findScopeConflicts(list.map((c, i) => ({ id: String(i), globs: c.globs })), options)) {
    const a = list[Number(conflict.a)].members;
    const b = list[Number(conflict.b)].members;
    if (anyUnrelated(a, b, false)) groups.push({ a, b, same: false, globs: conflict.globs, witness: conflict.witness });
  }
  return groups.sort((x, y) => y.a.length + y.b.length - (x.a.length + x.b.length) || x.a[0].localeCompare(y.a[0]) || x.b[0].localeCompare(y.b[0]));
}

// src/core/roadmap/build-roadmap.ts
var priorityRank = (priority) => priorities.indexOf(priority);
function buildRoadmap(workOrders, facts = {}) {
  const byId = new Map(workOrders.map((wo) => [wo.id, wo]));
  const ids = [...byId.keys()];
  const depsOf = (id) => byId.get(id)?.dependencies ?? [];
  const cycles = findCycles(ids, depsOf);
  const inCycle = new Set(cycles.flat());
  const baseState = (wo) => {
    if (facts.doneIds?.has(wo.id) || wo.status === "merged" || wo.status === "done") return "done";
    if (facts.revertedIds?.has(wo.id) || wo.status === "reverted") return "reverted";
    if (wo.status) return "closed";
    return void 0;
  };
  const states = /* @__PURE__ */ new Map();
  const waves = /* @__PURE__ */ new Map();
  const order = topologicalOrder(ids, depsOf, inCycle);
  for (const id of order) {
    const wo = byId.get(id);
    const fixed = baseState(wo);
    if (fixed) {
      states.set(id, fixed);
      waves.set(id, 0);
      continue;
    }
    const deps = wo.dependencies ?? [];
    const stuck = inCycle.has(id) || deps.some((d) => !byId.has(d) || inCycle.has(d) || states.get(d) === "closed" || states.get(d) === "reverted" || states.get(d) === "blocked");
    const open3 = deps.filter((d) => states.get(d) !== "done");
    const wave = stuck ? void 0 : 1 + Math.max(0, ...open3.map((d) => waves.get(d) ?? 0));
    waves.set(id, wave);
    states.set(id, stuck ? "blocked" : facts.runningIds?.has(id) ? "running" : facts.heldIds?.has(id) ? "held" : open3.length === 0 ? "ready" : "waiting");
  }
  const entries = workOrders.map((wo) => {
    const state = states.get(wo.id);
    const waitingOn = (wo.dependencies ?? []).filter((d) => states.get(d) !== "done");
    return { id: wo.id, title: wo.title, kind: wo.kind, priority: wo.priority, dependencies: wo.dependencies ?? [], state, wave: waves.get(wo.id), waitingOn };
  }).sort((a, b) => (a.wave ?? Infinity) - (b.wave ?? Infinity) || priorityRank(a.priority) - priorityRank(b.priority) || a.id.localeCompare(b.id));
  const open2 = entries.filter((e) => e.state === "ready" || e.state === "waiting" || e.state === "running");
  const related = dependencyRelation(open2.map((e) => e.id), depsOf);
  const conflicts = groupScopeConflicts(
    open2.map((e) => ({ id: e.id, globs: byId.get(e.id).scope.paths })),
    { caseInsensitive: facts.caseInsensitive ?? false, related }
  );
  const waveList = [];
  for (const entry of entries) if (entry.wave && entry.wave > 0) (waveList[entry.wave - 1] ??= []).push(entry.id);
  const ready = entries.filter((e) => e.state === "ready").map((e) => e.id);
  const running = entries.filter((e) => e.state === "running").map((e) => e.id);
  return { entries, waves: waveList.filter(Boolean), ready, parallel: pickParallel(ready, running, conflicts), conflicts, cycles };
}
function topologicalOrder(ids, depsOf, inCycle) {
  const known = new Set(ids);
  const order = [];
  const placed = /* @__PURE__ */ new Set();
  for (const start of ids) {
    if (placed.has(start) || inCycle.has(start)) continue;
    const stack = [{ id: start, expanded: false }];
    while (stack.length > 0) {
      const frame = stack.pop();
      if (placed.has(frame.id)) continue;
      if (frame.expanded) {
        placed.add(frame.id);
        order.push(frame.id);
        continue;
      }
      stack.push({ id: frame.id, expanded: true });
      for (const dep of depsOf(frame.id)) if (known.has(dep) && !placed.has(dep) && !inCycle.has(dep)) stack.push({ id: dep, expanded: false });
    }
  }
  return [...order, ...ids.filter((id) => inCycle.has(id))];
}
function dependencyRelation(ids, depsOf) {
  const index = new Map(ids.map((id, i) => [id, i]));
  const words = Math.ceil(ids.length / 32);
  const ancestors = /* @__PURE__ */ new Map();
  const ancestorsOf = (start) => {
    const stack = [{ node: start, expanded: false }];
    while (stack.length > 0) {
      const frame = stack.pop();
      if (ancestors.has(frame.node)) continue;
      const deps = depsOf(ids[frame.node]).map((dep) => index.get(dep)).filter((d) => d !== void 0);
      if (!frame.expanded) {
        stack.push({ node: frame.node, expanded: true });
        for (const d of deps) if (!ancestors.has(d)) stack.push({ node: d, expanded: false });
        continue;
      }
      const bits = new Uint32Array(words);
      for (const d of deps) {
        bits[d >> 5] |= 1 << (d & 31);
        const inherited = ancestors.get(d);
        if (inherited) for (let w = 0; w < words; w++) bits[w] |= inherited[w];
      }
      ancestors.set(frame.node, bits);
    }
    return ancestors.get(start);
  };
  const has = (bits, i) => (bits[i >> 5] & 1 << (i & 31)) !== 0;
  return (a, b) => {
    const ia = index.get(a);
    const ib = index.get(b);
    if (ia === void 0 || ib === void 0) return false;
    return has(ancestorsOf(ia), ib) || has(ancestorsOf(ib), ia);
  };
}
function pickParallel(ready, running, conflicts) {
  const memberships = /* @__PURE__ */ new Map();
  const join9 = (id, group, side) => (memberships.get(id) ?? memberships.set(id, []).get(id)).push({ group, side });
  conflicts.forEach((c, group) => {
    if (c.same) for (const id of c.a) join9(id, group, "same");
    else {
      for (const id of c.a) join9(id, group, "a");
      for (const id of c.b) join9(id, group, "b");
    }
  });
  const takenA = new Uint32Array(conflicts.length);
  const takenB = new Uint32Array(conflicts.length);
  const take = (id) => {
    for (const { group, side } of memberships.get(id) ?? []) {
      if (side !== "b") takenA[group] += 1;
      if (side === "b") takenB[group] += 1;
    }
  };
  const clashes = (id) => (memberships.get(id) ?? []).some(({ group, side }) => side === "same" ? takenA[group] > 0 : side === "a" ? takenB[group] > 0 : takenA[group] > 0);
  for (const id of running) take(id);
  const picked = [];
  for (const id of ready) {
    if (clashes(id)) continue;
    take(id);
    picked.push(id);
  }
  return picked;
}

// src/core/loop/plan-dispatch.ts
var loopStateOf = { done: "done", reverted: "reverted", closed: "blocked", blocked: "blocked", held: "held", waiting: "waiting", ready: "ready", running: "dispatched" };
function planDispatch(workOrders, facts) {
  const open2 = workOrders.filter((wo) => facts.merged.has(wo.id) || !facts.settled.has(wo.id));
  const revertedIds = new Set([...facts.reverted].filter((id) => !facts.merged.has(id)));
  const roadmap = buildRoadmap(open2, { doneIds: facts.merged, runningIds: facts.running, revertedIds, heldIds: facts.held });
  const slots = Math.max(0, facts.parallel - facts.running.size);
  const states = /* @__PURE__ */ new Map();
  const waitingOn = /* @__PURE__ */ new Map();
  for (const wo of workOrders) if (facts.reverted.has(wo.id) && !facts.merged.has(wo.id)) states.set(wo.id, "reverted");
  for (const entry of roadmap.entries) {
    if (entry.waitingOn.length > 0) waitingOn.set(entry.id, entry.waitingOn);
    states.set(entry.id, loopStateOf[entry.state]);
  }
  return { dispatch: roadmap.parallel.slice(0, slots), states, waitingOn };
}

// src/core/loop/work-order-progress.ts
function idleProgress(id, state) {
  return { id, state, gates: [], refused: [], holds: [] };
}

// src/workflows/loop/clean-stale.ts
async function cleanStale(git, repoDir, main, worktreesDir, removeDir) {
  const cleaned = [];
  const listing = await git.raw(repoDir, ["worktree", "list", "--porcelain"]);
  const paths = listing.stdout.split("\n").filter((line) => line.startsWith("worktree ")).map((line) => line.slice("worktree ".length));
  for (const path of paths.filter((p) => p.startsWith(worktreesDir))) {
    await git.raw(repoDir, ["worktree", "remove", "--force", "--force", path]);
    cleaned.push(`worktree ${path}`);
  }
  await removeDir(worktreesDir);
  await git.raw(repoDir, ["worktree", "prune"]);
  const refs = await git.raw(repoDir, ["for-each-ref", "--format=%(refname)", "refs/heads/agent/", "refs/heads/shopfloor/revert/"]);
  for (const ref of refs.stdout.split("\n").filter(Boolean)) {
    const isRevert = ref.startsWith("refs/heads/shopfloor/revert/");
    const tip = await git.raw(repoDir, ["log", "-1", "--format=%B", ref]);
    const own = parseAgentBranch(ref)?.workOrderId;
    const stale = isRevert ? !tip.stdout.includes("This reverts commit") || !await git.isAncestor(repoDir, ref, main) : !own || !new RegExp(`^Shopfloor-Work-Order: ${own}$`, "m").test(tip.stdout);
    if (stale) {
      await git.deleteRef(repoDir, ref);
      cleaned.push(`branch ${ref.replace("refs/heads/", "")}`);
    }
  }
  return cleaned;
}

// src/core/loop/loop-run-id.ts
function loopRunId(atMs, workOrderId2, hex) {
  const stamp = new Date(atMs).toISOString().replace(/[-:]/g, "").replace(/\..*$/, "Z");
  return `${stamp}-${workOrderId2}-${hex}`;
}
function workOrderOfLoopRun(runId) {
  return /^\d{8}T\d{6}Z-([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)-[0-9a-f]{6}$/.exec(runId)?.[1];
}

// src/core/loop/revert-merge-message.ts
function renderRevertMergeMessage(input) {
  const subject = `Revert "${input.subject}"`.replace(/[\u0000-\u001f\u007f]+/g, " ").slice(0, 120);
  return `${subject}

Reverts: ${input.culprit}
Report-Digest: ${input.reportDigest}
Agent-Branch: ${input.branch}
`;
}

// src/core/metrics/merge-attempt-line.ts
var failedVerdict = ["gate-failed", "gate-flaky", "gate-missing"];
function heldResult(reasons) {
  return reasons.some((reason) => failedVerdict.includes(reason.code)) ? "failed" : "held";
}
function mergeAttemptLine(workOrder, atMs, reasons = []) {
  const at = new Date(atMs).toISOString();
  if (reasons.length === 0) return { type: "merge-attempt", at, workOrder, result: "merged" };
  return { type: "merge-attempt", at, workOrder, result: heldResult(reasons), reasons: [...new Set(reasons.map((reason) => reason.code))] };
}

// src/core/gates/gate-why.ts
var limit = 300;
function gateWhy(gate) {
  const problems = gate.annotations.filter((annotation) => annotation.level === "error");
  const first = problems[0] ?? gate.annotations[0];
  const where = first ? `${first.path}${first.line > 0 ? `:${first.line}` : ""}` : "";
  const detail = first ? `${where ? `${where} ` : ""}${first.message.replace(/\s+/g, " ").trim()}` : "";
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
  const text = [gate.reason, detail ? `${detail}${more}` : void 0].filter(Boolean).join(": ");
  if (!text) return void 0;
  return text.length > limit ? `${text.slice(0, limit - 1)}\u2026` : text;
}

// src/workflows/loop/gate-progress.ts
function followGates(recorder, onGates) {
  const marks3 = /* @__PURE__ */ new Map();
  return (event) => {
    if (event.type === "planned") for (const gate of event.gates) marks3.set(gate.id, "queued");
    else if (event.type === "started") marks3.set(event.id, "running");
    else if (event.type === "finished") {
      const { result } = event;
      marks3.set(result.id, result.status);
      const why = result.status === "pass" ? result.reason : gateWhy(result);
      void recorder.appendLine("verifier", `${result.id}: ${result.status}${why ? ` \u2014 ${why}` : ""} (${Math.round(result.durationMs)} ms)`, { source: "system" });
    }
    onGates([...marks3].map(([gate, status]) => ({ id: gate, status })));
  };
}

// src/workflows/loop/gather-merge-facts.ts
async function gatherMergeFacts(input) {
  const { git, repoDir, report, workOrder } = input;
  const base = report.base;
  const scripts = async (rev) => JSON.stringify(safeJson(await git.show(repoDir, rev, "package.json"))?.scripts ?? null);
  return {
    workOrderId: workOrder.value.id,
    workOrderKind: workOrder.value.kind,
    workOrderHash: `sha256:${input.hash(workOrder.text)}`,
    headSha: input.candidate,
    mainSha: input.mainSha,
    report: {
      trusted: input.trusted,
      headSha: report.head,
      baseSha: report.base,
      workOrderId: report.workOrder?.id,
      workOrderHash: report.workOrder?.contentHash ?? "",
      digest: input.reportDigest,
      gates: report.gates.map((gate) => ({ id: gate.id, status: gate.status, required: gate.required, ...gate.status === "pass" ? {} : { why: gateWhy(gate) } }))
    },
    changes: await git.diff(repoDir, base, input.candidate),
    packageScriptsChanged: await scripts(base) !== await scripts(input.candidate),
    // An approval is for the agent branch commit the reviewer read; it carries over to a candidate built
    // from exactly that commit (any later push changes the SHA and voids it).
    approvals: input.approvals.filter((a) => a.sha === input.branchSha).map((a) => ({ ...a, sha: input.candidate })),
    approve: { sha: input.branchSha, how: `shopfloor approve ${workOrder.value.id} --sha ${input.branchSha.slice(0, 12)}, with --permission admin for a dangerous change` },
    requester: void 0,
    agentActor: "shopfloor-agent",
    holds: [],
    acceptanceGates: (workOrder.value.acceptance.commands ?? []).map((command) => `acceptance:${command.name}`)
  };
}
function safeJson(text) {
  if (text === void 0) return void 0;
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}

// src/workflows/loop/merge-candidate.ts
async function mergeTree(git, repoDir, mainSha, branchSha) {
  const result = await git.raw(repoDir, ["merge-tree", "--write-tree", "--name-only", "--no-messages", mainSha, branchSha]);
  const [tree, ...rest] = result.stdout.split("\n").filter(Boolean);
  if (result.exitCode === 0 && tree) return { ok: true, tree };
  if (result.exitCode === 1) return { ok: false, conflicts: rest };
  throw new Error(`git merge-tree ${mainSha.slice(0, 12)} ${branchSha.slice(0, 12)} failed: ${result.stderr.trim()}`);
}
async function commitMerge(git, repoDir, tree, parents, message) {
  const result = await git.raw(repoDir, ["commit-tree", tree, "-p", parents[0], "-p", parents[1], "-m", message]);
  if (result.exitCode !== 0) throw new Error(`git commit-tree failed: ${result.stderr.trim()}`);
  return result.stdout.trim();
}

// src/workflows/loop/main-ledger.ts
var ledgerRef = (main) => `refs/shopfloor/landed/${main}`;
async function moveMain(git, repoDir, main, next, old) {
  return git.updateRefs(repoDir, [
    { ref: `refs/heads/${main}`, newSha: next, expectedOld: old },
    { ref: ledgerRef(main), newSha: next, expectedOld: old }
  ]);
}
async function checkMain(git, repoDir, main) {
  const [sha, ledger] = await Promise.all([git.revParse(repoDir, `refs/heads/${main}`), git.revParse(repoDir, ledgerRef(main))]);
  if (sha && sha === ledger) return { ok: true, sha };
  const what = sha ? `${main} is at ${sha.slice(0, 12)}` : `${main} was deleted`;
  return {
    ok: false,
    sha: sha ?? "",
    message: `${what}, which Shopfloor did not merge (it left ${main} at ${ledger?.slice(0, 12) ?? "nothing"}); something outside the loop moved it during this run, so the loop stopped and merged nothing on top of it. Look at \`git log ${ledger?.slice(0, 12) ?? main}..${main}\`; if that change is yours, run shopfloor run again to continue from ${main} as it is`
  };
}
async function adoptMain(git, repoDir, main) {
  const sha = await git.revParse(repoDir, `refs/heads/${main}`);
  const ledger = await git.revParse(repoDir, ledgerRef(main));
  let note;
  if (ledger && ledger !== sha) {
    if (!await git.isAncestor(repoDir, ledger, sha)) note = `${main} was rewound or rewritten since the last run (from ${ledger.slice(0, 12)} to ${sha.slice(0, 12)}); continuing from it as it is`;
    else {
      const commits = await git.log(repoDir, { from: ledger, to: sha, firstParent: true });
      note = `${commits.length} commit(s) reached ${main} outside the loop since its last run (${commits.slice(0, 3).map((c) => `${c.sha.slice(0, 12)} "${c.subject}"`).join(", ")}${commits.length > 3 ? ", \u2026" : ""}); taken as the starting point`;
    }
  }
  if (ledger !== sha) await git.updateRef(repoDir, ledgerRef(main), sha, ledger ?? "");
  return { sha, ...note ? { note } : {} };
}

// src/workflows/loop/land-work-order.ts
var loopNotesRef = "refs/notes/shopfloor";
var maxAttempts = 5;
async function landWorkOrder(input, options, ports) {
  const { git } = ports;
  const { repoDir, main } = options;
  const id = input.workOrder.value.id;
  const conductor = (text) => input.recorder.appendLine("conductor", text, { source: "system" });
  const direct = (body) => body();
  const outer = options.speculative ? direct : input.withMain;
  const inner = options.speculative ? input.withMain : direct;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const outcome = await outer(() => tryOnce(attempt));
    if (outcome !== "retry") return outcome;
  }
  return { kind: "held", reasons: [{ code: "base-moved", message: `main kept moving during ${maxAttempts} verifications`, releaseBy: "run again when main is quieter" }] };
  async function tryOnce(attempt) {
    const ledger = await checkMain(git, repoDir, main);
    if (!ledger.ok) return { kind: "held", reasons: [{ code: "held", message: ledger.message, releaseBy: "inspect main, then run shopfloor run again" }] };
    const mainSha = ledger.sha;
    const facts = await readLoopFacts(git, repoDir, mainSha);
    const already = facts.merged.get(id);
    if (already && !facts.reverted.has(already.mergeSha)) return { kind: "already-merged", sha: already.mergeSha };
    const merged = await mergeTree(git, repoDir, mainSha, input.branchSha);
    if (!merged.ok) {
      return { kind: "held", reasons: [{ code: "held", message: `${input.branch} conflicts with main ${mainSha.slice(0, 12)} in ${merged.conflicts.join(", ") || "some files"}`, releaseBy: `retry it so the agent redoes it on the new main: shopfloor run --retry ${id}` }] };
    }
    const subject = `Merge ${id}: ${input.workOrder.value.title}`;
    const trailers = { workOrder: id, agentBranch: input.branch };
    const candidate = await commitMerge(git, repoDir, merged.tree, [mainSha, input.branchSha], renderMergeMessage(subject, { ...trailers, reportDigest: "pending" }));
    await conductor(`attempt ${attempt}: candidate ${candidate.slice(0, 12)} = main ${mainSha.slice(0, 12)} + ${input.branch} (--no-ff); verifying that exact tree`);
    await input.recorder.markSection("verifier", "active");
    const started = ports.clock();
    const verified = await verifyChange({
      ...ports.verify,
      repoDir,
      base: mainSha,
      head: candidate,
      workOrder: input.workOrder,
      policy: input.policy,
      policyFile: ".github/shopfloor.yml",
      policyText: input.policyText,
      runId: `${input.runId}-v${attempt}`,
      scratchDir: options.worktreesDir,
      ...options.signal ? { signal: options.signal } : {},
      ...input.refused ? { refused: input.refused } : {},
      ...input.agents ? { agents: input.agents } : {},
      onProgress: followGates(input.recorder, input.onGates)
    });
    input.onGatesMs(ports.clock() - started);
    await input.recorder.markSection("verifier", verified.passed ? "done" : "failed");
    const reportText = await ports.readText(verified.reportPath);
    const check = checkReport(reportText, verified.reportPath, ports.trusted, ports.verifier, candidate);
    const current = await git.revParse(repoDir, `refs/heads/${main}`);
    const mergeFacts = await gatherMergeFacts({ git, repoDir, workOrder: input.workOrder, report: verified.report, reportDigest: verified.reportDigest, trusted: check.ok, candidate, branchSha: input.branchSha, mainSha: current, approvals: await ports.approvalsFor(id), hash: ports.hash });
    const decision = decideMerge(mergeFacts, input.policy);
    if (decision.action === "hold") {
      if (decision.reasons.every((reason) => reason.code === "base-moved")) {
        await conductor(`main moved to ${current.slice(0, 12)} while verifying; rebuilding the candidate on it`);
        return "retry";
      }
      return { kind: "held", reasons: decision.reasons };
    }
    const outcome = await inner(async () => {
      const message = renderMergeMessage(subject, { ...trailers, reportDigest: verified.reportDigest });
      const final = await commitMerge(git, repoDir, merged.tree, [mainSha, input.branchSha], message);
      await git.notesAdd(repoDir, loopNotesRef, final, reportText);
      if (!await moveMain(git, repoDir, main, final, mainSha)) return void 0;
      await ports.record(mergeAttemptLine(id, ports.clock()));
      await conductor(`merged: main ${mainSha.slice(0, 12)} \u2192 ${final.slice(0, 12)} (compare-and-swap; report ${verified.reportDigest.slice(0, 19)}\u2026 proves tree ${merged.tree.slice(0, 12)})`);
      await input.afterMerge({ oldSha: mainSha, sha: final, reportDigest: verified.reportDigest, attempts: attempt });
      return final;
    });
    if (outcome) return { kind: "merged", oldSha: mainSha, sha: outcome, reportDigest: verified.reportDigest, attempts: attempt };
    await conductor("main moved before the compare-and-swap; rebuilding the candidate on the new main");
    return "retry";
  }
}

// src/workflows/loop/land-revert.ts
async function landRevert(input, options, ports) {
  const { git } = ports;
  const { repoDir } = options;
  const branchSha = await git.revParse(repoDir, `refs/heads/${input.branch}`);
  const tree = await mergeTree(git, repoDir, input.mainSha, branchSha);
  if (!tree.ok) return { ok: false, reason: `the revert branch ${input.branch} no longer merges into ${input.mainSha.slice(0, 12)} (${tree.conflicts.join(", ")})` };
  const message = (reportDigest) => renderRevertMergeMessage({ culprit: input.culprit, subject: input.subject, branch: input.branch, reportDigest });
  const candidate = await commitMerge(git, repoDir, tree.tree, [input.mainSha, branchSha], message("pending"));
  const verified = await verifyChange({
    ...ports.verify,
    repoDir,
    base: input.mainSha,
    head: candidate,
    policy: input.policy,
    policyFile: ".github/shopfloor.yml",
    policyText: input.policyText,
    runId: input.runId,
    scratchDir: options.worktreesDir,
    ...options.signal ? { signal: options.signal } : {}
  });
  if (!verified.passed) return { ok: false, reason: `the revert's merge into main failed verification: ${verified.report.verdict.reasons.join("; ")}` };
  const final = await commitMerge(git, repoDir, tree.tree, [input.mainSha, branchSha], message(verified.reportDigest));
  await git.notesAdd(repoDir, loopNotesRef, final, await ports.readText(verified.reportPath));
  if (!await moveMain(git, repoDir, options.main, final, input.mainSha)) {
    const check = await checkMain(git, repoDir, options.main);
    return { ok: false, reason: check.ok ? "main moved while the revert was verified; the next run redoes it" : check.message };
  }
  return { ok: true, sha: final, reportDigest: verified.reportDigest };
}

// src/workflows/loop/guard-main.ts
var maxReverts = 2;
async function guardMain(sha, input, options, ports) {
  const canaryPolicy = input.policy.canary;
  if (!canaryPolicy) return;
  const { git, runner, scratch } = ports;
  const { repoDir } = options;
  const canaryPorts = { git, runner, scratch };
  const box = gateBoxSettings(runner.isolation, input.policy.isolation);
  if (!box.ok) {
    input.emit({ type: "revert-held", culprit: "", reasons: [box.message] });
    return;
  }
  const now = () => new Date(ports.clock());
  for (let round = 0; round <= maxReverts; round++) {
    let started = ports.clock();
    const canary = await runCanary({ repoDir, box: box.settings, rev: sha, policy: canaryPolicy, env: options.env, policyEnv: input.policy.env ?? [], now, ...options.signal ? { signal: options.signal } : {} }, canaryPorts);
    const { verdict } = canary;
    input.emit({ type: "canary", sha, verdict: verdict.verdict, regressed: verdict.regressed, ms: ports.clock() - started });
    input.emit({ type: "timing", phase: "canary", ms: ports.clock() - started });
    await input.say(`canary ${verdict.verdict} on ${sha.slice(0, 12)}${verdict.regressed.length ? `: regressed ${verdict.regressed.join(", ")}` : ""}`);
    if (verdict.verdict !== "RED") return;
    const flow = canaryPolicy.flows.find((f) => verdict.regressed.includes(f.id));
    if (!canary.lastGood || !flow) {
      input.emit({ type: "revert-held", culprit: "", reasons: [canary.lastGood ? "the build regressed, not a flow; fix the build" : "no last-known-good commit to bisect from; fix main by hand, then run the canary"] });
      return;
    }
    started = ports.clock();
    const timeoutMs = flow.timeout ? parseDuration(flow.timeout) : void 0;
    const bisect = await runBisect({
      repoDir,
      box: box.settings,
      good: canary.lastGood,
      bad: sha,
      command: flow.run,
      env: buildEnvironment(options.env, { allow: commandEnvNames(input.policy.env, flow.env), platform: runner.platform }).env,
      options: { runners: 1, flakeRate: canary.flakeRates[flow.id] ?? canaryPolicy.flakeRate },
      ...timeoutMs ? { timeoutMs } : {},
      ...options.signal ? { signal: options.signal } : {}
    }, canaryPorts);
    input.emit({ type: "timing", phase: "bisect", ms: ports.clock() - started });
    if (!bisect.ok || bisect.plan.kind !== "found") {
      const why = !bisect.ok ? bisect.message : bisect.plan.kind === "no-regression" ? "the red did not reproduce (a flake)" : `bisect ended with ${bisect.plan.kind}, no single culprit`;
      input.emit({ type: "revert-held", culprit: "", reasons: [why], ...bisect.ok && bisect.plan.kind === "no-regression" ? { flake: true } : {} });
      await input.say(`no revert: ${why}`);
      return;
    }
    const culprit = bisect.plan.culprit.sha;
    input.emit({ type: "culprit", sha: culprit, subject: bisect.subjects[culprit] ?? "", confidence: bisect.plan.confidence, runs: bisect.plan.runs, ms: ports.clock() - started });
    const evidence = await ports.verify.store.put(`${JSON.stringify({ good: bisect.good, bad: bisect.bad, command: flow.run, range: bisect.range, rounds: bisect.rounds, plan: bisect.plan, probes: bisect.probes, subjects: bisect.subjects }, null, 2)}
`);
    await input.say(`culprit ${culprit.slice(0, 12)} "${bisect.subjects[culprit] ?? ""}" (confidence ${bisect.plan.confidence.toFixed(4)}, ${bisect.plan.runs} runs; bisect plan ${evidence.slice(0, 19)}\u2026)`);
    started = ports.clock();
    let counter = 0;
    const revert = await runRevert(
      { repoDir, culprit, onto: sha, policy: input.policy, nowMs: ports.clock(), confidence: bisect.plan.confidence, failingCheck: { name: flow.id, run: flow.run, ...flow.env ? { env: flow.env } : {} } },
      {
        git,
        scratch,
        filesAt: ports.verify.filesAt,
        gates: createVerifyGateVerifier({ verify: ports.verify, policy: input.policy, policyText: input.policyText, scratchDir: options.worktreesDir, runId: () => `revert-${culprit.slice(0, 12)}-${ports.randomHex(3)}-${++counter}`, noteRef: loopNotesRef, ...options.signal ? { signal: options.signal } : {} }),
        trialCanary: async (rev) => (await runCanary({ repoDir, box: box.settings, rev, policy: canaryPolicy, env: options.env, policyEnv: input.policy.env ?? [], now, record: false }, canaryPorts)).verdict.verdict
      }
    );
    if (!revert.ok || !revert.created || !revert.merge.autoMerge) {
      const reasons = !revert.ok ? [revert.message] : !revert.created ? revert.plan.reasons.map((r) => r.message) : revert.merge.reasons;
      input.emit({ type: "revert-held", culprit, reasons });
      await input.say(`revert of ${culprit.slice(0, 12)} not merged: ${reasons.join("; ")}`);
      return;
    }
    const landed = await landRevert({ mainSha: sha, branch: revert.plan.branch, culprit, subject: bisect.subjects[culprit] ?? culprit, policy: input.policy, policyText: input.policyText, runId: `revert-${culprit.slice(0, 12)}-${ports.randomHex(3)}-merge` }, options, ports);
    if (!landed.ok) {
      input.emit({ type: "revert-held", culprit, reasons: [landed.reason] });
      await input.say(`revert of ${culprit.slice(0, 12)} not merged: ${landed.reason}`);
      return;
    }
    const merged = landed.sha;
    input.emit({ type: "reverted", culprit, sha: merged, bugWorkOrder: revert.workOrder.id, ms: ports.clock() - started });
    input.emit({ type: "timing", phase: "revert", ms: ports.clock() - started });
    await input.say(`revert merged: main ${sha.slice(0, 12)} \u2192 ${merged.slice(0, 12)} (gates: ${revert.gates.summary}; trial canary ${revert.canary ?? "n/a"}); bug work order ${revert.workOrder.path}`);
    await input.moved(sha, merged);
    sha = merged;
  }
}

// src/workflows/loop/guard-starting-main.ts
async function guardStartingMain(sha, input, options, ports) {
  const said = [];
  let run;
  let red = false;
  let outcome = "";
  const emit = (event) => {
    if (event.type === "canary") {
      red ||= event.verdict !== "GREEN";
      outcome = `canary ${event.verdict} on ${event.sha.slice(0, 12)}`;
    }
    if (event.type === "reverted") outcome = `reverted ${event.culprit.slice(0, 12)} as ${event.sha.slice(0, 12)}; bug work order ${event.bugWorkOrder}`;
    if (event.type === "revert-held") outcome = `${outcome}; no revert${event.culprit ? ` of ${event.culprit.slice(0, 12)}` : ""}: ${event.reasons.join("; ")}`;
    input.emit(event);
  };
  const say = async (text) => {
    said.push(text);
    if (!red) return;
    if (!run) {
      run = await ports.openRun(loopRunId(ports.clock(), "guard-main", ports.randomHex(3)), `Guard ${options.main} at ${sha.slice(0, 12)}: the canary is not GREEN; bisect and revert`);
      await run.recorder.setStatus("running", `guarding ${options.main} at ${sha.slice(0, 12)}`);
      await run.recorder.markSection("conductor", "active");
      for (const line of said) await run.recorder.appendLine("conductor", line, { source: "system" });
      return;
    }
    await run.recorder.appendLine("conductor", text, { source: "system" });
  };
  try {
    await guardMain(sha, { ...input, emit, say }, options, ports);
    await run?.recorder.markSection("conductor", "done");
    await run?.recorder.setStatus("completed", outcome);
  } catch (error) {
    await run?.recorder.markSection("conductor", "failed").catch(() => void 0);
    await run?.recorder.setStatus("failed", error instanceof Error ? error.message : String(error)).catch(() => void 0);
    throw error;
  } finally {
    await run?.close();
  }
}

// src/workflows/loop/export-work.ts
async function exportWork(git, repoDir, input) {
  const remotes = await git.remotes(repoDir);
  if (remotes.length > 0) {
    const remote = remotes.includes("origin") ? "origin" : remotes[0];
    try {
      await git.push(repoDir, remote, [`refs/heads/${input.branch}:refs/heads/${input.branch}`]);
      return `pushed ${input.branch} to ${remote}`;
    } catch (error) {
      return `could not push ${input.branch} to ${remote} (${error instanceof Error ? error.message.split("\n")[0] : String(error)}); the branch is still local`;
    }
  }
  const dir = `${input.patchesDir}/${input.workOrderId}`;
  await input.resetDir(dir);
  await git.formatPatch(repoDir, `${input.base}..${input.branch}`, dir);
  const count = (await git.raw(repoDir, ["rev-list", "--count", `${input.base}..${input.branch}`])).stdout.trim();
  return `${count} patch(es) in ${dir} (apply with git am)`;
}

// src/workflows/loop/attempt-notes.ts
var attemptNotesRef = "refs/notes/shopfloor-attempts";
async function readAttemptNote(git, repoDir, sha) {
  const text = await git.notesShow(repoDir, attemptNotesRef, sha);
  if (!text) return void 0;
  try {
    const record = JSON.parse(text);
    return typeof record.workOrderHash === "string" && typeof record.attempt === "number" ? record : void 0;
  } catch {
    return void 0;
  }
}
async function writeAttemptNote(git, repoDir, sha, record) {
  await git.notesAdd(repoDir, attemptNotesRef, sha, JSON.stringify(record));
}

// src/core/loop/choose-attempt.ts
function chooseAttempt(attempts, input) {
  const newestFirst = [...attempts].sort((a, b) => (b.record?.attempt ?? 0) - (a.record?.attempt ?? 0));
  const number2 = (newestFirst[0]?.record?.attempt ?? newestFirst.length) + 1;
  const current = newestFirst.find((a) => !a.record || a.record.workOrderHash === input.workOrderHash);
  if (input.retry) return { kind: "new", why: "retry", number: number2, ...current ?? newestFirst[0] ? { previous: current ?? newestFirst[0] } : {} };
  if (!current) return newestFirst[0] ? { kind: "new", why: "edited", number: number2, previous: newestFirst[0] } : { kind: "new", why: "first", number: number2 };
  const held = current.record?.held;
  if (!held) return { kind: "reuse", why: input.acceptDrop && current.record?.refused?.length ? "drop-accepted" : "resumed", attempt: current };
  if (input.acceptDrop && current.record?.refused?.length) return { kind: "reuse", why: "drop-accepted", attempt: current };
  if (current.approvals > held.approvals) return { kind: "reuse", why: "approved", attempt: current };
  if (held.policyDigest !== void 0 && input.policyDigest !== void 0 && held.policyDigest !== input.policyDigest) return { kind: "reuse", why: "policy-changed", attempt: current };
  return { kind: "held", attempt: current };
}

// src/workflows/loop/gather-attempts.ts
async function gatherAttempts(git, repoDir, mainSha, branches, approvals) {
  const attempts = [];
  for (const fact of branches) {
    const own = await git.raw(repoDir, ["rev-list", "--count", `${mainSha}..${fact.sha}`]);
    if (own.stdout.trim() === "0") continue;
    const record = await readAttemptNote(git, repoDir, fact.sha);
    attempts.push({ branch: fact.branch, sha: fact.sha, ...record ? { record } : {}, approvals: approvals.filter((a) => a.sha === fact.sha).length });
  }
  return attempts;
}

// src/workflows/loop/pre-agent-holds.ts
var preAgentHoldsRef = "refs/notes/shopfloor-holds";
async function workOrderBlob(git, repoDir, rev, file) {
  const result = await git.raw(repoDir, ["rev-parse", "--verify", "--quiet", `${rev}:${file}`]);
  const sha = result.stdout.trim();
  return result.exitCode === 0 && /^[0-9a-f]{40,64}$/.test(sha) ? sha : void 0;
}
async function readPreAgentHold(git, repoDir, blob, now) {
  const text = await git.notesShow(repoDir, preAgentHoldsRef, blob);
  if (!text) return void 0;
  let hold;
  try {
    hold = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (typeof hold.workOrderHash !== "string" || !Array.isArray(hold.reasons) || typeof hold.releaseBy !== "string") return void 0;
  return !hold.released && hold.workOrderHash === now.workOrderHash && hold.policyHash === now.policyHash ? hold : void 0;
}
async function readPreAgentHolds(git, repoDir, rev, workOrders, policyHash) {
  const noted = await git.raw(repoDir, ["notes", `--ref=${preAgentHoldsRef}`, "list"]);
  const annotated = new Set(noted.exitCode === 0 ? noted.stdout.split("\n").map((line) => line.split(" ")[1]).filter((sha) => Boolean(sha)) : []);
  const holds = /* @__PURE__ */ new Map();
  if (annotated.size === 0) return holds;
  const tree = await git.raw(repoDir, ["ls-tree", "-r", rev, "--", "workorders/"]);
  const blobs = new Map(tree.stdout.split("\n").map((line) => /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(line)).filter((m) => m !== null).map((m) => [m[2], m[1]]));
  for (const workOrder of workOrders) {
    const blob = blobs.get(workOrder.file);
    if (!blob || !annotated.has(blob)) continue;
    const hold = await readPreAgentHold(git, repoDir, blob, { workOrderHash: workOrder.workOrderHash, policyHash });
    if (hold && hold.workOrderId === workOrder.id) holds.set(workOrder.id, hold);
  }
  return holds;
}
async function writePreAgentHold(git, repoDir, blob, hold) {
  await git.notesAdd(repoDir, preAgentHoldsRef, blob, JSON.stringify(hold));
}

// src/workflows/loop/prepare-agent-branch.ts
function releaseHint(id, file, refused) {
  const widen = `edit ${file} (${refused ? "e.g. widen scope.paths" : "its goal, acceptance or scope"}) and run again: an edited work order gets a fresh agent attempt`;
  const retry = `or retry it unchanged: shopfloor run --retry ${id} (/shopfloor retry on GitHub)`;
  return refused ? `${widen}; ${retry}; or accept dropping the refused part: shopfloor run --accept-drop ${id} (/shopfloor accept-drop on GitHub)` : `${widen}; ${retry}`;
}
async function prepareAgentBranch(input, options, ports) {
  const { git } = ports;
  const { repoDir } = options;
  const { value: workOrder, file } = input.workOrder;
  const conductor = (text) => input.recorder.appendLine("conductor", text, { source: "system" });
  const workOrderHash = `sha256:${ports.hash(input.workOrder.text)}`;
  const approvals = await ports.approvalsFor(workOrder.id);
  const attempts = await gatherAttempts(git, repoDir, input.mainSha, input.existing, approvals);
  const acceptDrop = options.acceptDrop?.ids.includes(workOrder.id) ?? false;
  const choice = chooseAttempt(attempts, { workOrderHash, retry: options.retry?.includes(workOrder.id) ?? false, acceptDrop, policyDigest: `sha256:${ports.hash(input.policyText)}` });
  const told = describeChoice(choice, workOrder.id);
  await conductor(told);
  const story = choice.kind === "new" && choice.why === "first" ? void 0 : told;
  const scopeOutside = input.policy.scope.outside;
  if (choice.kind === "held") {
    const record2 = choice.attempt.record;
    const message = `held since run ${record2.held.runId} and unchanged since (${choice.attempt.branch}): ${record2.held.reasons.join("; ")}`;
    return { ok: false, state: "held", message, releaseBy: releaseHint(workOrder.id, file, (record2.refused ?? []).length > 0), refused: record2.refused ?? [], ...story ? { story } : {} };
  }
  if (choice.kind === "reuse") {
    const { attempt } = choice;
    let record2 = attempt.record ?? { workOrderHash, attempt: 1, runId: input.runId };
    if (choice.why === "drop-accepted" && !record2.dropAccepted) {
      const { held: _held, ...rest } = record2;
      record2 = { ...rest, dropAccepted: { by: options.acceptDrop.by, at: new Date(ports.clock()).toISOString() } };
      await writeAttemptNote(git, repoDir, attempt.sha, record2);
      await conductor(`decision: ${record2.dropAccepted.by} accepted dropping the refused change to ${(record2.refused ?? []).join(", ")} (kept as ${record2.refusedPatch ?? "no patch"}); the in-scope part of ${attempt.branch} goes on to verification`);
    }
    const base = (await git.raw(repoDir, ["merge-base", input.mainSha, attempt.sha])).stdout.trim();
    const refusedChanges2 = refusedOf(record2, scopeOutside);
    return { ok: true, branch: attempt.branch, sha: attempt.sha, base, reused: true, refused: record2.refused ?? [], agentMs: 0, record: record2, ...story ? { story } : {}, ...refusedChanges2 ? { refusedChanges: refusedChanges2 } : {} };
  }
  const provider = await ports.providerFor(workOrder);
  const held = await recordPreAgentHold({ ...input, workOrderHash }, provider.ok ? void 0 : provider, options, ports);
  if (held) await conductor(held);
  if (!provider.ok) {
    const releaseBy = preAgentReleaseHint(workOrder.id, file, provider.releaseBy);
    return { ok: false, state: "held", message: `no implementer: ${provider.reason}`, releaseBy, refused: [], ...story ? { story } : {} };
  }
  const shortId = ports.hash(`${workOrder.id}\0${input.mainSha}\0${input.runId}`).slice(0, 8);
  const worktreeDir = `${options.worktreesDir}/${input.runId}-agent`;
  input.onImplementing();
  const started = ports.clock();
  const result = await implementWorkOrder({
    repoDir,
    workOrder,
    policy: { ...input.policy.agents ? { agents: input.policy.agents } : {}, ...input.policy.isolation ? { isolation: input.policy.isolation } : {}, ...input.policy.setup ? { setup: input.policy.setup } : {} },
    provider: provider.provider,
    recorder: keepOpen(input.recorder),
    git,
    runner: ports.runner,
    clock: ports.clock,
    worktreeDir,
    shortId,
    createWorkspace: ports.createWorkspace,
    hash: ports.hash,
    environment: options.env,
    secrets: options.secrets,
    base: input.mainSha,
    ...provider.ownKeyEnv ? { ownKeyEnv: provider.ownKeyEnv } : {},
    ...options.signal ? { signal: options.signal } : {}
  }).finally(() => git.removeWorkCopy(worktreeDir).catch(() => void 0));
  const agentMs = ports.clock() - started;
  await ports.record({ type: "agent-spend", at: new Date(ports.clock()).toISOString(), workOrder: workOrder.id, costUsd: result.usage.costUsd, tokens: result.usage.tokens, turns: result.usage.turns });
  const refused = [...result.refusals, ...result.outOfScope.map((entry) => `${entry.path}: ${entry.reason}`)];
  const refusedPaths = result.outOfScope.map((entry) => entry.path);
  const patch = result.refusedPatch ? ports.verify.store.pathOf(await ports.verify.store.put(result.refusedPatch)) : void 0;
  if (patch) await conductor(`kept the refused change to ${refusedPaths.join(", ")} as a patch: ${patch} (git apply it to take it back)`);
  if (result.terminal.kind !== "finished" || !result.commit) {
    await git.deleteRef(repoDir, `refs/heads/${result.branch}`);
    const why = result.terminal.kind !== "finished" ? `the implementer stopped: ${result.terminal.kind}${"message" in result.terminal ? ` \u2014 ${result.terminal.message}` : ""}` : `the implementer changed nothing in scope${patch ? ` (its out-of-scope change is kept as ${patch})` : ""}`;
    await conductor(`${why}; branch ${result.branch} deleted`);
    return { ok: false, state: "failed", message: why, releaseBy: "fix the work order (goal, scope, budget) or the transcript, then run again", refused, ...story ? { story } : {} };
  }
  const record = {
    workOrderHash,
    attempt: choice.number,
    runId: input.runId,
    ...choice.previous ? { supersedes: choice.previous.branch } : {},
    ...refusedPaths.length > 0 ? { refused: refusedPaths } : {},
    ...patch ? { refusedPatch: patch } : {},
    // Kept with the attempt, so the report signed for it (now or when it is reused) names what it cost.
    spend: {
      role: "implementer",
      provider: provider.provider.name,
      ...provider.provider.kind === "external" && provider.provider.preset ? { preset: provider.provider.preset } : {},
      turns: Math.round(result.usage.turns),
      tokens: Math.round(result.usage.tokens),
      costUsd: result.usage.costUsd,
      wallMs: Math.round(agentMs)
    }
  };
  await writeAttemptNote(git, repoDir, result.commit, record);
  const refusedChanges = refusedOf(record, scopeOutside);
  return { ok: true, branch: result.branch, sha: result.commit, base: result.base, reused: false, refused, agentMs, record, ...story ? { story } : {}, ...refusedChanges ? { refusedChanges } : {} };
}
function preAgentReleaseHint(id, file, fix) {
  return `${fix}; then shopfloor run --retry ${id} (/shopfloor retry on GitHub), or edit ${file} or the policy on main: either one is dispatched again`;
}
async function recordPreAgentHold(input, refusal, options, ports) {
  const { git } = ports;
  const { file, value } = input.workOrder;
  const blob = await workOrderBlob(git, options.repoDir, input.mainSha, file);
  if (!blob) return refusal ? `no implementer: ${refusal.reason} (the hold is not kept: ${file} is not committed on ${options.main})` : void 0;
  const policyHash = `sha256:${ports.hash(input.policyText)}`;
  const at = new Date(ports.clock()).toISOString();
  const standing = await readPreAgentHold(git, options.repoDir, blob, { workOrderHash: input.workOrderHash, policyHash });
  if (!refusal) {
    if (!standing) return void 0;
    await writePreAgentHold(git, options.repoDir, blob, { ...standing, released: { runId: input.runId, at } });
    return `decision: the hold of run ${standing.runId} (no implementer) is released: an implementer was found`;
  }
  const releaseBy = preAgentReleaseHint(value.id, file, refusal.releaseBy);
  await writePreAgentHold(git, options.repoDir, blob, { workOrderId: value.id, workOrderHash: input.workOrderHash, policyHash, runId: input.runId, at, reasons: [`no implementer: ${refusal.reason}`], releaseBy });
  return `held: no implementer: ${refusal.reason} \u2014 release: ${releaseBy}`;
}
function refusedOf(record, outside) {
  if (!record.refused || record.refused.length === 0) return void 0;
  const decision = record.dropAccepted ? "accepted" : outside;
  return { paths: record.refused, ...record.refusedPatch ? { patch: record.refusedPatch } : {}, decision, ...record.dropAccepted ? { decidedBy: record.dropAccepted.by } : {} };
}
function describeChoice(choice, id) {
  switch (choice.kind) {
    case "held":
      return `still held: ${choice.attempt.branch} was held in run ${choice.attempt.record.held.runId} and neither it, the work order nor the policy changed since; not re-verified, no new agent attempt`;
    case "reuse":
      return choice.why === "drop-accepted" ? `reusing ${choice.attempt.branch}: dropping its refused part was accepted` : choice.why === "approved" ? `reusing ${choice.attempt.branch}: approved since it was held; verifying it again` : choice.why === "policy-changed" ? `reusing ${choice.attempt.branch}: the policy changed since it was held; verifying the same commit again under the new policy (no new agent attempt)` : `reusing ${choice.attempt.branch} at ${choice.attempt.sha.slice(0, 12)}: a previous run already implemented ${id} from the work order as it is now`;
    case "new":
      return choice.why === "edited" ? `fresh agent attempt ${choice.number}: the work order changed since ${choice.previous.branch} was made; that branch stays as it was` : choice.why === "retry" ? `fresh agent attempt ${choice.number}: retry asked (shopfloor run --retry ${id})${choice.previous ? `; the previous attempt stays as ${choice.previous.branch}` : ""}` : `first agent attempt at ${id}`;
  }
}
function keepOpen(recorder) {
  return {
    ...recorder,
    setStatus: (status, detail) => recorder.setStatus(status === "completed" || status === "failed" ? "running" : status, detail)
  };
}

// src/workflows/loop/process-work-order.ts
async function processWorkOrder(input, options, ports) {
  const { value } = input.workOrder;
  const runId = loopRunId(ports.clock(), value.id, ports.randomHex(3));
  const run = await ports.openRun(runId, `Land work order ${value.id}: ${value.title}`);
  const { recorder } = run;
  const say = (text) => recorder.appendLine("conductor", text, { source: "system" });
  const startedAtMs = ports.clock();
  const finish = (change) => input.update({ ...change, finishedAtMs: ports.clock() });
  let revertedBy;
  input.update({ state: "dispatched", startedAtMs, runId, detail: void 0, holds: [], gates: [] });
  try {
    await recorder.setStatus("running", `dispatched ${value.id}`);
    await recorder.markSection("conductor", "active");
    const mainSha = await ports.git.revParse(options.repoDir, `refs/heads/${options.main}`);
    await say(`dispatched ${value.id} on main ${mainSha.slice(0, 12)} (run ${runId})`);
    const policyDigest = `sha256:${ports.hash(input.policyText)}`;
    const prepared = await prepareAgentBranch({ workOrder: input.workOrder, policy: input.policy, policyText: input.policyText, mainSha, existing: input.existing, recorder, runId, onImplementing: () => input.update({ state: "implementing" }) }, options, ports);
    if (prepared.story) {
      input.update({ detail: prepared.story });
      input.emit({ type: "attempt", workOrder: value.id, message: prepared.story });
    }
    for (const what of prepared.refused) input.emit({ type: "refused", workOrder: value.id, what });
    if (!prepared.ok) {
      const holds = prepared.state === "held" ? [{ code: "held", message: prepared.message, releaseBy: prepared.releaseBy }] : [];
      finish({ state: prepared.state, detail: prepared.state === "failed" ? prepared.message : prepared.story, holds, refused: prepared.refused });
      input.emit(prepared.state === "held" ? { type: "held", workOrder: value.id, reasons: holds } : { type: "failed", workOrder: value.id, message: prepared.message });
      await recorder.markSection("conductor", prepared.state === "held" ? "done" : "failed");
      await recorder.setStatus(prepared.state === "held" ? "blocked" : "failed", `${prepared.message}; ${prepared.releaseBy}`);
      return;
    }
    input.emit({ type: "timing", phase: "agent", ms: prepared.agentMs });
    input.update({ state: "verifying", branch: prepared.branch, refused: prepared.refused });
    const where = await exportWork(ports.git, options.repoDir, { workOrderId: value.id, branch: prepared.branch, base: prepared.base, patchesDir: options.patchesDir, resetDir: async (dir) => ports.scratch.remove(dir) });
    input.emit({ type: "exported", workOrder: value.id, where });
    await say(`exported: ${where}`);
    const landInput = {
      workOrder: input.workOrder,
      policy: input.policy,
      policyText: input.policyText,
      branch: prepared.branch,
      branchSha: prepared.sha,
      runId,
      recorder,
      ...prepared.refusedChanges ? { refused: prepared.refusedChanges } : {},
      ...spendOf(prepared.record) ? { agents: [spendOf(prepared.record)] } : {},
      onGates: (gates) => input.update({ gates }),
      onGatesMs: (ms) => input.emit({ type: "timing", phase: "gates", ms }),
      withMain: input.withMain,
      afterMerge: async (merge) => {
        input.update({ state: "merged", mergeSha: merge.sha, finishedAtMs: ports.clock() });
        input.emit({ type: "merged", workOrder: value.id, sha: merge.sha, reportDigest: merge.reportDigest, attempts: merge.attempts });
        await input.moved(merge.oldSha, merge.sha);
        const emit = (event) => {
          if (event.type === "reverted" && event.culprit === merge.sha) {
            revertedBy = event.sha;
            input.update({ state: "reverted", detail: `canary RED; reverted by ${event.sha.slice(0, 12)}, bug work order ${event.bugWorkOrder}` });
          }
          input.emit(event);
        };
        await guardMain(merge.sha, { policy: input.policy, policyText: input.policyText, say, emit, moved: input.moved }, options, ports);
      }
    };
    const landed = input.train ? await input.train.land(landInput) : await landWorkOrder(landInput, options, ports);
    if (landed.kind === "held") {
      const refused = prepared.refusedChanges?.decision === "hold" ? prepared.refusedChanges : void 0;
      const reasons = refused ? [
        { code: "held", message: `the agent also changed ${refused.paths.join(", ")} outside the scope of ${value.id}; that part was left out and kept as ${refused.patch ?? "no patch"}, and nobody decided to drop it (policy scope.outside: hold)`, releaseBy: releaseHint(value.id, input.workOrder.file, true) },
        ...landed.reasons.filter((r) => !(r.code === "gate-failed" && /"scope"/.test(r.message)))
      ] : landed.reasons;
      await ports.record(mergeAttemptLine(value.id, ports.clock(), reasons));
      const approvals = (await ports.approvalsFor(value.id)).filter((a) => a.sha === prepared.sha).length;
      await writeAttemptNote(ports.git, options.repoDir, prepared.sha, { ...prepared.record, held: { runId, at: new Date(ports.clock()).toISOString(), reasons: reasons.map((r) => r.message), codes: reasons.map((r) => r.code), approvals, policyDigest } });
      finish({ state: "held", holds: reasons });
      input.emit({ type: "held", workOrder: value.id, reasons });
      for (const reason of reasons) await say(`held: ${reason.message} \u2014 release: ${reason.releaseBy}`);
      await recorder.markSection("conductor", "done");
      await recorder.setStatus("blocked", reasons.map((r) => r.message).join("; "));
      return;
    }
    if (landed.kind === "already-merged") {
      finish({ state: "done", mergeSha: landed.sha, detail: "already merged" });
      await recorder.markSection("conductor", "done");
      await recorder.setStatus("completed", `already merged as ${landed.sha.slice(0, 12)}`);
      return;
    }
    await recorder.markSection("conductor", "done");
    await recorder.setStatus("completed", `merged as ${landed.sha.slice(0, 12)}${revertedBy ? `, then reverted by ${revertedBy.slice(0, 12)} (canary RED)` : ""}`);
  } catch (error) {
    await recorder.markSection("conductor", "failed").catch(() => void 0);
    await recorder.setStatus("failed", error instanceof Error ? error.message : String(error)).catch(() => void 0);
    throw error;
  } finally {
    await run.close();
  }
}
function spendOf(record) {
  const parsed = agentSpendSchema.safeParse(record.spend);
  return parsed.success ? parsed.data : void 0;
}

// src/workflows/loop/folded-notes.ts
var foldedNotesRef = "refs/notes/shopfloor-folded";
async function recordFolded(git, repoDir, from, to, reportDigest) {
  const passed = await git.log(repoDir, { from, to, firstParent: true });
  for (const commit of passed) if (commit.sha !== to) await git.notesAdd(repoDir, foldedNotesRef, commit.sha, JSON.stringify({ landedIn: to, reportDigest }));
}
async function readFolded(git, repoDir, sha) {
  const text = await git.notesShow(repoDir, foldedNotesRef, sha);
  if (!text) return void 0;
  try {
    const record = JSON.parse(text);
    return typeof record.landedIn === "string" && /^[0-9a-f]{40}$/.test(record.landedIn) && typeof record.reportDigest === "string" ? record : void 0;
  } catch {
    return void 0;
  }
}

// src/workflows/loop/verify-train-car.ts
var gateCodes = /* @__PURE__ */ new Set(["gate-failed", "gate-flaky"]);
async function verifyTrainCar(input, options, ports) {
  const { land } = input;
  await land.recorder.markSection("verifier", "active");
  const started = ports.clock();
  const verified = await verifyChange({
    ...ports.verify,
    repoDir: options.repoDir,
    base: input.base,
    head: input.sha,
    workOrder: land.workOrder,
    policy: land.policy,
    policyFile: ".github/shopfloor.yml",
    policyText: land.policyText,
    runId: `${land.runId}-c${input.car}v${input.attempt}`,
    scratchDir: options.worktreesDir,
    signal: input.signal,
    ...land.refused ? { refused: land.refused } : {},
    ...land.agents ? { agents: land.agents } : {},
    onProgress: followGates(land.recorder, land.onGates)
  });
  land.onGatesMs(ports.clock() - started);
  await land.recorder.markSection("verifier", verified.passed ? "done" : "failed");
  const reportText = await ports.readText(verified.reportPath);
  const check = checkReport(reportText, verified.reportPath, ports.trusted, ports.verifier, input.sha);
  const facts = await gatherMergeFacts({
    git: ports.git,
    repoDir: options.repoDir,
    workOrder: land.workOrder,
    report: verified.report,
    reportDigest: verified.reportDigest,
    trusted: check.ok,
    candidate: input.sha,
    branchSha: land.branchSha,
    mainSha: input.base,
    approvals: await ports.approvalsFor(land.workOrder.value.id),
    hash: ports.hash
  });
  const decision = decideMerge(facts, land.policy);
  if (decision.action === "merge") return { kind: "pass", reportDigest: verified.reportDigest, reportText };
  if (!decision.reasons.every((r) => gateCodes.has(r.code))) return { kind: "hold", reasons: decision.reasons };
  const failingGates = verified.report.gates.filter((g) => g.status === "fail" || g.status === "error" || g.status === "flaky").map((g) => g.id);
  return { kind: "fail", flaky: decision.reasons.some((r) => r.code === "gate-flaky"), failingGates, reasons: decision.reasons };
}

// src/workflows/loop/local-train.ts
var short = (sha) => sha.slice(0, 12);
function createLocalTrain(config, options, ports, withMain) {
  const { git } = ports;
  const { repoDir, main } = options;
  let state;
  let stopped;
  let chain = Promise.resolve();
  const entries = /* @__PURE__ */ new Map();
  const cars = /* @__PURE__ */ new Map();
  const say = (entry, text) => entry.input.recorder.appendLine("conductor", text, { source: "system" });
  const feed = (event) => chain = chain.then(() => {
    if (!state) return;
    const step = stepTrain(state, event, { ...config, batch: 1 });
    state = step.state;
    for (const action of step.actions) void apply(action).catch((error) => broke(action, error));
  });
  function broke(action, error) {
    const keys = action.type === "build" ? action.members.map((m) => m.key) : action.type === "land" ? action.members : action.type === "verify" ? cars.get(action.car)?.keys ?? [] : [];
    for (const key of keys) {
      entries.get(key)?.reject(error);
      entries.delete(key);
      void feed({ type: "dequeue", key, reason: "closed" });
    }
  }
  function stop(message) {
    stopped = { code: "held", message, releaseBy: "inspect main, then run shopfloor run again" };
    for (const entry of entries.values()) entry.resolve({ kind: "held", reasons: [stopped] });
    entries.clear();
    for (const work of cars.values()) work.abort.abort();
    state = void 0;
  }
  async function apply(action) {
    switch (action.type) {
      case "build": {
        const member = action.members[0];
        const entry = entries.get(member.key);
        if (!entry) return;
        const { value } = entry.input.workOrder;
        const merged = await mergeTree(git, repoDir, action.base, member.headSha);
        if (!merged.ok) {
          const message2 = `${entry.input.branch} conflicts with ${short(action.base)} in ${merged.conflicts.join(", ") || "some files"}`;
          entry.reasons = [{ code: "held", message: message2, releaseBy: `retry it so the agent redoes it on the new main: shopfloor run --retry ${value.id}` }];
          return feed({ type: "build-failed", car: action.car, key: member.key, detail: message2 });
        }
        const message = renderMergeMessage(`Merge ${value.id}: ${value.title}`, { workOrder: value.id, agentBranch: entry.input.branch });
        const sha = await commitMerge(git, repoDir, merged.tree, [action.base, member.headSha], message);
        cars.set(action.car, { base: action.base, keys: [member.key], abort: new AbortController() });
        await say(entry, `train car ${action.car}: ${short(sha)} = ${short(action.base)}${action.base === state?.main ? " (main)" : " (the car it rides on)"} + ${entry.input.branch} (--no-ff); verifying that exact commit`);
        return feed({ type: "built", car: action.car, sha });
      }
      case "verify": {
        const work = cars.get(action.car);
        const entry = work && entries.get(work.keys[0]);
        if (!work || !entry) return;
        const signal = options.signal ? AbortSignal.any([options.signal, work.abort.signal]) : work.abort.signal;
        let verdict;
        try {
          verdict = await verifyTrainCar({ land: entry.input, base: work.base, sha: action.sha, attempt: action.attempt, car: action.car, signal }, options, ports);
        } catch (error) {
          if (work.abort.signal.aborted) return;
          throw error;
        }
        if (work.abort.signal.aborted) return;
        entry.attempts++;
        if (verdict.kind === "pass") {
          work.report = { digest: verdict.reportDigest };
          await git.notesAdd(repoDir, loopNotesRef, action.sha, verdict.reportText);
          return feed({ type: "verified", car: action.car, sha: action.sha, outcome: "pass" });
        }
        entry.reasons = verdict.reasons;
        if (verdict.kind === "hold") {
          entries.delete(work.keys[0]);
          entry.resolve({ kind: "held", reasons: verdict.reasons });
          return feed({ type: "dequeue", key: work.keys[0], reason: "hold" });
        }
        const tree = carTree(state?.cars ?? [], action.car);
        if (tree.length > 1) await say(entry, `train car ${action.car} failed; its tree holds ${tree.join(", ")}: the train blames a change only once it fails with nothing else unproven in its tree, and verifies the others again`);
        return feed({ type: "verified", car: action.car, sha: action.sha, outcome: verdict.flaky ? "flaky-fail" : "fail", failingGates: verdict.failingGates });
      }
      case "cancel":
        cars.get(action.car)?.abort.abort();
        cars.delete(action.car);
        return;
      case "land":
        return withMain(() => land(action));
      case "evict": {
        const { eviction } = action;
        const entry = entries.get(eviction.key);
        if (!entry) return;
        entries.delete(eviction.key);
        await say(entry, `left the train: ${eviction.reason} in car ${eviction.evidence.car}${eviction.evidence.sha ? ` (${short(eviction.evidence.sha)} on ${short(eviction.evidence.base ?? "")})` : ""}, ${eviction.evidence.attempts} verification(s)${eviction.evidence.failingGates.length ? `, failing ${eviction.evidence.failingGates.join(", ")}` : ""}`);
        entry.resolve({ kind: "held", reasons: entry.reasons ?? [{ code: "held", message: `${eviction.reason} in train car ${eviction.evidence.car}`, releaseBy: eviction.requeue }] });
        return;
      }
    }
  }
  async function land(action) {
    const ledger = await checkMain(git, repoDir, main);
    if (!ledger.ok) return stop(ledger.message);
    if (!await moveMain(git, repoDir, main, action.sha, action.expectedMain)) return feed({ type: "land-failed", car: action.car, main: ledger.sha });
    const proof = cars.get(action.car)?.report;
    if (proof) await recordFolded(git, repoDir, action.expectedMain, action.sha, proof.digest);
    await feed({ type: "landed", car: action.car, sha: action.sha });
    for (const key of action.members) {
      const entry = entries.get(key);
      if (!entry) continue;
      entries.delete(key);
      const merge = { oldSha: action.expectedMain, sha: action.sha, reportDigest: proof?.digest ?? "", attempts: entry.attempts };
      await ports.record(mergeAttemptLine(entry.input.workOrder.value.id, ports.clock()));
      await say(entry, `merged: main ${short(action.expectedMain)} \u2192 ${short(action.sha)} (compare-and-swap, fast-forward to the train car whose report ${merge.reportDigest.slice(0, 19)}\u2026 proves exactly this commit)`);
      await entry.input.afterMerge(merge);
      entry.resolve({ kind: "merged", ...merge });
    }
    const now = await git.revParse(repoDir, `refs/heads/${main}`);
    if (now && now !== action.sha) await feed({ type: "main-moved", sha: now });
  }
  return {
    async land(input) {
      const id = input.workOrder.value.id;
      if (stopped) return { kind: "held", reasons: [stopped] };
      const facts = await readLoopFacts(git, repoDir, main);
      const already = facts.merged.get(id);
      if (already && !facts.reverted.has(already.mergeSha)) return { kind: "already-merged", sha: already.mergeSha };
      state ??= startTrain(facts.mainSha);
      const outcome = new Promise((resolve5, reject) => entries.set(id, { input, resolve: resolve5, reject, attempts: 0 }));
      const candidate = { key: id, workOrderId: id, priority: input.workOrder.value.priority, dependsOn: [], enqueuedAt: ports.clock(), headSha: input.branchSha };
      await feed({ type: "enqueue", candidates: [candidate] });
      return outcome;
    }
  };
}

// src/workflows/loop/read-work-order-states.ts
async function readWorkOrderStates(git, repoDir, main, workOrders, deps) {
  const facts = await readLoopFacts(git, repoDir, main);
  const landed = [...facts.merged.values()];
  const merged = new Set(landed.filter((m) => !facts.reverted.has(m.mergeSha)).map((m) => m.workOrderId));
  const reverted = new Set(landed.filter((m) => facts.reverted.has(m.mergeSha)).map((m) => m.workOrderId));
  const held = /* @__PURE__ */ new Map();
  for (const { value, text } of workOrders) {
    const branches = facts.branches.get(value.id);
    if (!branches || merged.has(value.id) || reverted.has(value.id) || deps.releasing?.has(value.id)) continue;
    const attempts = await gatherAttempts(git, repoDir, facts.mainSha, branches, await deps.approvalsFor(value.id));
    const choice = chooseAttempt(attempts, { workOrderHash: `sha256:${deps.hash(text)}`, retry: false, acceptDrop: false, policyDigest: `sha256:${deps.hash(deps.policyText)}` });
    if (choice.kind !== "held") continue;
    const record = choice.attempt.record.held;
    held.set(value.id, { attempt: choice.attempt, runId: record.runId, reasons: record.reasons, codes: record.codes ?? [] });
  }
  const open2 = workOrders.filter(({ value }) => !held.has(value.id) && !merged.has(value.id) && !reverted.has(value.id) && !deps.releasing?.has(value.id));
  const preAgent = await readPreAgentHolds(git, repoDir, facts.mainSha, open2.map(({ value, file, text }) => ({ id: value.id, file, workOrderHash: `sha256:${deps.hash(text)}` })), `sha256:${deps.hash(deps.policyText)}`);
  for (const [id, hold] of preAgent) held.set(id, { runId: hold.runId, reasons: hold.reasons, codes: hold.reasons.map(() => "held"), releaseBy: hold.releaseBy });
  return { facts, merged, reverted, held };
}

// src/workflows/loop/serialize-git.ts
function createMutex() {
  let tail = Promise.resolve();
  return (job) => {
    const result = tail.then(job, job);
    tail = result.catch(() => void 0);
    return result;
  };
}
function serializeGit(git) {
  const one = createMutex();
  return {
    ...git,
    worktreeAdd: (...args) => one(() => git.worktreeAdd(...args)),
    worktreeRemove: (...args) => one(() => git.worktreeRemove(...args)),
    notesAdd: (...args) => one(() => git.notesAdd(...args))
  };
}

// src/workflows/loop/sync-checkout.ts
var searchDepth = 200;
async function bringCheckoutAlong(git, repoDir, main) {
  if (await git.currentBranch(repoDir) !== main) return void 0;
  const newSha = await git.revParse(repoDir, `refs/heads/${main}`);
  const indexTree = (await git.raw(repoDir, ["write-tree"])).stdout.trim();
  const unstaged = await git.raw(repoDir, ["diff", "--quiet", "--"]);
  const history = await git.raw(repoDir, ["log", "--first-parent", `--max-count=${searchDepth}`, "--format=%H %T", newSha]);
  const synced = history.stdout.split("\n").map((line) => line.split(" ")).find(([, tree]) => tree === indexTree)?.[0];
  if (synced === newSha) return void 0;
  const catchUp = "commit or stash your changes, then: git reset --keep main  (or git read-tree -m -u <the commit you were on> main)";
  if (!synced || unstaged.exitCode !== 0) {
    return `main moved to ${newSha.slice(0, 12)}, but your checkout of main has uncommitted changes, so it was left as it was (git status will show main's new commits as undone); ${catchUp}`;
  }
  const moved = await git.raw(repoDir, ["read-tree", "-m", "-u", synced, newSha]);
  if (moved.exitCode !== 0) return `main moved to ${newSha.slice(0, 12)}, but your checkout could not follow (${moved.stderr.trim()}); ${catchUp}`;
  return `your checkout of main moved along to ${newSha.slice(0, 12)}`;
}

// src/workflows/loop/run-loop.ts
async function runLoop(options, rawPorts) {
  const ports = { ...rawPorts, git: serializeGit(rawPorts.git) };
  const { git } = ports;
  const { repoDir, main } = options;
  const events = [];
  const rows = /* @__PURE__ */ new Map();
  const publish = () => options.onProgress?.([...rows.values()]);
  let red;
  const emit = (event) => {
    events.push(event);
    if (event.type === "canary") red = event.verdict === "RED" ? { sha: event.sha, regressed: event.regressed } : void 0;
    if (event.type === "reverted" || event.type === "revert-held" && event.flake) red = void 0;
    if (event.type === "revert-held" && red) red = { ...red, why: event.reasons.join("; ") };
    options.onEvent?.(event);
  };
  const update = (id, change) => {
    rows.set(id, { ...rows.get(id) ?? idleProgress(id, "ready"), ...change });
    publish();
  };
  const cleaned = await cleanStale(git, repoDir, `refs/heads/${main}`, options.worktreesDir, (dir) => ports.scratch.remove(dir));
  const withMain = createMutex();
  const moved = async () => {
    const message = await bringCheckoutAlong(git, repoDir, main);
    if (message) emit({ type: "checkout", message });
  };
  await moved();
  const first = await readMainInputs(git, repoDir, main);
  if (!first.ok) return { ok: false, message: first.message, rows: [], events, cleaned, mainSha: "" };
  const adopted = await adoptMain(git, repoDir, main);
  if (adopted.note) emit({ type: "main", message: adopted.note });
  const startSha = await git.revParse(repoDir, `refs/heads/${main}`);
  const notes = (await readCanaryNotes(git, repoDir)).filter((n) => n.sha === startSha);
  if (first.policy.canary && (notes.length === 0 || notes.at(-1).note.verdict === "RED")) {
    await withMain(() => guardStartingMain(startSha, { policy: first.policy, policyText: first.policyText, emit, moved }, options, ports));
  }
  const train = options.speculative ? createLocalTrain(resolveTrainConfig(first.policy.merge), options, ports, withMain) : void 0;
  const running = /* @__PURE__ */ new Map();
  const settled = /* @__PURE__ */ new Set();
  let onceSlots = options.parallel;
  let stopped;
  for (; ; ) {
    if (options.signal?.aborted) break;
    const check = await checkMain(git, repoDir, main);
    if (!check.ok) {
      stopped = check.message;
      emit({ type: "main", message: check.message });
      break;
    }
    if (red) {
      stopped = `${main} is RED at ${red.sha.slice(0, 12)} (canary: regressed ${red.regressed.join(", ") || "the build"}) and no revert restored it${red.why ? ` (${red.why})` : ""}; nothing more was dispatched. Fix ${main} (shopfloor canary, shopfloor bisect, shopfloor revert), then run again`;
      emit({ type: "main", message: stopped });
      break;
    }
    const inputs = await readMainInputs(git, repoDir, main);
    if (!inputs.ok) return { ok: false, message: inputs.message, rows: [...rows.values()], events, cleaned, mainSha: "" };
    const releasing = /* @__PURE__ */ new Set([...options.retry ?? [], ...options.acceptDrop?.ids ?? []]);
    const states = await readWorkOrderStates(git, repoDir, main, inputs.workOrders.filter((w) => !running.has(w.value.id) && !settled.has(w.value.id)), { hash: ports.hash, policyText: inputs.policyText, approvalsFor: ports.approvalsFor, releasing });
    const { facts, merged, reverted } = states;
    const plan = planDispatch(inputs.workOrders.map((w) => w.value), { merged, reverted, held: new Set(states.held.keys()), running: new Set(running.keys()), settled, parallel: options.parallel });
    for (const [id, state] of plan.states) {
      const row = rows.get(id);
      if (!row || row.state === "waiting" || row.state === "ready" || state === "reverted" && row.state === "merged") {
        const held = state === "held" ? states.held.get(id) : void 0;
        if (held) {
          const file = inputs.workOrders.find((w) => w.value.id === id).file;
          const releaseBy = held.attempt ? releaseHint(id, file, (held.attempt.record?.refused ?? []).length > 0) : held.releaseBy;
          const what = held.attempt ? held.attempt.branch : `${id} (before any agent work)`;
          update(id, { state, ...held.attempt ? { branch: held.attempt.branch } : {}, detail: `still held: ${what} was held in run ${held.runId} and neither it, the work order nor the policy changed since; not dispatched again`, holds: held.reasons.map((message, i) => ({ code: held.codes[i] ?? "held", message, releaseBy })) });
          continue;
        }
        update(id, { state: state === "done" && row?.state === "merged" ? "merged" : state, ...state === "waiting" ? { detail: `waits for ${plan.waitingOn.get(id)?.join(", ")}` } : { detail: row?.detail } });
      }
    }
    const dispatch = options.once ? plan.dispatch.slice(0, Math.max(0, onceSlots)) : plan.dispatch;
    onceSlots = 0;
    for (const id of dispatch) {
      const workOrder = inputs.workOrders.find((w) => w.value.id === id);
      const job = processWorkOrder({ workOrder, policy: inputs.policy, policyText: inputs.policyText, existing: facts.branches.get(id) ?? [], update: (change) => update(id, change), emit, withMain, moved, ...train ? { train } : {} }, options, ports).catch((error) => {
        const message = error instanceof Error ? error.message : String(error);
        update(id, { state: "failed", detail: message, finishedAtMs: ports.clock() });
        emit({ type: "failed", workOrder: id, message });
      }).finally(() => {
        running.delete(id);
        settled.add(id);
        const row = rows.get(id);
        if (row?.state === "held" && !row.branch) onceSlots += 1;
      });
      running.set(id, job);
    }
    if (running.size === 0) break;
    await Promise.race(running.values());
  }
  await Promise.allSettled(running.values());
  const mainSha = await git.revParse(repoDir, `refs/heads/${main}`);
  const failed = [...rows.values()].some((row) => row.state === "failed");
  return { ok: !failed && !stopped, ...stopped ? { message: stopped } : {}, rows: [...rows.values()], events, cleaned, mainSha };
}

// src/entrypoints/cli/run-lock.ts
import { mkdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
async function acquireRunLock(root) {
  const dir = join(root, ".shopfloor");
  const path = join(dir, "run.lock");
  await mkdir(dir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    if (await createFileAtomic(path, `${process.pid}
`) === "created") return () => rm(path, { force: true });
    {
      const pid = Number((await readFile(path, "utf8").catch(() => "")).trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) throw new UsageError(`another shopfloor run (pid ${pid}) is working on ${root}; wait for it, or stop it first`);
      await rm(path, { force: true });
    }
  }
  throw new UsageError(`could not take ${path}; delete it if no shopfloor run is active`);
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

// src/entrypoints/cli/policy-source-note.ts
async function policySourceNote(git, root, main, committedText) {
  const sha = await git.revParse(root, `refs/heads/${main}`) ?? "";
  const line = `policy: ${policyPath} as committed on ${main} (${sha.slice(0, 12)})`;
  const working = await createNodeRepoFiles(root).read(policyPath).catch(() => void 0);
  if (working === void 0 || working === committedText) return { line };
  return { line, warning: `warning: ${policyPath} in your working copy differs from ${main}'s and is not used; commit it (git commit ${policyPath}) for the loop to use it` };
}

// src/entrypoints/cli/run-command.ts
var runCommand = (program2, io, done) => {
  withRepoOption(program2.command("run")).description("the local loop: dispatch ready work orders to agents, verify, merge into main (SHA-guarded), canary, revert culprits").option("--parallel <n>", "work orders at once (never two with overlapping scope)", "2").option("--provider <type>", "replay | openai | command (default: the policy's agents.defaultProvider)").option("--transcripts <dir>", "for replay: the folder of <work-order-id>.json transcripts").option("--main <branch>", "the branch the loop merges into and runs the canary on", "main").option("--once", "dispatch one batch (up to N ready work orders), land it, then stop").option("--speculate", "land through the merge train: up to merge.train.depth staging commits verified at once, side by side or one on another, planned by the odds that each change breaks the build; main fast-forwards to exactly the verified commit (without it, one candidate at a time). Agents still run --parallel at a time: set --parallel to at least the depth for the train to fill").option("--retry <ids...>", "give these work orders a fresh agent attempt on a new branch even if unchanged (a held one otherwise stays held; an edited one gets a fresh attempt anyway)").option("--accept-drop <ids...>", "these work orders were held because their agent also changed paths outside the scope: land the in-scope part and drop the rest (kept as a patch), recorded in the run document").option("--json", "print the result as JSON; no live display").addHelpText("after", `
Output: a live table on a terminal; one line per state change when stdout is not a terminal (CI, a
pipe) or TERM=dumb, then the summary; only JSON with --json.
Exit codes (for a CI step): 0 every dispatched work order landed, or waits only for an approval or a
decision; 1 a work order failed, the loop stopped, or a work order is held because a gate failed (also
one still held from an earlier run); 2 bad usage or invalid input (an invalid work order or policy on main).`).action(async (flags) => {
    const result = await runFromCli(flags, io);
    done(runExitCode(result));
  });
};
async function runFromCli(flags, io, onEvent, show = { summary: true }) {
  const root = repoRoot(flags, io);
  const parallel = Number(flags.parallel);
  if (!Number.isInteger(parallel) || parallel < 1 || parallel > 32) throw new UsageError(`--parallel must be a whole number from 1 to 32, not "${flags.parallel}"`);
  if (flags.provider && !["replay", "openai", "command"].includes(flags.provider)) throw new UsageError(`--provider "${flags.provider}" is not known; use replay, openai or command`);
  const main = flags.main ?? "main";
  const git = createGitCli({ env: io.env });
  if (!/^[A-Za-z0-9._/-]+$/.test(main) || main.startsWith("-") || (await git.raw(root, ["check-ref-format", "--branch", main])).exitCode !== 0) {
    throw new UsageError(`--main "${main}" is not a branch name`);
  }
  if (!await git.revParse(root, `refs/heads/${main}`)) throw new UsageError(`${root} has no branch "${main}"; shopfloor run merges into it, so create it (git branch -M ${main}) or name yours with --main`);
  const inputs = await readMainInputs(git, root, main);
  if (!inputs.ok) {
    for (const finding of inputs.findings) io.stderr(`${formatFinding(finding)}
`);
    throw new UsageError(inputs.message);
  }
  if (inputs.findings.length > 0) {
    for (const finding of inputs.findings) io.stderr(`${formatFinding(finding)}
`);
    const files = [...new Set(inputs.findings.map((f) => f.file))];
    throw new UsageError(`${files.length} work-order file(s) on ${main} are invalid (${files.join(", ")}); nothing was run. Fix them (shopfloor validate), commit, then run again`);
  }
  const ids = new Set(inputs.workOrders.map((w) => w.value.id));
  for (const [flag, named] of [["--retry", flags.retry], ["--accept-drop", flags.acceptDrop]]) {
    const unknown = (named ?? []).filter((id) => !ids.has(id));
    if (unknown.length > 0) throw new UsageError(`${flag} names ${unknown.map((id) => `"${id}"`).join(", ")}, not a work order on ${main} (workorders/<id>.yml); known: ${[...ids].join(", ") || "none"}`);
  }
  const source = await policySourceNote(git, root, main, inputs.policyText);
  if (!flags.json) io.stdout(`${source.line}
`);
  if (source.warning) io.stderr(`${source.warning}
`);
  const release = await acquireRunLock(root);
  try {
    const ignored = (await git.raw(root, ["check-ignore", "-q", ".shopfloor/worktrees/x"])).exitCode === 0;
    const worktreesDir = loopWorktreesDir(root, ignored);
    const { ports, keyNote } = await createLoopPorts(root, io, { ...flags.provider ? { provider: flags.provider } : {}, ...flags.transcripts ? { transcripts: flags.transcripts } : {}, policy: inputs.policy, parallel: flags.speculate ? parallel : 1, worktreesDir });
    const quiet = Boolean(flags.json) || !show.summary;
    const live = !quiet && io.isTTY && io.env.TERM !== "dumb";
    if (!flags.json) io.stdout(`${keyNote}
`);
    const display = createSummaryDisplay(io, live, quiet);
    const decisions = {
      ...flags.retry ? { retry: flags.retry } : {},
      ...flags.acceptDrop ? { acceptDrop: { ids: flags.acceptDrop, by: `${io.env.USER ?? io.env.USERNAME ?? "a local user"} (shopfloor run --accept-drop)` } } : {}
    };
    const result = await runLoop({ ...loopOptions(root, io, { parallel, once: Boolean(flags.once), worktreesDir, policy: inputs.policy, main }), ...decisions, speculative: Boolean(flags.speculate), onProgress: display.update, ...onEvent ? { onEvent } : {} }, ports);
    display.stop(result.rows);
    if (flags.json) io.stdout(`${JSON.stringify(result, null, 2)}
`);
    else if (!show.summary) {
      if (result.message) io.stdout(`${result.message}
`);
    } else {
      const onMain = result.events.filter((e) => e.type === "canary" || e.type === "culprit" || e.type === "reverted" || e.type === "revert-held" || e.type === "main" && e.message !== result.message);
      for (const line of renderLoopStory(onMain)) io.stdout(`${line}
`);
      if (result.message) io.stdout(`${result.message}
`);
      const checkout = result.events.filter((e) => e.type === "checkout").at(-1);
      if (checkout) io.stdout(`${checkout.message}
`);
      io.stdout(`${main} is at ${result.mainSha.slice(0, 12)}; run documents: .shopfloor/runs (shopfloor serve --repo ${root})
`);
    }
    return result;
  } finally {
    await release();
  }
}
function createSummaryDisplay(io, live, quiet) {
  let drawn = 0;
  let latest = [];
  let printed = /* @__PURE__ */ new Map();
  const draw = () => {
    const lines = renderLoopSummary(latest, Date.now());
    io.stdout(`${drawn > 0 ? `\x1B[${drawn}F` : ""}${lines.map((line) => `\x1B[2K${line}`).join("\n")}
`);
    drawn = lines.length;
  };
  const timer = live ? setInterval(draw, 500) : void 0;
  timer?.unref();
  return {
    update: (rows) => {
      latest = rows;
      if (live || quiet) return;
      const progress = renderProgressLines(rows, printed, (/* @__PURE__ */ new Date()).toISOString().slice(11, 19));
      printed = progress.printed;
      for (const line of progress.lines) io.stdout(`${line}
`);
    },
    stop: (rows) => {
      if (timer) clearInterval(timer);
      latest = rows;
      if (live) draw();
      else if (!quiet) io.stdout(`${renderLoopSummary(rows, Date.now()).join("\n")}
`);
    }
  };
}
function runExitCode(result) {
  const gateHeld = result.rows.some((row) => row.state === "held" && row.holds.some((hold) => hold.code === "gate-failed"));
  return !result.ok || gateHeld ? ExitCode.failed : ExitCode.ok;
}

// src/entrypoints/cli/writer-commit.ts
function writerCommit(root, env) {
  const git = createGitCli({ env });
  return async (sha) => {
    if (!/^[0-9a-f]{7,40}$/.test(sha)) return void 0;
    const full = await git.revParse(root, `${sha}^{commit}`);
    if (!full) return void 0;
    const shown = await git.raw(root, ["show", "--stat", "--diff-merges=first-parent", "--format=fuller", "--no-color", full, "--"]);
    if (shown.exitCode !== 0) return void 0;
    const report = await git.notesShow(root, "refs/notes/shopfloor", full);
    return { full, commit: shown.stdout, ...report ? { report } : {} };
  };
}

// src/entrypoints/cli/writer-objects.ts
import { join as join3 } from "node:path";

// src/adapters/writer/read-repo-objects.ts
import { lstat, open, readdir } from "node:fs/promises";
import { join as join2 } from "node:path";
var objectSizeCap = 512 * 1024;
var workOrderId = /^[a-z0-9][a-z0-9-]{0,99}$/;
var branchName = /^(?:agent\/[a-z0-9][a-z0-9-]{0,99}|shopfloor\/(?:revert|train))\/[0-9a-z][0-9a-z-]{0,99}$/;
var hexPrefix = /^[0-9a-f]{12,64}$/;
var patchName = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}\.patch$/;
function createRepoObjects(root, git, store) {
  const patchesDir = join2(root, ".shopfloor", "patches");
  const known = /* @__PURE__ */ new Map();
  const remember = (key, href, lasting) => {
    if (known.size >= 1e4) known.clear();
    known.set(key, { href, until: lasting && href !== void 0 ? Number.POSITIVE_INFINITY : Date.now() + 5e3 });
    return href;
  };
  const fullDigest = async (prefix) => {
    if (!hexPrefix.test(prefix)) return void 0;
    const names = await readdir(join2(store.root, "sha256", prefix.slice(0, 2))).catch(() => []);
    const found = names.filter((name) => /^[0-9a-f]{62}$/.test(name) && name.startsWith(prefix.slice(2)));
    return found.length === 1 ? `${prefix.slice(0, 2)}${found[0]}` : void 0;
  };
  const commitOf = async (sha) => /^[0-9a-f]{7,40}$/.test(sha) ? git.revParse(root, `${sha}^{commit}`) : void 0;
  const hasBranch = async (name) => branchName.test(name) && await git.revParse(root, `refs/heads/${name}`) !== void 0;
  const hasWorkOrderFile = async (id) => workOrderId.test(id) && (await git.raw(root, ["cat-file", "-e", `HEAD:workorders/${id}.yml`])).exitCode === 0;
  const isDir = async (path) => (await lstat(path).catch(() => void 0))?.isDirectory() === true;
  const resolve5 = async (ref) => {
    if (ref.kind === "github") return ref.key;
    const cacheKey = `${ref.kind}:${ref.key}`;
    const cached = known.get(cacheKey);
    if (cached && cached.until > Date.now()) return cached.href;
    switch (ref.kind) {
      case "artifact-path":
      case "digest": {
        const hex = await fullDigest(ref.key.replace("/", ""));
        return remember(cacheKey, hex ? `/artifacts/${hex}` : void 0, true);
      }
      case "commit":
        return remember(cacheKey, await commitOf(ref.key) ? `/commits/${ref.key}` : void 0, true);
      case "work-order-file":
        return remember(cacheKey, await hasWorkOrderFile(ref.key) ? `/workorders/${ref.key}` : void 0, false);
      case "branch":
        return remember(cacheKey, await hasBranch(ref.key) ? `/branches/${ref.key}` : void 0, false);
      case "patches":
        return remember(cacheKey, workOrderId.test(ref.key) && await isDir(join2(patchesDir, ref.key)) ? `/patches/${ref.key}` : void 0, false);
    }
  };
  return {
    resolve: resolve5,
    workOrderFile: async (id) => {
      if (!await hasWorkOrderFile(id)) return void 0;
      const shown = await git.raw(root, ["show", `HEAD:workorders/${id}.yml`]);
      return shown.exitCode === 0 ? cap(shown.stdout) : void 0;
    },
    branchLog: async (name) => {
      if (!await hasBranch(name)) return void 0;
      const shown = await git.raw(root, ["log", "-n", "50", "--format=fuller", "--stat", "--patch", "--no-color", "--no-ext-diff", `refs/heads/${name}`, "^HEAD", "--"]);
      if (shown.exitCode !== 0) return void 0;
      if (shown.stdout.trim() !== "") return cap(shown.stdout);
      const tip = await git.raw(root, ["log", "-n", "1", "--format=fuller", "--stat", "--no-color", `refs/heads/${name}`, "--"]);
      return cap(`Every commit of ${name} is on the checked-out branch now; its tip:

${tip.stdout}`);
    },
    artifact: async (hex) => /^[0-9a-f]{64}$/.test(hex) ? readCapped(store.pathOf(`sha256:${hex}`)) : void 0,
    patchNames: async (workOrder) => {
      if (!workOrderId.test(workOrder) || !await isDir(join2(patchesDir, workOrder))) return void 0;
      const names = (await readdir(join2(patchesDir, workOrder))).filter((name) => patchName.test(name)).sort();
      const files = await Promise.all(names.map(async (name) => (await lstat(join2(patchesDir, workOrder, name)).catch(() => void 0))?.isFile() ? name : void 0));
      return files.filter((name) => name !== void 0);
    },
    patch: async (workOrder, name) => workOrderId.test(workOrder) && patchName.test(name) ? readCapped(join2(patchesDir, workOrder, name)) : void 0,
    runIndexes: async (runId, commits) => {
      const runs = await store.listRuns();
      const reverts = commits.map((sha) => `revert-${sha.slice(0, 12)}-`);
      const own = (run) => run.runId.startsWith(`${runId}-v`) ? 0 : 1;
      return runs.filter((run) => own(run) === 0 || reverts.some((prefix) => run.runId.startsWith(prefix))).sort((a, b) => own(a) - own(b) || a.createdAt - b.createdAt);
    }
  };
}
function cap(text) {
  const bytes = Buffer.byteLength(text);
  if (bytes <= objectSizeCap) return { text, bytes, cut: false };
  return { text: Buffer.from(text).subarray(0, objectSizeCap).toString("utf8"), bytes, cut: true };
}
async function readCapped(path) {
  const info = await lstat(path).catch(() => void 0);
  if (!info?.isFile()) return void 0;
  const file = await open(path, "r");
  try {
    const buffer = Buffer.alloc(Math.min(info.size, objectSizeCap));
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    return { text: buffer.subarray(0, bytesRead).toString("utf8"), bytes: info.size, cut: info.size > objectSizeCap };
  } finally {
    await file.close();
  }
}

// src/entrypoints/cli/local-trusted-keys.ts
import { createPublicKey } from "node:crypto";
import { readFile as readFile2 } from "node:fs/promises";
async function localTrustedKeys(root, env = process.env) {
  const files = await keyFiles(root, createGitCli({ env }));
  const keys = [];
  for (const file of files) {
    if (!file.own) continue;
    const pem = await readFile2(file.path, "utf8").catch(() => void 0);
    if (pem === void 0) continue;
    let publicKey;
    try {
      publicKey = createPublicKey(pem).export({ type: "spki", format: "der" }).toString("base64");
    } catch {
      continue;
    }
    const keyId = ed25519Verifier.keyIdOf(publicKey);
    if (keyId) keys.push({ keyId, publicKey });
  }
  return { keys, refused: files.filter((file) => !file.own) };
}

// src/entrypoints/cli/writer-objects.ts
function writerObjects(root, env) {
  const git = createGitCli({ env });
  const store = createContentAddressedStore(join3(root, defaultArtifactDir));
  const policySigners2 = async () => {
    const shown = await git.raw(root, ["show", `HEAD:${policyPath}`]);
    if (shown.exitCode !== 0) return { keys: [] };
    const { policy, findings } = checkPolicyFile(shown.stdout, policyPath);
    return policy ? { keys: [...policy.signers ?? []] } : { keys: [], problem: `${policyPath} has errors (${findings[0]?.message ?? "run shopfloor validate"}), so its signers are not trusted` };
  };
  return {
    repo: createRepoObjects(root, git, store),
    checkSignature: async (text) => {
      const signers = await policySigners2();
      const checked = checkReport(text, "this report", [...signers.keys, ...(await localTrustedKeys(root)).keys], ed25519Verifier);
      if (checked.ok) return { ok: true, keyId: checked.keyId };
      return { ok: false, reasons: [...checked.reasons, ...signers.problem ? [signers.problem] : []] };
    }
  };
}

// src/entrypoints/cli/writer-train.ts
function writerTrain(root, env) {
  const git = createGitCli({ env });
  return async () => {
    const refs = await git.raw(root, ["for-each-ref", "--format=%(refname)", "refs/shopfloor/train/"]);
    if (refs.exitCode !== 0) return [];
    const states = [];
    for (const ref of refs.stdout.split("\n").filter(Boolean)) {
      const message = await git.raw(root, ["log", "-1", "--format=%B", ref, "--"]);
      const decoded = message.exitCode === 0 ? decodeTrainRecord(message.stdout) : void 0;
      if (decoded?.ok) states.push(decoded.state);
    }
    return states;
  };
}

// src/entrypoints/cli/writer-metrics.ts
var fourWeeksMs = 28 * 24 * 36e5;
function writerMetrics(root, env) {
  return async () => {
    const policy = await loadPolicy(root);
    const nowMs = Date.now();
    const { metrics } = await collectMetrics({ repoDir: root, rev: "HEAD", sinceMs: nowMs - fourWeeksMs, nowMs, testGlobs: policy.revert.testGlobs }, { git: createGitCli({ env }), files: createNodeRepoFiles(root) });
    return metrics;
  };
}

// src/entrypoints/cli/writer-roadmap.ts
import { readFile as readFile4 } from "node:fs/promises";
import { join as join4 } from "node:path";

// src/adapters/run-document/list-live-runs.ts
import { readdir as readdir2, readFile as readFile3 } from "node:fs/promises";
async function listLiveRuns(storeDir) {
  const runIds = await readdir2(storeDir).catch(() => []);
  const live = [];
  for (const runId of runIds) {
    const pid = Number.parseInt(await readFile3(runFiles(storeDir, runId).lock, "utf8").catch(() => ""), 10);
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) live.push(runId);
  }
  return live;
}

// src/entrypoints/cli/roadmap-live-facts.ts
async function readRoadmapLiveFacts(root, main, env) {
  const git = createGitCli({ env });
  const mainSha = (await git.raw(root, ["rev-parse", "--verify", "--quiet", `refs/heads/${main}`])).stdout.trim();
  if (!mainSha) return { source: `states from the work-order files only: ${root} has no git branch "${main}" (name yours with --main)` };
  const { workOrders } = await readMainWorkOrders(git, root, mainSha);
  const policyText = await git.show(root, mainSha, policyPath) ?? "";
  const states = await readWorkOrderStates(git, root, main, workOrders, { hash: sha256Hex, policyText, approvalsFor: (id) => readApprovals(root, id) });
  const runningIds = new Set((await listLiveRuns(runStoreDir(root))).map(workOrderOfLoopRun).filter((id) => id !== void 0));
  return {
    facts: { doneIds: states.merged, revertedIds: new Set([...states.reverted].filter((id) => !states.merged.has(id))), heldIds: new Set(states.held.keys()), runningIds },
    source: `live states from git: ${main} at ${mainSha.slice(0, 12)} (merges, reverts, held attempts) and the runs in progress`
  };
}

// src/entrypoints/cli/writer-roadmap.ts
function writerRoadmap(root, env = process.env, main = "main") {
  const git = createGitCli({ env });
  let last;
  const liveFacts = async () => {
    const refs = (await git.raw(root, ["for-each-ref", "--format=%(refname) %(objectname)", "refs/heads", "refs/notes"])).stdout;
    const key = `${refs}
${await readFile4(join4(root, approvalsFile), "utf8").catch(() => "")}`;
    if (last?.key !== key) last = { key, facts: (await readRoadmapLiveFacts(root, main, env)).facts };
    return last.facts;
  };
  return async (runs) => {
    const validation = await validateRepo(createNodeRepoFiles(root));
    const newest = /* @__PURE__ */ new Map();
    for (const run of runs) {
      const id = workOrderOf(run);
      if (id && !newest.has(id)) newest.set(id, run);
    }
    const ids = (keep) => new Set([...newest].filter(([, run]) => keep(run)).map(([id]) => id));
    const facts = await liveFacts();
    const reverted = facts?.revertedIds ?? /* @__PURE__ */ new Set();
    const running = ids((run) => !["completed", "failed", "blocked"].includes(run.status));
    const done = new Set([...facts?.doneIds ?? [], ...ids((run) => run.status === "completed")].filter((id) => !reverted.has(id) && !running.has(id)));
    return buildRoadmap(validation.workOrders, { doneIds: done, revertedIds: reverted, heldIds: facts?.heldIds ?? /* @__PURE__ */ new Set(), runningIds: running });
  };
}

// src/entrypoints/cli/demo-command.ts
var demoCommand = (program2, io, done) => {
  program2.command("demo").description("run the whole local loop (agents, gates, merges, canary, bisect, revert, the test-first fix) on a copy of the sample project").option("--parallel <n>", "work orders at once", "2").option("--dir <path>", "keep the demo repository at this path (a new or empty directory) instead of a temp directory").option("--serve", "serve the Writer on the demo repository while it runs (the URL is printed first) and after, until Ctrl-C").option("--port <n>", "with --serve: the port (0 picks a free one)", "0").option("--json", "print the run result as JSON").action(async (flags) => {
    parseParallel(flags.parallel);
    const port = Number(flags.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port "${flags.port}" is not a port number; use 0-65535`);
    const dir = flags.dir ? await emptyDir(resolve(io.cwd, flags.dir)) : await mkdtemp(join5(tmpdir(), "shopfloor-demo-"));
    const started = Date.now();
    const say = (text = "") => flags.json ? void 0 : io.stdout(`${text}
`);
    const writer = flags.serve ? await serveWriter(dir, port, io) : void 0;
    if (writer) say(`Writer: ${writer.url}/  (watch the runs live; it keeps serving after the demo until Ctrl-C)`);
    const root = locatePackageRoot();
    await cp(join5(root, "examples", "sample-project"), dir, { recursive: true });
    const transcripts = join5(dir, ".shopfloor", "transcripts");
    await cp(join5(root, "examples", "sample-transcripts"), transcripts, { recursive: true });
    const git = createGitCli({ env: io.env });
    const box = createJudgedRunner().isolation;
    if (box.mode === "none") await appendFile(join5(dir, ".github", "shopfloor.yml"), "isolation: none\n");
    await seedDemoRepo(git, dir);
    const setupMs = Date.now() - started;
    say(`Shopfloor demo: the sample project "textkit" is a fresh git repository at ${dir}`);
    say(box.mode === "none" ? `No sandbox here, so the demo runs its recorded agents and gates unboxed (isolation: none), and its reports say so: ${box.reason}` : `Agents and gates run boxed by ${boxName(box)}: their own clone, no access to Shopfloor's processes${box.mode === "bubblewrap" ? ", keys or repository" : ""} (docs/security-model.md says what the box keeps out).`);
    say("Five work orders: title-case and truncate (parallel), headline (needs both), ci-tweak (its agent tries to edit the CI policy),");
    say("slug-speedup (passes the unit tests, breaks the canary: it is found, reverted, and a bug work order is filed and fixed test-first).");
    say("Agents replay recorded transcripts; everything else is real.\n");
    const seen = [];
    let told = 0;
    const tell = (event) => {
      seen.push(event);
      const lines = renderLoopStory(seen);
      for (const line of lines.slice(told)) say(`  ${line}`);
      told = lines.length;
    };
    const runStarted = Date.now();
    const result = await runFromCli({ parallel: flags.parallel, provider: "replay", transcripts, repo: dir, ...flags.json ? { json: true } : {} }, io, flags.json ? void 0 : tell, { summary: false });
    if (flags.json) return finish(result.ok ? ExitCode.ok : ExitCode.failed);
    const states = /* @__PURE__ */ new Map();
    for (const row of result.rows) states.set(row.state, [...states.get(row.state) ?? [], row.id]);
    say(`
End: main is at ${result.mainSha.slice(0, 12)}; ${[...states].map(([state, ids]) => `${state}: ${ids.join(", ")}`).join("; ")}`);
    const totals = phaseTotals(result.events);
    const runMs = Date.now() - runStarted;
    say(`
Time: ${sec(Date.now() - started)} in all: setup ${sec(setupMs)}, the loop ${sec(runMs)} (agents ${sec(totals.agent)}, gates ${sec(totals.gates)}, canary ${sec(totals.canary)}, bisect ${sec(totals.bisect)}, revert ${sec(totals.revert)}; they overlap when work orders run in parallel)`);
    const policy = await loadPolicy(dir);
    const { metrics } = await collectMetrics({ repoDir: dir, rev: "main", sinceMs: started - 36e5, nowMs: Date.now(), testGlobs: policy.revert.testGlobs }, { git, files: createNodeRepoFiles(dir) });
    say("\nMetrics (npx shopfloor metrics):");
    for (const line of renderMetricsLines(metrics)) say(`  ${line}`);
    say(`
The demo repository: ${dir}`);
    say(`  history:        git -C ${dir} log --graph --oneline main`);
    say(`  signed reports: git -C ${dir} notes --ref shopfloor list`);
    say(`  run documents:  ${writer ? `${writer.url}/  (serving until Ctrl-C)` : `npx shopfloor serve --repo ${dir}   (the Writer view of every run)`}`);
    say(`  patch queue:    ${join5(dir, ".shopfloor", "patches")}`);
    if (writer) await new Promise((resolve5) => io.signal.aborted ? resolve5() : io.signal.addEventListener("abort", () => resolve5(), { once: true }));
    return finish(result.ok ? ExitCode.ok : ExitCode.failed);
    async function finish(code) {
      await writer?.close();
      done(code);
    }
  });
};
var sec = (ms) => `${(ms / 1e3).toFixed(1)}s`;
async function emptyDir(dir) {
  const entries = await readdir3(dir).catch((error) => error.code === "ENOENT" ? [] : Promise.reject(new UsageError(`--dir ${dir}: cannot read it (${error.code}); name a new or empty directory`)));
  if (entries.length > 0) throw new UsageError(`--dir ${dir} is not empty; the demo makes a fresh repository there, so name a new or empty directory`);
  await mkdir2(dir, { recursive: true });
  return dir;
}
async function serveWriter(dir, port, io) {
  const storeDir = runStoreDir(dir);
  await mkdir2(storeDir, { recursive: true });
  const onError = (error) => io.stderr(`shopfloor demo --serve: ${error instanceof Error ? error.message : String(error)}
`);
  const feed = createRunFeed(createFileRunStore(storeDir), { onError });
  try {
    return await startWriterServer({ feed, storeDir, host: "127.0.0.1", port, handlers: [], onError, roadmap: writerRoadmap(dir, io.env), metrics: writerMetrics(dir, io.env), showCommit: writerCommit(dir, io.env), objects: writerObjects(dir, io.env), train: writerTrain(dir, io.env) });
  } catch (error) {
    const code = error.code;
    if (code === "EADDRINUSE" || code === "EACCES") throw new UsageError(`--port ${port}: cannot listen on 127.0.0.1 (${code}); pick another port or 0`, { cause: error });
    throw error;
  }
}

// src/entrypoints/cli/init-command.ts
import { readdirSync, readFileSync } from "node:fs";
import { join as join6 } from "node:path";

// src/core/git/ignore-shopfloor-dir.ts
var shopfloorIgnoreLine = ".shopfloor/";
function ignoreShopfloorDir(current) {
  const lines = (current ?? "").split(/\r?\n/).map((line) => line.trim());
  if (lines.some((line) => /^\/?\.shopfloor\/?$/.test(line))) return void 0;
  const text = current ?? "";
  return `${text}${text === "" || text.endsWith("\n") ? "" : "\n"}# Shopfloor's local state: signing keys, runs, worktrees (never commit it)
${shopfloorIgnoreLine}
`;
}

// src/core/github/pin-workflow-template.ts
var actionRefPattern = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\/[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._/-]+)?@[0-9a-f]{40}$/;
var checkoutStep = "- name: Check out Shopfloor (trusted, from the default branch)";
function pinWorkflowTemplate(template, actionRef, version) {
  if (!actionRefPattern.test(actionRef)) {
    return { ok: false, reason: `"${actionRef}" is not a pinned action: write owner/shopfloor@<full 40-hex commit sha> (a tag or branch can be moved under you)` };
  }
  if (version !== void 0 && !/^[A-Za-z0-9][A-Za-z0-9._+-]{0,39}$/.test(version)) return { ok: false, reason: `"${version}" is not a release tag; write it like v1.2.0` };
  const lines = template.replace(/\r\n?/g, "\n").split("\n");
  const out = [];
  let skipIndent;
  let headerDone = false;
  for (const line of lines) {
    const indent = line.length - line.trimStart().length;
    if (skipIndent !== void 0) {
      if (line.trim() === "" || indent > skipIndent) continue;
      skipIndent = void 0;
    }
    if (line.trim() === checkoutStep) {
      skipIndent = indent;
      continue;
    }
    if (!headerDone && /^# Action: /.test(line)) {
      out.push(`# Action: Shopfloor pinned at ${actionRef}${version ? ` # ${version}` : ""}; move the pin to upgrade.`);
      headerDone = true;
      continue;
    }
    if (out.at(-1)?.startsWith("# Action: Shopfloor pinned at ") && /^#   /.test(line)) continue;
    out.push(line.replace(/uses: \.\/shopfloor-action\s*$/, `uses: ${actionRef}${version ? ` # ${version}` : ""}`));
  }
  const text = out.join("\n");
  if (text.includes("./shopfloor-action")) return { ok: false, reason: "the template still refers to ./shopfloor-action after pinning; it does not have the expected shape" };
  return { ok: true, text };
}

// src/core/json-schemas.ts
function workOrderJsonSchema() {
  return withId(external_exports.toJSONSchema(workOrderSchema, { io: "input", target: "draft-2020-12" }), "https://shopfloor.invalid/schemas/work-order.v1.json");
}
function policyJsonSchema() {
  return withId(external_exports.toJSONSchema(policySchema, { io: "input", target: "draft-2020-12" }), "https://shopfloor.invalid/schemas/policy.v1.json");
}
function withId(schema, id) {
  const { $schema, ...rest } = schema;
  return { $schema, $id: id, ...rest };
}
function renderJsonSchema(schema) {
  return `${JSON.stringify(schema, null, 2)}
`;
}

// src/core/policy/render-policy-scaffold.ts
function renderPolicyScaffold(options = {}) {
  const test = options.testCommand ?? "npm test";
  return `# yaml-language-server: $schema=${options.schemaRef ?? "./shopfloor.schema.json"}
# Shopfloor repository policy. Read from the default branch only, never from a pull request.
apiVersion: ${policyApiVersion}

# Gates run by \`shopfloor verify\`, as a DAG: a gate starts when every gate it needs has passed.
# Built-in gates (scope, dependencies, secrets, test-first) need no declaration.
gates:
  - id: test
    run: ${test}
    kind: unit
    timeout: 10m
    retries: 1          # a fail-then-pass is recorded as flaky

# The canary runs on main after each merge; a critical flow going red triggers culprit finding.
# canary:
#   build: npm run build
#   flows:
#     - id: smoke
#       run: node scripts/smoke.js
#       critical: true
#       repeat: 2

# When the bot may merge on its own.
merge:
  method: merge
  allowFlaky: false
  # approvals:
  #   - paths: ["src/security/**"]
  #     count: 1

# New or changed dependencies must be on this list and older than the cooldown.
dependencies:
  allow: []
  cooldown: 7d

# Keys whose signed VerificationReports are trusted (\`shopfloor verify --sign\` prints its key).
# signers:
#   - keyId: ci-2026
#     publicKey: MCowBQYDK2VwAyEA...

# Automatic reverts of culprits found by the canary.
revert:
  enabled: true
  maxPerDay: 3
  maxAge: 7d
  optOutLabel: no-auto-revert
`;
}

// src/core/workorder/render-work-order-scaffold.ts
function renderWorkOrderScaffold(input) {
  const list = (items, fallback) => items && items.length > 0 ? items.map((item) => `    - ${quote(item)}`).join("\n") : `    - ${quote(fallback)}`;
  const deps = input.dependencies && input.dependencies.length > 0 ? `dependencies:
${input.dependencies.map((d) => `  - ${quote(d)}`).join("\n")}
` : "dependencies: []\n";
  const forbidden = scaffoldForbidden(input.scope ?? []);
  const goal = input.title.split(/\r\n|[\r\n\u2028\u2029]/).join("\n  ");
  return `# yaml-language-server: $schema=${input.schemaRef ?? "./schema.json"}
apiVersion: ${workOrderApiVersion}
id: ${input.id}
title: ${quote(input.title)}
# What done looks like and why it matters. The implementer agent reads this.
goal: |
  ${goal}.
kind: ${input.kind ?? "feature"}
# The only paths the change may touch (globs); forbidden wins over paths.
scope:
  paths:
${list(input.scope && input.scope.length > 0 ? input.scope : void 0, "src/**")}${input.scope && input.scope.length > 0 ? "" : `
    - ${quote("test/**")}`}
${forbidden.length > 0 ? `  forbidden:
${forbidden.map((glob) => `    - ${JSON.stringify(glob)}`).join("\n")}
` : ""}# Commands that must pass (each becomes a gate) and criteria a reviewer checks.
acceptance:
  commands:
    - name: test
      run: ${quote(input.test?.run ?? "npm test")}
${input.test?.env && input.test.env.length > 0 ? `      env: [${input.test.env.join(", ")}]
` : ""}  criteria:
    - The change is covered by a test.
${deps}risk: medium
priority: normal
`;
}
function scaffoldForbidden(scope) {
  if (!scope.some((glob) => glob.startsWith(".github/") || glob.startsWith("**"))) return [".github/**"];
  if (!scope.some((glob) => glob.startsWith(".github/workflows/") || glob === ".github/**" || glob.startsWith("**"))) return [".github/workflows/**"];
  return [];
}
function quote(text) {
  return /^[\w./*@-][\w ./*@()-]*$/.test(text) && !/^(true|false|null|yes|no|on|off|~)$/i.test(text) && !/:\s|\s#/.test(text) ? text : JSON.stringify(text);
}

// src/workflows/scaffold-repo.ts
var workOrderSchemaPath = `${workOrdersDirectory}/schema.json`;
var policySchemaPath = ".github/shopfloor.schema.json";
var workOrderIssueFormPath = ".github/ISSUE_TEMPLATE/workorder.yml";
async function initRepo(files, issueForm) {
  const hasPackageJson = await files.kind("package.json") === "file";
  return [
    await refreshGenerated(files, workOrderSchemaPath, renderJsonSchema(workOrderJsonSchema())),
    await refreshGenerated(files, policySchemaPath, renderJsonSchema(policyJsonSchema())),
    await createOnce(files, policyPath, renderPolicyScaffold({ testCommand: hasPackageJson ? "npm test" : 'echo "replace with your test command"' })),
    ...issueForm === void 0 ? [] : [await createOnce(files, workOrderIssueFormPath, issueForm)],
    await ensureShopfloorIgnored(files)
  ];
}
async function scaffoldWorkOrder(files, input) {
  const path = `${workOrdersDirectory}/${input.id}.yml`;
  return [await refreshGenerated(files, workOrderSchemaPath, renderJsonSchema(workOrderJsonSchema())), await createOnce(files, path, renderWorkOrderScaffold(input))];
}
async function ensureShopfloorIgnored(files) {
  const current = await files.read(".gitignore");
  const next = ignoreShopfloorDir(current);
  if (next === void 0) return { path: ".gitignore", outcome: "kept" };
  await files.replace(".gitignore", next);
  return { path: ".gitignore", outcome: current === void 0 ? "created" : "updated" };
}
async function createOnce(files, path, text) {
  return { path, outcome: await files.create(path, text) === "created" ? "created" : "kept" };
}
async function refreshGenerated(files, path, text) {
  const current = await files.read(path);
  if (current === text) return { path, outcome: "kept" };
  await files.replace(path, text);
  return { path, outcome: current === void 0 ? "created" : "updated" };
}
async function initWorkflows(files, templates, actionRef, version) {
  const pinned = [];
  for (const template of templates) {
    const result = pinWorkflowTemplate(template.text, actionRef, version);
    if (!result.ok) return { ok: false, reason: `${template.name}: ${result.reason}` };
    pinned.push({ path: `.github/workflows/${template.name}`, text: result.text });
  }
  const steps = [];
  for (const file of pinned) steps.push(await createOnce(files, file.path, file.text));
  return { ok: true, steps };
}

// src/entrypoints/cli/init-command.ts
var initCommand = (program2, io, done) => {
  withRepoOption(program2.command("init")).description("scaffold workorders/, a commented .github/shopfloor.yml and the work-order issue form (.github/ISSUE_TEMPLATE/workorder.yml), and with --workflows the GitHub workflow templates (never overwrites your files)").option("--workflows <action-ref>", "also write .github/workflows/shopfloor-*.yml, running the Shopfloor action pinned at <owner>/shopfloor@<full commit sha>").option("--action-version <tag>", "with --workflows: the release tag the pinned SHA is, written beside it as a comment (e.g. v1.2.0)").action(async (options) => {
    const files = createNodeRepoFiles(repoRoot(options, io));
    const workflowSteps = options.workflows === void 0 ? [] : await writeWorkflows(files, options.workflows, options.actionVersion);
    const issueForm = readFileSync(join6(locatePackageRoot(), workOrderIssueFormPath), "utf8");
    const steps = [...await initRepo(files, issueForm), ...workflowSteps];
    for (const step of steps) print(io, step);
    io.stdout(`Next: shopfloor new wo-1 --title "..." and shopfloor validate${workflowSteps.length ? "; then set up runners and secrets (docs/self-hosted-runners.md)" : ""}
`);
    done(ExitCode.ok);
  });
};
async function writeWorkflows(files, actionRef, version) {
  const dir = join6(locatePackageRoot(), ".github", "workflows");
  const templates = readdirSync(dir).filter((name) => /^shopfloor-.+\.yml$/.test(name)).sort().map((name) => ({ name, text: readFileSync(join6(dir, name), "utf8") }));
  const result = await initWorkflows(files, templates, actionRef, version);
  if (!result.ok) throw new UsageError(`--workflows: ${result.reason}`);
  return result.steps;
}
function print(io, step) {
  io.stdout(`${step.outcome.padEnd(8)} ${step.path}${step.outcome === "kept" ? " (already there; left as it is)" : ""}
`);
}

// src/entrypoints/cli/metrics-command.ts
var metricsCommand = (program2, io, done) => {
  withRepoOption(program2.command("metrics")).description("work order lead time, merge success per work order, canary failure per commit, time to restore, change failure and bad-revert rates from git history and run records (docs/metrics.md says what each counts)").option("--since <duration>", "how far back to look, e.g. 30d or 12w", "30d").option("--rev <rev>", "the branch whose first-parent history is measured", "HEAD").option("--json", "print the metrics as JSON").option("--markdown", "print Markdown with Mermaid trend charts (renders on GitHub)").action(async (flags) => {
    if (flags.json && flags.markdown) throw new UsageError("choose one of --json and --markdown");
    const window = parseDuration(flags.since);
    if (!window) throw new UsageError(`--since "${flags.since}" is not a duration; write it like "30d" or "12w"`);
    const root = repoRoot(flags, io);
    const git = createGitCli({ env: io.env });
    if (!await git.revParse(root, flags.rev)) throw new UsageError(await whyNoCommit(git, root, flags.rev));
    const policy = await loadPolicy(root);
    const nowMs = Date.now();
    const { metrics, skippedRecords } = await collectMetrics({ repoDir: root, rev: flags.rev, sinceMs: nowMs - window, nowMs, testGlobs: policy.revert.testGlobs }, { git, files: createNodeRepoFiles(root) });
    if (flags.json) io.stdout(`${JSON.stringify({ ...metrics, skippedRecords }, null, 2)}
`);
    else if (flags.markdown) io.stdout(renderMetricsMarkdown(metrics));
    else {
      io.stdout(`Shopfloor metrics for the last ${flags.since}
`);
      for (const line of renderMetricsLines(metrics)) io.stdout(`  ${line}
`);
      if (skippedRecords) io.stdout(`  (${skippedRecords} unreadable run record line(s) in .shopfloor/records skipped)
`);
    }
    done(ExitCode.ok);
  });
};
async function whyNoCommit(git, root, rev) {
  const branch = await git.currentBranch(root);
  if (branch !== void 0 && !await git.revParse(root, "HEAD")) return `${root} has no commits yet (branch ${branch} is unborn); commit something, then measure`;
  if (branch === void 0 && !await git.revParse(root, "HEAD")) return `${root} is not a git repository with commits; run it inside one or pass --repo`;
  return `--rev "${rev}" is not a commit in ${root}; pass a branch, tag or SHA that exists there`;
}

// src/entrypoints/cli/new-command.ts
var newCommand = (program2, io, done) => {
  withRepoOption(program2.command("new")).description("scaffold a valid work order in workorders/<id>.yml").argument("<id>", 'work-order id: lowercase letters, digits and "-" (e.g. wo-12)').requiredOption("--title <text>", "one line: what the work order delivers").option("--kind <kind>", `one of ${workOrderKinds.join(", ")}`, "feature").option("--scope <glob...>", "path globs the change may touch, inside the repository (default: src/** and test/**)").option("--depends-on <id...>", "existing work orders that must be merged first").action(async (id, options) => {
    if (!workOrderIdPattern.test(id)) throw new UsageError(`work-order id "${id}" is not valid; use 1-64 lowercase letters, digits or "-", e.g. "wo-12"`);
    if (!workOrderKinds.includes(options.kind)) throw new UsageError(`--kind "${options.kind}" is not valid; use one of ${workOrderKinds.join(", ")}`);
    if (options.title.trim() === "") throw new UsageError("--title is empty; say in one line what the work order delivers");
    if (/[\r\n\u2028\u2029]/.test(options.title)) throw new UsageError("--title has a line break; a title is one line (put details in the goal after creating the file)");
    for (const glob of options.scope ?? []) {
      const problem = checkGlobInsideRepo(glob);
      if (problem) throw new UsageError(`--scope: ${problem}`);
    }
    const root = repoRoot(options, io);
    for (const dependency of options.dependsOn ?? []) {
      if (!workOrderIdPattern.test(dependency)) throw new UsageError(`--depends-on "${dependency}" is not a work-order id; use lowercase letters, digits or "-", e.g. "wo-11"`);
      if (dependency === id) throw new UsageError(`--depends-on "${dependency}" is this work order itself; remove it`);
      if (!await hasWorkOrder(root, dependency)) throw new UsageError(`--depends-on "${dependency}": there is no ${workOrdersDirectory}/${dependency}.yml; create it first (shopfloor new ${dependency} --title ...) or fix the id`);
    }
    const unit = (await loadPolicy(root).catch(() => void 0))?.gates.find((gate) => gate.kind === "unit");
    const steps = await scaffoldWorkOrder(createNodeRepoFiles(root), {
      id,
      title: options.title.trim(),
      kind: options.kind,
      ...options.scope ? { scope: options.scope } : {},
      ...options.dependsOn ? { dependencies: options.dependsOn } : {},
      ...unit ? { test: { run: unit.run, ...unit.env ? { env: unit.env } : {} } } : {}
    });
    const target = steps[steps.length - 1];
    if (target.outcome === "kept") throw new UsageError(`${target.path} already exists; pick another id or edit that file`);
    io.stdout(`Created ${target.path}
Edit its goal, scope and acceptance, then check it with: shopfloor validate ${target.path}
`);
    done(ExitCode.ok);
  });
};
async function hasWorkOrder(root, id) {
  const files = createNodeRepoFiles(root);
  return await files.kind(`${workOrdersDirectory}/${id}.yml`) === "file" || await files.kind(`${workOrdersDirectory}/${id}.yaml`) === "file";
}

// src/entrypoints/cli/report-command.ts
import { createHash } from "node:crypto";
import { readFile as readFile5, stat } from "node:fs/promises";
import { join as join7, relative, resolve as resolve2 } from "node:path";

// src/core/report/unboxed-reason.ts
var isolationModes = ["bubblewrap", "windows-job"];
function unboxedReason(report, required) {
  if (!report.isolation) return "the report does not say how its gates were isolated (written before Shopfloor recorded it); verify the commit again";
  if (report.isolation.mode === "none") return `the gates ran without a sandbox: ${report.isolation.detail}`;
  if (required && report.isolation.mode !== required) return `the gates ran in ${report.isolation.mode}, not ${required}: ${report.isolation.detail}`;
  return void 0;
}

// src/workflows/verify/check-attestation.ts
function checkAttestation(text, file, trusted, verifier, expected) {
  const envelope = readDsseEnvelope(text);
  if (!envelope.ok) return { ok: false, reasons: [`${file} is not a readable attestation: ${envelope.error}`] };
  if (envelope.payloadType !== inTotoPayloadType) return { ok: false, reasons: [`${file}: the payloadType is "${envelope.payloadType.slice(0, 80)}", not "${inTotoPayloadType}"; it is not an in-toto attestation`] };
  const usable = trusted.filter((key2) => trustedKeyProblem(key2, verifier) === void 0);
  const problem = trusted.map((key2) => trustedKeyProblem(key2, verifier)).find((p) => p !== void 0);
  if (usable.length === 0) return { ok: false, reasons: [problem ?? `${file}: no trusted keys; list signers in the policy or pass --key`] };
  const signed = preAuthEncoding(envelope.payloadType, envelope.body);
  const key = usable.find((k) => envelope.signatures.some((s) => verifier.verify(k.publicKey, signed, s.sig.replace(/-/g, "+").replace(/_/g, "/"))));
  if (!key) {
    const named = envelope.signatures.map((s) => s.keyid).filter(Boolean);
    const untrusted = named.length > 0 && !named.some((id) => usable.some((k) => k.keyId === id));
    return { ok: false, reasons: [untrusted ? `${file} is signed by key ${named.join(", ")}, which is not trusted (trusted: ${usable.map((k) => k.keyId).join(", ")})` : `${file}: no signature verifies over the payload and its type; the attestation was changed after signing (or forged)`] };
  }
  const statement = readStatement(envelope.body, file);
  if (!statement.ok) return { ok: false, reasons: statement.reasons };
  const report = statement.report;
  const subjects = statement.subjects;
  const commits = subjects.flatMap((s) => s.gitCommit === void 0 ? [] : [s.gitCommit]);
  const trees = subjects.flatMap((s) => s.gitTree === void 0 ? [] : [s.gitTree]);
  if (!commits.includes(report.head)) return { ok: false, report, reasons: [`${file}: no subject names the report's head ${report.head.slice(0, 12)} as gitCommit; the statement is about something else`] };
  const stray = [...commits.filter((c) => c !== report.head), ...trees.filter((t) => t !== report.tree)];
  if (stray.length > 0 || subjects.some((s) => s.gitCommit === void 0 && s.gitTree === void 0)) {
    return { ok: false, report, reasons: [`${file}: a subject names ${stray[0]?.slice(0, 12) ?? "something other than a git commit or tree"}, which is not the report's head or tree; the attestation would vouch for more than was verified`] };
  }
  return checkExpectation(report, file, key.keyId, expected);
}
function readStatement(body, file) {
  const duplicate = findDuplicateJsonKey(body);
  if (duplicate) return { ok: false, reasons: [`${file}: the statement has the key "${duplicate.key}" twice (at ${duplicate.path})`] };
  let data;
  try {
    data = JSON.parse(body);
  } catch {
    return { ok: false, reasons: [`${file}: the signed payload is not JSON`] };
  }
  if (data === null || typeof data !== "object" || data._type !== inTotoStatementType) return { ok: false, reasons: [`${file}: the payload is not an in-toto Statement (_type must be "${inTotoStatementType}")`] };
  if (data.predicateType !== reportPredicateType) return { ok: false, reasons: [`${file}: the predicateType is ${JSON.stringify(data.predicateType)}, not Shopfloor's "${reportPredicateType}"`] };
  if (!Array.isArray(data.subject) || data.subject.length === 0) return { ok: false, reasons: [`${file}: the statement has no subject`] };
  const subjects = data.subject.map((s) => {
    const digest = s?.digest;
    const set = digest && typeof digest === "object" ? digest : {};
    return { ...typeof set.gitCommit === "string" ? { gitCommit: set.gitCommit } : {}, ...typeof set.gitTree === "string" ? { gitTree: set.gitTree } : {} };
  });
  const parsed = parseReport(JSON.stringify(data.predicate ?? null), `${file} (predicate)`);
  if (!parsed.ok) return { ok: false, reasons: parsed.errors };
  return { ok: true, report: parsed.value, subjects };
}

// src/workflows/verify/check-signed-file.ts
function signedFileKind(text) {
  try {
    return looksLikeDsseEnvelope(JSON.parse(text)) ? "attestation" : "report";
  } catch {
    return "report";
  }
}
function checkSignedFile(text, file, trusted, verifier, expected) {
  return signedFileKind(text) === "attestation" ? checkAttestation(text, file, trusted, verifier, expected) : checkReport(text, file, trusted, verifier, expected);
}
function unverifiedHead(text) {
  if (signedFileKind(text) === "report") {
    const parsed = parseReport(text, "report");
    return parsed.ok ? parsed.value.head : void 0;
  }
  const envelope = readDsseEnvelope(text);
  if (!envelope.ok) return void 0;
  try {
    const head2 = JSON.parse(envelope.body)?.predicate?.head;
    return typeof head2 === "string" && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(head2) ? head2 : void 0;
  } catch {
    return void 0;
  }
}

// src/entrypoints/cli/report-command.ts
var reportCommand = (program2, io, done) => {
  const report = program2.command("report").description("check, show and sign VerificationReports");
  withRepoOption(report.command("verify")).description("check a report's signature and say which commit and work order it proves (exit 1 when it does not hold)").argument("[report]", "the report file (JSON), or its in-toto attestation (DSSE envelope, .intoto.jsonl); without it, --sha finds the report in the notes (refs/notes/shopfloor)").option("--key <pubkey>", "trust this public key (file or base64 SPKI/PEM) instead of the policy's signers and the local loop key").option("--sha <commit>", "fail unless the report proves this commit (a full SHA or a ref such as HEAD): its head, or a commit with the same tree and parents").option("--policy <file>", "fail unless the report ran under this policy file (its policyDigest)").option("--require-isolation [mode]", "fail unless the gates ran in a sandbox (the report's isolation is not `none`); name one (bubblewrap or windows-job) to require that one").option("--json", "print the outcome as JSON").action(async (file, options) => {
    const requiredBox = requiredIsolation(options.requireIsolation);
    const root = repoRoot(options, io);
    if (file === void 0 && options.sha === void 0) throw new UsageError("name a report file, or pass --sha <commit> to check the report noted on that commit");
    const commit = options.sha === void 0 ? void 0 : await commitFacts(root, options.sha, io);
    const source = file ?? `${notesRef} of ${commit.sha.slice(0, 12)}`;
    const text = file !== void 0 ? await readReport(io, file) : await notedReport(root, commit.sha, io);
    const { keys: local, refused } = options.key ? { keys: [], refused: [] } : await localTrustedKeys(root, io.env);
    for (const file2 of refused) io.stderr(`note: not trusting ${file2.path}: ${file2.why}
`);
    const trusted = options.key ? [await keyFromOption(io, options.key)] : [...await policySigners(root), ...local];
    const policyDigest = options.policy === void 0 ? void 0 : sha256Digest(await readFile5(resolve2(io.cwd, options.policy)).catch(() => {
      throw new UsageError(`cannot read the policy "${options.policy}"; check the path`);
    }));
    const signedHead = commit ? await headFacts(root, text, io) : void 0;
    const checked = checkSignedFile(text, source, trusted, ed25519Verifier, { ...commit ? { commit } : {}, ...signedHead ? { signedHead } : {}, ...policyDigest ? { policyDigest } : {} });
    const unboxed = checked.ok && options.requireIsolation ? unboxedReason(checked.report, requiredBox) : void 0;
    const result = unboxed ? { ok: false, reasons: [unboxed] } : checked;
    if (options.json) {
      io.stdout(`${JSON.stringify(result.ok ? { ok: true, keyId: result.keyId, head: result.report.head, tree: result.report.tree, base: result.report.base, workOrder: result.report.workOrder, verdict: result.report.verdict, ...commit ? { commit: commit.sha, matched: result.matched } : {}, policyChecked: policyDigest !== void 0 } : { ok: false, reasons: result.reasons }, null, 2)}
`);
    } else if (result.ok) {
      const r = result.report;
      if (result.matched === "same-tree-and-parents") io.stdout(`\u2713 ${commit.sha} has the tree and parents of the verified head ${r.head}; the report holds for it
`);
      io.stdout(`\u2713 ${source}${signedFileKind(text) === "attestation" ? " (in-toto attestation, DSSE)" : ""} is signed by ${result.keyId}${local.some((key) => key.keyId === result.keyId) ? " (this checkout's local loop key, .shopfloor/keys)" : ""}
  proves head ${r.head} (tree ${r.tree}) against base ${r.base}
  work order: ${r.workOrder ? `${r.workOrder.id} (${r.workOrder.contentHash})` : "none"}
  verdict: ${r.verdict.passed ? "passed" : `failed: ${r.verdict.reasons.join("; ")}`}${r.verdict.complete ? "" : " (only selected gates ran)"}
  policy: ${policyDigest ? `the report ran under ${options.policy}` : `not checked (pass --policy FILE to check ${r.policyDigest.slice(0, 19)}\u2026)`}${r.agents?.length ? `
  agent spend (signed): ${renderAgentSpend(r.agents).join("; ")}` : ""}${r.dirty ? "\n  warning: the gates ran on uncommitted changes" : ""}
`);
    } else {
      for (const reason of result.reasons) io.stdout(`\u2717 ${reason}
`);
    }
    done(result.ok ? ExitCode.ok : ExitCode.failed);
  });
  report.command("show").description("print a report as a table, as Markdown for a job summary, or as check-run output").argument("<report>", "the report file (JSON)").option("--format <format>", "table | markdown | check-run", "table").action(async (file, options) => {
    const parsed = parseReport(await readReport(io, file), file);
    if (!parsed.ok) throw new UsageError(parsed.errors.join("\n"));
    if (options.format === "table") io.stdout(renderReportTable(parsed.value));
    else if (options.format === "markdown") io.stdout(renderReportTable(parsed.value, { markdown: true }));
    else if (options.format === "check-run") io.stdout(`${JSON.stringify(renderCheckRun(parsed.value), null, 2)}
`);
    else throw new UsageError(`--format must be table, markdown or check-run, not "${options.format}"`);
    done(ExitCode.ok);
  });
  withRepoOption(report.command("keygen")).description("create an Ed25519 signing key in .shopfloor/keys/ (gitignored) and print the public key for the policy's signers").option("--json", "print keyId and public key as JSON").action(async (options) => {
    const key = await writeSigningKey(repoRoot(options, io));
    const path = key.path;
    if (options.json) io.stdout(`${JSON.stringify({ keyId: key.keyId, publicKey: key.publicKey, privateKeyFile: path }, null, 2)}
`);
    else io.stdout(`private key: ${relative(io.cwd, path) || path} (keep it secret; .shopfloor/ is gitignored)

Trust it by adding this to ${policyPath}:

signers:
  - keyId: ${key.keyId}
    publicKey: ${key.publicKey}
`);
    done(ExitCode.ok);
  });
  withRepoOption(report.command("prune")).description("delete old runs and unreferenced logs from the artifact store").option("--keep <n>", "runs to keep (newest first)").option("--max-age <duration>", "delete runs older than this, e.g. 30d").option("--store <dir>", `artifact store (default: ${defaultArtifactDir})`).action(async (options) => {
    const maxAgeMs = options.maxAge === void 0 ? void 0 : parseDuration(options.maxAge);
    if (options.maxAge !== void 0 && maxAgeMs === void 0) throw new UsageError(`--max-age "${options.maxAge}" is not a duration; write it like "30d" or "12h"`);
    const keep = options.keep === void 0 ? void 0 : Number(options.keep);
    if (keep !== void 0 && (!Number.isInteger(keep) || keep < 0)) throw new UsageError(`--keep must be a whole number, not "${options.keep}"`);
    const store = createContentAddressedStore(resolve2(repoRoot(options, io), options.store ?? defaultArtifactDir));
    const pruned = await store.prune({ ...keep !== void 0 ? { maxRuns: keep } : {}, ...maxAgeMs !== void 0 ? { maxAgeMs } : {}, now: Date.now(), graceMs: 36e5 });
    io.stdout(`removed ${pruned.removedRuns} run(s) and ${pruned.removedBlobs} artifact(s)
`);
    done(ExitCode.ok);
  });
};
async function readReport(io, file) {
  const text = await readFile5(resolve2(io.cwd, file), "utf8").catch(() => void 0);
  if (text === void 0) throw new UsageError(`cannot read the report "${file}"; check the path`);
  return text;
}
var notesRef = "refs/notes/shopfloor";
async function commitFacts(root, value, io) {
  if (/^[0-9a-f]{1,63}$/i.test(value) && !isFullSha(value.toLowerCase())) throw new UsageError(`--sha "${value}" is a short prefix; give the full 40-digit commit SHA (git rev-parse ${value}) or a ref such as HEAD`);
  const git = createGitCli({ env: io.env });
  const shown = await git.raw(root, ["rev-parse", "--verify", "-q", "--end-of-options", `${value}^{commit}`]);
  if (shown.exitCode !== 0) {
    const kind = (await git.raw(root, ["cat-file", "-t", "--end-of-options", value])).stdout.trim();
    throw new UsageError(kind ? `--sha "${value}" is a ${kind}, not a commit; a report proves a commit` : `--sha "${value}" is not a commit in ${root}; pass a full commit SHA or a ref, and --repo for another repository`);
  }
  return await readCommit(root, shown.stdout.trim(), io);
}
async function readCommit(root, sha, io) {
  const shown = await createGitCli({ env: io.env }).raw(root, ["show", "-s", "--format=%H%n%T%n%P", "--end-of-options", sha]);
  if (shown.exitCode !== 0) return void 0;
  const [commit = "", tree = "", parents = ""] = shown.stdout.split("\n");
  return { sha: commit, tree, parents: parents.split(" ").filter(Boolean) };
}
async function headFacts(root, text, io) {
  const head2 = unverifiedHead(text);
  return head2 ? readCommit(root, head2, io) : void 0;
}
async function notedReport(root, sha, io) {
  const git = createGitCli({ env: io.env });
  const text = await git.notesShow(root, notesRef, sha);
  const folded = text === void 0 ? await readFolded(git, root, sha) : void 0;
  if (folded) throw new UsageError(`${sha} has no report of its own: the merge train landed it folded into the car ${folded.landedIn}, moving main straight past it; that car's signed report (${folded.reportDigest.slice(0, 19)}\u2026) proves its tree, which contains this commit. Check it with: shopfloor report verify --sha ${folded.landedIn}`);
  if (text === void 0) {
    const message = (await git.raw(root, ["show", "-s", "--format=%B", "--end-of-options", sha])).stdout;
    const trailers = parseMergeTrailers(message);
    if (!trailers.workOrder && !trailers.reverts) throw new UsageError(`${sha} has no report: it is not a commit Shopfloor landed (no Work-Order or Reverts trailer), so nothing signed speaks for it; if it reached main outside the loop, verify it with shopfloor verify --sign, or revert it`);
    throw new UsageError(`no report is noted on ${sha} in ${notesRef}; pass the report file, or fetch the notes (git fetch origin ${notesRef}:${notesRef})`);
  }
  return text;
}
function sha256Digest(bytes) {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}
async function keyFromOption(io, value) {
  const path = resolve2(io.cwd, value);
  const text = await stat(path).then((s) => s.isFile(), () => false) ? await readFile5(path, "utf8") : value;
  const keyId = ed25519Verifier.keyIdOf(text);
  if (!keyId) throw new UsageError(`--key is neither a readable file nor an Ed25519 public key (PEM or base64 SPKI): "${value.slice(0, 60)}"`);
  return { keyId, publicKey: text };
}
async function policySigners(root) {
  const text = await readFile5(join7(root, policyPath), "utf8").catch(() => void 0);
  if (text === void 0) return [];
  const { policy, findings } = checkPolicyFile(text, policyPath);
  if (!policy) throw new UsageError(`${policyPath} has errors (run \`shopfloor validate\`), so its signers cannot be trusted: ${findings[0]?.message ?? ""}`);
  return [...policy.signers ?? []];
}
function requiredIsolation(value) {
  if (value === void 0 || value === true || value === false) return void 0;
  const known = isolationModes.find((mode) => mode === value);
  if (!known) throw new UsageError(`--require-isolation takes no value or one of ${isolationModes.join(", ")}, not "${value}" (name the report file before the option)`);
  return known;
}

// src/entrypoints/cli/revert-command.ts
import { tmpdir as tmpdir2 } from "node:os";
var revertCommand = (program2, io, done) => {
  withRepoOption(program2.command("revert")).description("plan and create the revert of a merge on shopfloor/revert/<sha>, run the gates, and say whether policy lets it merge").argument("<merge>", "the first-parent merge to revert (the culprit a bisect named)").option("--onto <rev>", "the branch tip to revert on", "HEAD").option("--confidence <p>", "the bisect's confidence in the culprit; below revert.minConfidence it needs review").option("--run <command>", "the failing check, recorded as the bug work order reproducer").option("--json", "print the plan and result as JSON").action(async (merge, flags) => {
    const root = repoRoot(flags, io);
    const policy = await loadPolicy(root);
    const confidence = flags.confidence === void 0 ? void 0 : Number(flags.confidence);
    if (confidence !== void 0 && !(confidence >= 0 && confidence <= 1)) throw new UsageError(`--confidence ${flags.confidence} is not a probability; give a number from 0 to 1`);
    const git = createGitCli({ env: io.env });
    const result = await revertWithLocalGates(root, io, git, policy, {
      repoDir: root,
      culprit: merge,
      onto: flags.onto,
      policy,
      nowMs: Date.now(),
      ...confidence !== void 0 ? { confidence } : {},
      ...flags.run ? { failingCheck: { name: "failing-check", run: flags.run } } : {}
    }, tmpdir2());
    if (!result.ok) throw new UsageError(result.message);
    if (flags.json) io.stdout(`${JSON.stringify(result, null, 2)}
`);
    else printRevert(result, io);
    done(result.created ? ExitCode.ok : ExitCode.failed);
  });
};
function printRevert(result, io) {
  const short2 = result.facts.culprit.sha.slice(0, 12);
  if (!result.created) {
    io.stdout(`\u2717 not reverting ${short2} ("${result.facts.culprit.subject}")${result.plan.action === "ask-human" ? ": auto-revert is frozen, ask a human" : ""}
`);
    for (const reason of result.plan.reasons) io.stdout(`  [${reason.code}] ${reason.message}
`);
    return;
  }
  io.stdout(`\u2713 reverted ${short2} ("${result.facts.culprit.subject}") on ${result.plan.branch} as ${result.revertSha.slice(0, 12)}${result.plan.mainline ? " (git revert -m 1)" : ""}
`);
  io.stdout(`  gates: ${result.gates.passed ? "passed" : "FAILED"} (${result.gates.summary})
`);
  if (result.canary) io.stdout(`  canary on main + revert: ${result.canary}
`);
  io.stdout(`  bug work order: ${result.workOrder.path}${result.workOrder.created ? " (committed on the revert branch)" : " (already existed)"}
`);
  io.stdout(`  policy: ${result.merge.autoMerge ? "may auto-merge" : "needs review before merging"}
`);
  for (const reason of result.merge.reasons) io.stdout(`    ${reason}
`);
  io.stdout(`  next: git merge --no-ff ${result.plan.branch}
`);
}

// src/core/roadmap/render-roadmap.ts
var marks2 = { done: "done", reverted: "reverted", closed: "closed", running: "running", held: "HELD", ready: "READY", waiting: "waiting", blocked: "BLOCKED" };
function renderRoadmapText(roadmap) {
  const count = (state) => roadmap.entries.filter((e) => e.state === state).length;
  const lines = [`Roadmap: ${roadmap.entries.length} work orders, ${roadmap.waves.length} waves; ${count("ready")} ready, ${count("running")} running, ${count("held")} held, ${count("waiting")} waiting, ${count("blocked")} blocked, ${count("done")} done, ${count("reverted")} reverted`];
  const byId = new Map(roadmap.entries.map((e) => [e.id, e]));
  roadmap.waves.forEach((wave, index) => {
    lines.push("", `Wave ${index + 1}`);
    for (const id of wave) lines.push(describeEntry(byId.get(id)));
  });
  const blocked = roadmap.entries.filter((e) => e.state === "blocked");
  if (blocked.length > 0) lines.push("", "Blocked", ...blocked.map(describeEntry));
  const finished2 = roadmap.entries.filter((e) => e.state === "done" || e.state === "reverted" || e.state === "closed");
  if (finished2.length > 0) lines.push("", `Finished: ${finished2.map((e) => `${e.id} (${e.state})`).join(", ")}`);
  lines.push("", roadmap.parallel.length > 0 ? `Can start now, in parallel: ${roadmap.parallel.join(", ")}` : "Nothing can start now.");
  for (const cycle of roadmap.cycles) lines.push(`Dependency cycle: ${cycle.join(" -> ")}`);
  if (roadmap.conflicts.length > 0) {
    lines.push("", "Scope conflicts (never run at the same time):");
    for (const c of roadmap.conflicts.slice(0, maxConflictGroupsShown)) {
      lines.push(c.same ? `  ${listIds(c.a)}: all may touch "${c.globs[0]}" (e.g. ${c.witness}); one at a time` : `  ${listIds(c.a)} ~ ${listIds(c.b)}: "${c.globs[0]}" and "${c.globs[1]}" both match ${c.witness}`);
    }
    const rest = roadmap.conflicts.length - maxConflictGroupsShown;
    if (rest > 0) lines.push(`  \u2026 and ${rest} more conflict group(s); shopfloor roadmap --json lists them all`);
  }
  return `${lines.join("\n")}
`;
}
var maxConflictGroupsShown = 20;
var maxIdsShown = 8;
function listIds(ids) {
  return ids.length <= maxIdsShown ? ids.join(", ") : `${ids.slice(0, maxIdsShown).join(", ")} and ${ids.length - maxIdsShown} more (${ids.length} work orders)`;
}
function describeEntry(entry) {
  const waiting = entry.waitingOn.length > 0 ? ` (needs ${entry.waitingOn.join(", ")})` : "";
  return `  ${marks2[entry.state].padEnd(8)} ${entry.id}  ${entry.title}  [${entry.kind}, ${entry.priority}]${waiting}`;
}
function renderRoadmapMermaid(roadmap) {
  const node = (id) => `n_${id.replace(/-/g, "_")}`;
  const label = (text) => text.replace(/["<>#&]/g, " ").replace(/\s+/g, " ").trim();
  const lines = ["```mermaid", "flowchart LR"];
  for (const entry of roadmap.entries) lines.push(`  ${node(entry.id)}["${entry.id}<br/>${label(entry.title)}"]:::${entry.state}`);
  const known = new Set(roadmap.entries.map((e) => e.id));
  for (const entry of roadmap.entries) for (const dep of entry.dependencies) if (known.has(dep)) lines.push(`  ${node(dep)} --> ${node(entry.id)}`);
  for (const c of roadmap.conflicts) if (!c.same || c.a.length > 1) lines.push(`  ${node(c.a[0])} -. scope .- ${node(c.same ? c.a[1] : c.b[0])}`);
  lines.push(
    "  classDef done fill:#d4edda,stroke:#28a745",
    "  classDef ready fill:#cce5ff,stroke:#0366d6",
    "  classDef running fill:#fff3cd,stroke:#b08800",
    "  classDef waiting fill:#f6f8fa,stroke:#6a737d",
    "  classDef blocked fill:#f8d7da,stroke:#cb2431",
    "  classDef closed fill:#e1e4e8,stroke:#6a737d",
    "  classDef reverted fill:#e1e4e8,stroke:#cb2431",
    "  classDef held fill:#ffe5b4,stroke:#d15704",
    "```"
  );
  return `${lines.join("\n")}
`;
}

// src/entrypoints/cli/roadmap-command.ts
var roadmapCommand = (program2, io, done) => {
  withRepoOption(program2.command("roadmap")).description("show the roadmap: dependency waves, what is ready, what can run in parallel, scope conflicts").option("--json", "print the roadmap as JSON").option("--mermaid", "print the dependency graph as a Mermaid chart (renders on GitHub)").option("--main <branch>", "the branch whose history says what is merged and reverted (as shopfloor run)", "main").action(async (options) => {
    if (options.json && options.mermaid) throw new UsageError("--json and --mermaid cannot be combined; pick one");
    if (!/^[A-Za-z0-9._/-]+$/.test(options.main) || options.main.startsWith("-")) throw new UsageError(`--main "${options.main}" is not a branch name`);
    const root = repoRoot(options, io);
    const validation = await validateRepo(createNodeRepoFiles(root));
    const workOrderErrors = validation.findings.filter((f) => f.severity === "error" && f.file.startsWith("workorders/"));
    const live = await readRoadmapLiveFacts(root, options.main, io.env);
    const roadmap = buildRoadmap(validation.workOrders, live.facts ?? {});
    if (options.json) io.stdout(`${JSON.stringify({ ...roadmap, source: live.source, invalid: workOrderErrors }, null, 2)}
`);
    else if (options.mermaid) io.stdout(renderRoadmapMermaid(roadmap));
    else {
      io.stdout(`${live.source}
`);
      io.stdout(renderRoadmapText(roadmap));
      if (workOrderErrors.length > 0) {
        io.stderr(`
${workOrderErrors.length} problem(s) keep some work orders off the roadmap:
`);
        for (const finding of workOrderErrors) io.stderr(`${formatFinding(finding)}
`);
      }
    }
    done(hasErrors(workOrderErrors) || roadmap.cycles.length > 0 ? ExitCode.failed : ExitCode.ok);
  });
};

// src/entrypoints/cli/serve-command.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { resolve as resolve3 } from "node:path";

// src/entrypoints/cli/read-dot-env.ts
import { existsSync, readFileSync as readFileSync2 } from "node:fs";
import { join as join8 } from "node:path";
import { parseEnv } from "node:util";
function withDotEnv(env, dir) {
  const file = join8(dir, ".env");
  if (!existsSync(file)) return { env };
  const fromFile = parseEnv(readFileSync2(file, "utf8"));
  return { env: { ...fromFile, ...env }, file };
}

// src/entrypoints/cli/serve-command.ts
var serveCommand = (program2, io, done) => {
  withRepoOption(program2.command("serve")).description("serve the Writer (live run documents of .shopfloor/runs/) and, when APP_ID, PRIVATE_KEY(_PATH) and WEBHOOK_SECRET are set, the GitHub App webhook").option("--port <n>", "port to listen on (0 picks a free one)", "4646").option("--host <address>", "address to bind; anything but loopback shows agent output to your network", "127.0.0.1").option("--store <dir>", "run store directory (default: <repo>/.shopfloor/runs)").action(async (options) => {
    const port = Number(options.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port "${options.port}" is not a port number; use 0-65535`);
    const root = repoRoot(options, io);
    const storeDir = options.store ?? runStoreDir(root);
    const { env } = withDotEnv(io.env, io.cwd);
    const app = readGitHubAppConfig(env, (path) => readFileSync3(resolve3(io.cwd, path), "utf8"));
    if (app.configured && !app.ok) throw new UsageError(`the GitHub App is half configured:
${app.errors.map((error) => `  - ${error}`).join("\n")}
(unset APP_ID, PRIVATE_KEY, PRIVATE_KEY_PATH and WEBHOOK_SECRET to serve the Writer alone)`);
    const handlers = app.configured && app.ok ? [await (await import("./chunks/github-webhook-handler-U4PAC2LV.js")).createGitHubWebhookHandler({ config: app.value, env, logLevel: logLevelFrom(env.LOG_LEVEL) })] : [];
    const feed = createRunFeed(createFileRunStore(storeDir), { onError: (error) => io.stderr(`shopfloor serve: ${error instanceof Error ? error.message : String(error)}
`) });
    let server;
    try {
      server = await startWriterServer({ feed, storeDir, host: options.host, port, handlers, roadmap: writerRoadmap(root, io.env), metrics: writerMetrics(root, io.env), showCommit: writerCommit(root, io.env), objects: writerObjects(root, io.env), train: writerTrain(root, io.env), onError: (error) => io.stderr(`shopfloor serve: ${error instanceof Error ? error.message : String(error)}
`) });
    } catch (error) {
      const code = error.code;
      if (code === "EADDRINUSE" || code === "EACCES" || code === "EADDRNOTAVAIL") throw new UsageError(`cannot listen on ${options.host}:${port} (${code}); pick another --port or --host`, { cause: error });
      throw error;
    }
    io.stdout(`Writer: ${server.url}/  (run store ${storeDir}; Ctrl-C to stop)
`);
    if (app.configured && app.ok) {
      io.stdout(`GitHub App ${app.value.appId}: webhook at ${server.url}${app.value.webhookPath}
`);
      if (app.value.webhookProxyUrl) io.stdout(`  forward GitHub's deliveries here with: npx smee-client --url ${app.value.webhookProxyUrl} --target ${server.url}${app.value.webhookPath}
`);
      else if (["127.0.0.1", "::1", "localhost"].includes(options.host)) io.stderr(`note: GitHub cannot reach ${options.host}; set WEBHOOK_PROXY_URL to a smee.io channel, or serve behind an HTTPS reverse proxy
`);
    }
    if (!["127.0.0.1", "::1", "localhost"].includes(options.host)) io.stderr(`warning: bound to ${options.host}; anyone who can reach it can read agent output
`);
    await new Promise((resolve5) => io.signal.aborted ? resolve5() : io.signal.addEventListener("abort", () => resolve5(), { once: true }));
    await server.close();
    done(ExitCode.ok);
  });
};
var logLevels = ["trace", "debug", "info", "warn", "error", "fatal"];
function logLevelFrom(value) {
  return logLevels.find((level) => level === value?.toLowerCase()) ?? "info";
}

// src/entrypoints/cli/validate-command.ts
import { relative as relative2, resolve as resolve4, sep } from "node:path";
var validateCommand = (program2, io, done) => {
  withRepoOption(program2.command("validate")).description("check work orders (workorders/*.yml) and the repo policy (.github/shopfloor.yml)").argument("[paths...]", "files or directories to check (default: all work orders and the policy)").option("--json", "print the findings as JSON").action(async (paths, options) => {
    const root = repoRoot(options, io);
    const targets = paths.map((path) => toRepoPath(root, resolve4(io.cwd, path)));
    let result;
    try {
      result = await validateRepo(createNodeRepoFiles(root), targets);
    } catch (error) {
      if (error instanceof MissingPathError) throw new UsageError(error.message);
      throw error;
    }
    const errors = result.findings.filter((f) => f.severity === "error").length;
    const warnings = result.findings.length - errors;
    if (options.json) {
      io.stdout(`${JSON.stringify({ ok: errors === 0, errors, warnings, files: result.filesChecked, findings: result.findings }, null, 2)}
`);
    } else {
      for (const finding of result.findings) io.stdout(`${formatFinding(finding)}
`);
      const files = `${result.filesChecked.length} file${result.filesChecked.length === 1 ? "" : "s"}`;
      if (result.filesChecked.length === 0) io.stdout("No work orders or policy found; run `shopfloor init` to create them.\n");
      else io.stdout(errors === 0 ? `\u2713 ${files} valid${warnings ? ` (${warnings} warning${warnings === 1 ? "" : "s"})` : ""}
` : `\u2717 ${errors} error${errors === 1 ? "" : "s"}${warnings ? `, ${warnings} warning${warnings === 1 ? "" : "s"}` : ""} in ${files}
`);
    }
    done(hasErrors(result.findings) ? ExitCode.failed : ExitCode.ok);
  });
};
function toRepoPath(root, absolute) {
  const path = relative2(root, absolute);
  if (path.startsWith("..") || resolve4(root, path) !== absolute) throw new UsageError(`"${absolute}" is outside the repository ${root}; pass --repo or a path inside it`);
  return path === "" ? "." : path.split(sep).join("/");
}

// src/entrypoints/cli/cli-commands.ts
var cliCommands = [
  validateCommand,
  newCommand,
  initCommand,
  roadmapCommand,
  implementCommand,
  verifyCommand,
  reportCommand,
  canaryCommand,
  bisectCommand,
  revertCommand,
  metricsCommand,
  runCommand,
  approveCommand,
  serveCommand,
  demoCommand
];

// src/entrypoints/cli/command-examples.ts
var commandExamples = {
  shopfloor: 'shopfloor init && shopfloor new wo-1 --title "Add a health check" && shopfloor run --once',
  validate: "shopfloor validate workorders/wo-1.yml",
  new: 'shopfloor new wo-12 --title "Cache prices" --scope "src/price/**" "test/price/**" --depends-on wo-11',
  init: "shopfloor init --repo ../my-project",
  roadmap: "shopfloor roadmap --mermaid > ROADMAP.md",
  implement: "shopfloor implement wo-1 --provider replay --transcript .shopfloor/transcripts/wo-1.json",
  verify: "shopfloor verify --sign --note",
  report: "shopfloor report verify --sha HEAD",
  "report verify": "shopfloor report verify --sha HEAD   (the report noted on the landed commit)",
  "report show": 'shopfloor report show report.json --format markdown >> "$GITHUB_STEP_SUMMARY"',
  "report keygen": "shopfloor report keygen --json",
  "report prune": "shopfloor report prune --keep 50 --max-age 30d",
  canary: "shopfloor canary --rev main",
  bisect: 'shopfloor bisect --good refs/shopfloor/canary/last-good --bad main --run "npm test"',
  revert: 'shopfloor revert 3f2c9a1e4b7d5c6a --confidence 0.9990 --run "npm test"',
  metrics: "shopfloor metrics --since 12w --markdown",
  run: "shopfloor run --once --parallel 2",
  approve: "shopfloor approve wo-1 --sha $(git rev-parse agent/wo-1/abc123)",
  serve: "shopfloor serve --port 4646",
  demo: "shopfloor demo"
};

// src/entrypoints/cli/cli-program.ts
function createCliProgram(io, done) {
  const program2 = new Command("shopfloor").description("Run AI coding agents on a repository without losing control of it.").version(shopfloorVersion, "-V, --version").showHelpAfterError("(run with --help for usage)").exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr }).enablePositionalOptions();
  for (const register of cliCommands) register(program2, io, done);
  markRequiredOptions(program2);
  addExamples(program2, "");
  return program2;
}
function markRequiredOptions(command) {
  for (const option of command.options) if (option.mandatory && !option.description.startsWith("(required)")) option.description = `(required) ${option.description}`;
  for (const sub of command.commands) markRequiredOptions(sub);
}
function addExamples(command, path) {
  const key = path || command.name();
  const example = commandExamples[key];
  if (example) command.addHelpText("after", `
Example:
  ${example}
`);
  for (const sub of command.commands) addExamples(sub, path ? `${path} ${sub.name()}` : sub.name());
}

// src/entrypoints/cli/run-cli.ts
async function runCli(argv, io) {
  let exitCode = ExitCode.ok;
  const program2 = createCliProgram(io, (code) => exitCode = code);
  try {
    await program2.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    return reportFailure(error, io, argv.includes("--json"));
  }
}
function reportFailure(error, io, json) {
  const asJson = (kind, message2) => json && io.stdout(`${JSON.stringify({ ok: false, error: { kind, message: message2 } }, null, 2)}
`);
  if (error instanceof CommanderError) {
    if (error.exitCode !== 0) asJson("usage", error.message.replace(/^error: /, ""));
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof UsageError) {
    io.stderr(`shopfloor: ${error.message}
`);
    asJson("usage", error.message);
    return ExitCode.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`shopfloor: internal error: ${message}
This is a bug in Shopfloor; please report it with the command you ran.
`);
  asJson("internal", message);
  if (io.env.SHOPFLOOR_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}
`);
  return ExitCode.failed;
}

// src/entrypoints/cli.ts
var controller = new AbortController();
var signals = { SIGINT: 130, SIGTERM: 143 };
var graceMs = 1e4;
for (const [signal, code] of Object.entries(signals)) {
  process.on(signal, () => {
    if (controller.signal.aborted) process.exit(code);
    controller.abort();
    setTimeout(() => {
      process.stderr.write(`shopfloor: still busy ${graceMs / 1e3} s after ${signal}; exiting
`);
      process.exit(code);
    }, graceMs).unref();
  });
}
try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    signal: controller.signal
  });
} catch (error) {
  process.stderr.write(`shopfloor: ${error instanceof Error ? error.message : String(error)}
`);
  process.exitCode = 1;
}
setTimeout(() => process.exit(), 2e3).unref();
