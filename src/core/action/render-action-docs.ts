import { z } from 'zod';
import { actionInputsSchema } from './action-inputs.ts';
import { actionOutputs } from './action-outputs.ts';

interface InputDoc {
  readonly name: string;
  readonly description: string;
  readonly required: boolean;
  /** The default as `action.yml` declares it (an expression such as `${{ github.token }}` included). */
  readonly default?: string;
}

/** The inputs as `action.yml` must declare them, read from the one schema. */
export function describeActionInputs(): readonly InputDoc[] {
  const json = z.toJSONSchema(actionInputsSchema, { io: 'input' }) as { properties: Record<string, { description?: string; default?: unknown; actionDefault?: string }>; required?: string[] };
  return Object.entries(json.properties).map(([name, property]) => {
    const fallback = property.default !== undefined ? String(property.default) : property.actionDefault;
    return { name, description: property.description ?? '', required: json.required?.includes(name) ?? false, ...(fallback !== undefined ? { default: fallback } : {}) };
  });
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The inputs and outputs tables of docs/action.md (a test keeps the page equal to this). */
export function renderActionDocs(): string {
  return [
    '| input | required | default | what it is |',
    '|---|---|---|---|',
    ...describeActionInputs().map((input) => `| \`${input.name}\` | ${input.required ? 'yes' : 'no'} | ${input.default !== undefined ? `\`${input.default}\`` : ''} | ${cell(input.description)} |`),
    '',
    '| output | what it is |',
    '|---|---|',
    ...Object.entries(actionOutputs).map(([name, description]) => `| \`${name}\` | ${cell(description)} |`),
  ].join('\n');
}
