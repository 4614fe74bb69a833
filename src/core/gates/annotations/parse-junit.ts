import type { Annotation } from '../gate-spec.ts';

const entities: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decode = (text: string) => text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, name: string) =>
  name.startsWith('#x') || name.startsWith('#X') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : entities[name.toLowerCase()]!);
const attribute = (attributes: string, name: string) => {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? decode(match[1] ?? match[2] ?? '') : undefined;
};

/**
 * Failed and errored test cases of a JUnit XML report (vitest, jest-junit, pytest, cargo2junit). The file
 * comes from the case's `file` attribute, else its suite's, else the class name; the line from `line`
 * or from the first `file:line` in the failure text.
 */
export function parseJunit(xml: string): Annotation[] {
  const found: Annotation[] = [];
  const suites = [...xml.matchAll(/<testsuite\b([^>]*)>([\s\S]*?)<\/testsuite>/g)];
  const blocks = suites.length > 0 ? suites.map((m) => ({ suiteFile: attribute(m[1]!, 'file') ?? attribute(m[1]!, 'filepath'), body: m[2]! })) : [{ suiteFile: undefined, body: xml }];
  for (const { suiteFile, body } of blocks) {
    for (const testcase of body.matchAll(/<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
      const inner = testcase[2] ?? '';
      const problem = /<(failure|error)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/.exec(inner);
      if (!problem) continue;
      const attrs = testcase[1]!;
      const name = attribute(attrs, 'name') ?? 'test';
      const classname = attribute(attrs, 'classname');
      const text = decode((problem[3] ?? '').replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1'));
      // vitest puts the file path in classname; pytest and JUnit put a dotted module or class name there.
      const path = attribute(attrs, 'file') ?? suiteFile ?? (classname?.includes('/') ? classname : classname?.replace(/\./g, '/')) ?? 'unknown';
      const lineFromText = new RegExp(`${escapeRegExp(path)}:(\\d+)(?::(\\d+))?`).exec(text);
      const line = Number(attribute(attrs, 'line') ?? lineFromText?.[1] ?? 1);
      const message = attribute(problem[2]!, 'message') ?? text.trim().split('\n')[0] ?? 'failed';
      found.push({ path, line, ...(lineFromText?.[2] ? { column: Number(lineFromText[2]) } : {}), level: 'error', message: message || 'failed', title: classname ? `${classname} › ${name}` : name });
    }
  }
  return found;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
