import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const manifest = parse(readFileSync(join(root, 'app.yml'), 'utf8')) as { default_events: string[]; default_permissions: Record<string, string> };
const appPage = readFileSync(join(root, 'docs', 'github-app.md'), 'utf8');
const section = appPage.includes('## Install and run') ? appPage.slice(appPage.indexOf('## Install and run'), appPage.indexOf('\n## ', appPage.indexOf('## Install and run') + 1)) : '';

/** The events the App's handlers listen to, read from every `app.on(...)` and `onWebhook(app, ...)` in its entrypoint files. */
const handlerFiles = [join(root, 'src', 'entrypoints', 'probot-app.ts'), ...readdirSync(join(root, 'src', 'entrypoints', 'probot')).map((name) => join(root, 'src', 'entrypoints', 'probot', name))];
const neededEvents = [...new Set(handlerFiles.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/(?:app\.on|onWebhook)\(\s*(?:app,\s*)?(\[[^\]]*\]|'[^']+')/g)]
  .flatMap((m) => [...m[1]!.matchAll(/'([a-z_]+)(?:\.[a-z_]+)?'/g)].map((e) => e[1]!))))];

describe('app.yml', () => {
  it('subscribes to exactly the events the App handles (no deliveries it would drop)', () => {
    expect(neededEvents.length).toBeGreaterThan(5);
    expect([...manifest.default_events].sort()).toEqual([...neededEvents].sort());
  });

  it('asks for the least it needs: no workflows, administration, secrets or members, and read for merge queues', () => {
    for (const never of ['workflows', 'administration', 'secrets', 'members', 'statuses']) expect(manifest.default_permissions).not.toHaveProperty(never);
    expect(manifest.default_permissions).toEqual({ issues: 'write', pull_requests: 'write', checks: 'write', contents: 'write', actions: 'write', merge_queues: 'write', metadata: 'read' });
  });

  it('matches the permissions and events docs/github-app.md tells users to set', () => {
    expect(section).not.toBe('');
    const rows = [...section.matchAll(/^\| `([a-z_]+)` \| (read|write) \|/gm)].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(rows)).toEqual(manifest.default_permissions);
    const eventsText = section.slice(section.indexOf('Events:'), section.indexOf('\n\n', section.indexOf('Events:')));
    expect([...eventsText.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]).sort()).toEqual([...manifest.default_events].sort());
  });
});
