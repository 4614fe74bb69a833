/**
 * The issue form `.github/ISSUE_TEMPLATE/workorder.yml`, field by field. GitHub renders a submitted form
 * as `### <label>` sections, so the labels here are the contract between the template and the parser
 * (a test reads the template and checks they agree).
 */
export const workOrderFormFields = [
  { id: 'goal', label: 'Goal', required: true },
  { id: 'kind', label: 'Kind', required: true },
  { id: 'scope', label: 'Scope', required: true },
  { id: 'forbidden', label: 'Forbidden paths', required: false },
  { id: 'commands', label: 'Acceptance commands', required: false },
  { id: 'criteria', label: 'Acceptance criteria', required: false },
  { id: 'dependencies', label: 'Dependencies', required: false },
  { id: 'risk', label: 'Risk', required: false },
  { id: 'priority', label: 'Priority', required: false },
  { id: 'rollback', label: 'Rollback plan', required: false },
] as const;

export type WorkOrderFormField = (typeof workOrderFormFields)[number]['id'];

/** The label that marks an issue as a work order (also what the form applies). */
export const shopfloorLabel = 'shopfloor';

/**
 * The `### <label>` sections of a rendered issue form. `_No response_` (GitHub's text for an empty
 * field) becomes absent. Returns undefined when the body has none of the form's headings: a plain issue.
 */
export function readIssueForm(body: string): Partial<Record<WorkOrderFormField, string>> | undefined {
  const byLabel = new Map<string, WorkOrderFormField>(workOrderFormFields.map((field) => [field.label.toLowerCase(), field.id]));
  const out: Partial<Record<WorkOrderFormField, string>> = {};
  let current: WorkOrderFormField | undefined;
  let buffer: string[] = [];
  let found = false;
  const close = () => {
    if (current) {
      // Fields with `render:` arrive wrapped in a code fence.
      const value = buffer.join('\n').trim().replace(/^(`{3,})[^\n]*\n([\s\S]*?)\n?\1$/, '$2').trim();
      if (value && value !== '_No response_') out[current] = value;
    }
    buffer = [];
  };
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = /^###\s+(.+?)\s*$/.exec(line);
    if (heading) {
      close();
      current = byLabel.get(heading[1]!.toLowerCase());
      found ||= current !== undefined;
      continue;
    }
    buffer.push(line);
  }
  close();
  return found ? out : undefined;
}
