import { UsageError } from './cli-io.ts';

/** `--parallel <n>`: a whole number from 1 to 32, checked before anything is created. */
export function parseParallel(text: string): number {
  const parallel = Number(text);
  if (!Number.isInteger(parallel) || parallel < 1 || parallel > 32) throw new UsageError(`--parallel must be a whole number from 1 to 32, not "${text}"`);
  return parallel;
}
