import { describe, expect, it } from 'vitest';
import { githubAnchors, githubSlug } from '../../../src/core/docs/github-slug.ts';

describe('githubSlug', () => {
  const cases: readonly [string, string][] = [
    ['Quick start', 'quick-start'],
    ['The local loop (shopfloor run)', 'the-local-loop-shopfloor-run'],
    ['GitHub App: install and run', 'github-app-install-and-run'],
    ["What each runner needs, and what a hostile change can still do", 'what-each-runner-needs-and-what-a-hostile-change-can-still-do'],
    ["The implement job continues the App's run document", 'the-implement-job-continues-the-apps-run-document'],
    ['shopfloor report verify', 'shopfloor-report-verify'],
    ['snake_case & dots.md', 'snake_case--dotsmd'],
    ['Écrire — vite', 'écrire--vite'],
  ];
  it.each(cases)('%s → #%s', (heading, slug) => expect(githubSlug(heading)).toBe(slug));

  it('numbers repeated headings as GitHub does', () => {
    expect([...githubAnchors(['Setup', 'Setup', 'Setup-1', 'Setup'])]).toEqual(['setup', 'setup-1', 'setup-1-1', 'setup-2']);
  });
});
