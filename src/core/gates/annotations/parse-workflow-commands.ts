import type { Annotation } from '../gate-spec.ts';

const command = /^::(error|warning|notice)(?:\s+(.*?))?::(.*)$/;
// Workflow command escaping: https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
const unescapeData = (text: string) => text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
const unescapeProperty = (text: string) => unescapeData(text).replace(/%3A/gi, ':').replace(/%2C/gi, ',');

/** GitHub Actions workflow commands: `::error file=a.ts,line=3,col=5,title=T::message`. */
export function parseWorkflowCommands(output: string): Annotation[] {
  const found: Annotation[] = [];
  for (const line of output.split(/\r?\n/)) {
    const match = command.exec(line.trim());
    if (!match) continue;
    const properties = new Map<string, string>();
    for (const pair of (match[2] ?? '').split(',')) {
      const equals = pair.indexOf('=');
      if (equals > 0) properties.set(pair.slice(0, equals).trim(), unescapeProperty(pair.slice(equals + 1)));
    }
    const file = properties.get('file');
    if (!file) continue;
    const column = properties.get('col');
    const endLine = properties.get('endLine');
    const title = properties.get('title');
    found.push({
      path: file, line: Number(properties.get('line') ?? 1), ...(column ? { column: Number(column) } : {}), ...(endLine ? { endLine: Number(endLine) } : {}),
      level: match[1] as Annotation['level'], message: unescapeData(match[3]!), ...(title ? { title } : {}),
    });
  }
  return found;
}
