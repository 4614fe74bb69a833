/** One problem found in a user's file, located precisely enough for an editor to jump to it. */
export interface Finding {
  readonly severity: 'error' | 'warning';
  /** Repository-relative path with forward slashes. */
  readonly file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  readonly line: number;
  readonly column: number;
  /** Field path such as `scope.paths[2]`; empty for the whole document. */
  readonly path: string;
  readonly message: string;
  /** Stable machine code, e.g. `unknown-key`, `duplicate-id`. */
  readonly code: string;
}

export type FieldPath = readonly (string | number)[];

/** Renders a field path the way users write it: `scope.paths[2]`. */
export function formatFieldPath(path: FieldPath): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    const key = /^[A-Za-z_$][\w$-]*$/.test(part) ? part : JSON.stringify(part);
    return text === '' ? key : `${text}.${key}`;
  }, '');
}

/** `file:line:col path: message`, the one line format every command prints. */
export function formatFinding(finding: Finding): string {
  const where = finding.line > 0 ? `${finding.file}:${finding.line}:${finding.column}` : finding.file;
  const level = finding.severity === 'warning' ? 'warning: ' : '';
  return `${where} ${finding.path ? `${finding.path}: ` : ''}${level}${finding.message}`;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message));
}
