import type { Nodes } from 'mdast';
import { parseMarkdown, walkMarkdown } from '../markdown/parse-markdown.ts';
import { githubAnchors } from './github-slug.ts';

/** A Markdown page of the repository: its repository-relative path (`docs/cli.md`) and its text. */
export interface DocPage {
  readonly path: string;
  readonly text: string;
}

/** A link that leads nowhere, with where it is and why. */
export interface BrokenLink {
  readonly page: string;
  readonly line: number;
  readonly target: string;
  readonly reason: string;
}

/**
 * Every relative link and `#anchor` of `pages` checked: the file must be one of `files` (repository
 * paths; a folder counts when a file lies under it) and the anchor one of the target page's heading
 * anchors, by GitHub's slug rules. Links with a scheme (`https:`, `mailto:`) are not followed.
 */
export function checkDocLinks(pages: readonly DocPage[], files: ReadonlySet<string>): BrokenLink[] {
  const anchorsOf = new Map(pages.map((page) => [page.path, githubAnchors(headingTexts(page.text))]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const { target, line } of linkTargets(page.text)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      const [rawPath = '', anchor] = target.split('#', 2) as [string, string | undefined];
      const path = rawPath === '' ? page.path : resolvePath(page.path, decodeURIComponent(rawPath));
      const fail = (reason: string) => broken.push({ page: page.path, line, target, reason });
      if (path === undefined) fail('it leads outside the repository');
      else if (!files.has(path) && ![...files].some((file) => file.startsWith(`${path.replace(/\/$/, '')}/`))) fail(`${path} does not exist`);
      else if (anchor !== undefined && anchor !== '') {
        const anchors = anchorsOf.get(path);
        if (!anchors) fail(`${path} is not a checked Markdown page, so #${anchor} cannot be checked; link the page without the anchor`);
        else if (!anchors.has(decodeURIComponent(anchor).toLowerCase())) fail(`${path} has no heading with the anchor #${anchor}`);
      }
    }
  }
  return broken;
}

/** The plain text of every heading, in order (code spans count by their text, as on GitHub). */
export function headingTexts(markdown: string): string[] {
  const texts: string[] = [];
  walkMarkdown(parseMarkdown(markdown), (node) => {
    if (node.type !== 'heading') return;
    texts.push(plainText(node));
    return 'skip';
  });
  return texts;
}

function linkTargets(markdown: string): { target: string; line: number }[] {
  const targets: { target: string; line: number }[] = [];
  walkMarkdown(parseMarkdown(markdown), (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') targets.push({ target: node.url, line: node.position?.start.line ?? 0 });
  });
  return targets;
}

function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? node.children.map((child) => plainText(child as Nodes)).join('') : '';
}

/** `target` relative to the folder of `from`, as a repository path; undefined when it climbs out. */
function resolvePath(from: string, target: string): string | undefined {
  const parts = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}
