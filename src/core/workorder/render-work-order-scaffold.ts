import { workOrderApiVersion } from './work-order-schema.ts';

export interface WorkOrderScaffold {
  readonly id: string;
  readonly title: string;
  readonly kind?: string;
  readonly scope?: readonly string[];
  readonly dependencies?: readonly string[];
  readonly schemaRef?: string;
  /** The acceptance test command: the policy's first `unit` gate, with its `env`, so it runs as the gate does. Default `npm test`. */
  readonly test?: { readonly run: string; readonly env?: readonly string[] };
}

/**
 * The YAML text of a new, valid work order (the default scope covers `src/**` and `test/**`, since the
 * scaffolded criterion asks for a test), with a `yaml-language-server` line so editors complete and
 * check it against `workorders/schema.json`. Comments explain each field the user still has to fill.
 */
export function renderWorkOrderScaffold(input: WorkOrderScaffold): string {
  const list = (items: readonly string[] | undefined, fallback: string) =>
    items && items.length > 0 ? items.map((item) => `    - ${quote(item)}`).join('\n') : `    - ${quote(fallback)}`;
  const deps = input.dependencies && input.dependencies.length > 0 ? `dependencies:\n${input.dependencies.map((d) => `  - ${quote(d)}`).join('\n')}\n` : 'dependencies: []\n';
  const forbidden = scaffoldForbidden(input.scope ?? []);
  // Every line of user text stays inside the block scalar, so no text can add a field of its own.
  const goal = input.title.split(/\r\n|[\r\n\u2028\u2029]/).join('\n  ');
  return `# yaml-language-server: $schema=${input.schemaRef ?? './schema.json'}
apiVersion: ${workOrderApiVersion}
id: ${input.id}
title: ${quote(input.title)}
# What done looks like and why it matters. The implementer agent reads this.
goal: |
  ${goal}.
kind: ${input.kind ?? 'feature'}
# The only paths the change may touch (globs); forbidden wins over paths.
scope:
  paths:
${list(input.scope && input.scope.length > 0 ? input.scope : undefined, 'src/**')}${input.scope && input.scope.length > 0 ? '' : `\n    - ${quote('test/**')}`}
${forbidden.length > 0 ? `  forbidden:\n${forbidden.map((glob) => `    - ${JSON.stringify(glob)}`).join('\n')}\n` : ''}# Commands that must pass (each becomes a gate) and criteria a reviewer checks.
acceptance:
  commands:
    - name: test
      run: ${quote(input.test?.run ?? 'npm test')}
${input.test?.env && input.test.env.length > 0 ? `      env: [${input.test.env.join(', ')}]\n` : ''}  criteria:
    - The change is covered by a test.
${deps}risk: medium
priority: normal
`;
}

/**
 * What the scaffold forbids: `.github/**` (workflows, the policy, templates), but never a path the user
 * scoped in, since forbidden wins over paths and the work order could not land at all. A scope inside
 * `.github/` (e.g. `.github/FUNDING.yml`) still keeps the workflows forbidden, unless it names them.
 */
export function scaffoldForbidden(scope: readonly string[]): string[] {
  if (!scope.some((glob) => glob.startsWith('.github/') || glob.startsWith('**'))) return ['.github/**'];
  if (!scope.some((glob) => glob.startsWith('.github/workflows/') || glob === '.github/**' || glob.startsWith('**'))) return ['.github/workflows/**'];
  return [];
}

/** Quotes a YAML scalar only when it needs it. */
function quote(text: string): string {
  return /^[\w./*@-][\w ./*@()-]*$/.test(text) && !/^(true|false|null|yes|no|on|off|~)$/i.test(text) && !/:\s|\s#/.test(text) ? text : JSON.stringify(text);
}
