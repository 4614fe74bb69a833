import { approveCommand } from './approve-command.ts';
import { bisectCommand } from './bisect-command.ts';
import { canaryCommand } from './canary-command.ts';
import type { CliCommand } from './cli-command.ts';
import { demoCommand } from './demo-command.ts';
import { implementCommand } from './implement-command.ts';
import { initCommand } from './init-command.ts';
import { metricsCommand } from './metrics-command.ts';
import { newCommand } from './new-command.ts';
import { reportCommand } from './report-command.ts';
import { revertCommand } from './revert-command.ts';
import { roadmapCommand } from './roadmap-command.ts';
import { serveCommand } from './serve-command.ts';
import { runCommand } from './run-command.ts';
import { validateCommand } from './validate-command.ts';
import { verifyCommand } from './verify-command.ts';

/** Every `shopfloor` command, in the order `--help` lists them. */
export const cliCommands: readonly CliCommand[] = [
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
  demoCommand,
];
