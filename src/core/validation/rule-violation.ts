import type { FieldPath } from './finding.ts';

/** A cross-field problem in one file, before it is located (`line:col`) in that file's text. */
export interface RuleViolation {
  readonly path: FieldPath;
  readonly message: string;
  readonly code: string;
  readonly severity: 'error' | 'warning';
  /** Locate the key itself rather than its value (e.g. a misplaced key). */
  readonly atKey?: boolean;
}
