import { boundMarkdownNesting, parseMarkdown, sourceRange, walkMarkdown, type Nodes } from '../markdown/parse-markdown.ts';

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

/** The plain text of a heading, as it renders (HTML and markup dropped). */
function headingText(node: Nodes): string {
  let text = '';
  walkMarkdown(node, (child) => void (child.type === 'text' || child.type === 'inlineCode' ? (text += child.value) : undefined));
  return text;
}

/**
 * The `### <label>` sections of a rendered issue form, read from the CommonMark tree: only a top-level
 * level-3 heading with one of the form's labels starts a section, so a `### Goal` inside a fenced block,
 * a quote or an HTML comment is field text, not a new field, and a user's own `### Notes` stays in the
 * field it was written in. A field that is one code block (`render:` fields) gives the code. `_No
 * response_` (GitHub's text for an empty field) becomes absent. Returns undefined when the body has none
 * of the form's headings: a plain issue.
 */
export function readIssueForm(body: string): Partial<Record<WorkOrderFormField, string>> | undefined {
  const byLabel = new Map<string, WorkOrderFormField>(workOrderFormFields.map((field) => [field.label.toLowerCase(), field.id]));
  const text = boundMarkdownNesting(body.replace(/\r\n?/g, '\n'));
  const blocks = parseMarkdown(text).children;
  const sections = blocks.flatMap((node, index) => {
    const id = node.type === 'heading' && node.depth === 3 ? byLabel.get(headingText(node).trim().toLowerCase()) : undefined;
    return id ? [{ id, index }] : [];
  });
  if (sections.length === 0) return undefined;
  const out: Partial<Record<WorkOrderFormField, string>> = {};
  sections.forEach(({ id, index }, order) => {
    const next = sections[order + 1]?.index ?? blocks.length;
    const content = blocks.slice(index + 1, next);
    const from = sourceRange(blocks[index]!)?.[1] ?? 0;
    const to = next < blocks.length ? (sourceRange(blocks[next]!)?.[0] ?? text.length) : text.length;
    const only = content.length === 1 ? content[0] : undefined;
    const value = (only?.type === 'code' ? only.value : text.slice(from, to)).trim();
    if (value && value !== '_No response_' && out[id] === undefined) out[id] = value;
  });
  return out;
}
