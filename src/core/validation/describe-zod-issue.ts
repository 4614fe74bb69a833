import type { z } from 'zod';
import { didYouMean } from './did-you-mean.ts';

type Issue = z.core.$ZodIssue;

/** A user-facing sentence for one schema issue: what is wrong and what is expected. */
export function describeZodIssue(issue: Issue, actual: unknown, knownKeys: readonly string[]): string {
  switch (issue.code) {
    case 'invalid_type':
      if (actual === undefined) return `is required; add a ${describeExpected(issue.expected)}`;
      return `expected ${describeExpected(issue.expected)}, got ${describeValue(actual)}`;
    case 'unrecognized_keys':
      return issue.keys.map((key) => describeUnknownKey(key, knownKeys)).join('; ');
    case 'invalid_value':
      if (actual === undefined) return `is required; add it with ${issue.values.length === 1 ? `the value ${JSON.stringify(issue.values[0])}` : `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`}`;
      return `${describeValue(actual)} is not allowed; use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return describeBound('at least', issue.origin, issue.minimum, actual);
    case 'too_big':
      return describeBound('at most', issue.origin, issue.maximum, actual);
    case 'invalid_union':
      return `${describeValue(actual)} matches none of the allowed forms`;
    default:
      return issue.message;
  }
}

export function describeUnknownKey(key: string, knownKeys: readonly string[]): string {
  const suggestion = didYouMean(key, knownKeys);
  if (suggestion) return `unknown key "${key}"; did you mean "${suggestion}"?`;
  return knownKeys.length > 0 ? `unknown key "${key}"; allowed keys are ${knownKeys.join(', ')}` : `unknown key "${key}"`;
}

function describeBound(word: string, origin: string, bound: number | bigint, actual: unknown): string {
  if (origin === 'string') return `must have ${word} ${bound} character${bound === 1 ? '' : 's'}, got ${describeValue(actual)}`;
  if (origin === 'array' || origin === 'set') return `must have ${word} ${bound} item${bound === 1 ? '' : 's'}`;
  return `must be ${word} ${bound}, got ${describeValue(actual)}`;
}

function describeExpected(expected: string): string {
  const names: Record<string, string> = { object: 'mapping (key: value)', array: 'list', string: 'string', number: 'number', int: 'whole number', boolean: 'boolean (true or false)' };
  return names[expected] ?? expected;
}

/** A short, safe rendering of a user's value for a message. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return `${typeof value} ${String(value)}`;
}
