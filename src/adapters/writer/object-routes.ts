import { parseReport } from '../../core/report/parse-report.ts';
import type { RunDocument } from '../../core/run-document/document-model.ts';
import { findObjectRefs, workOrderOfObjective } from '../../core/run-document/object-refs.ts';
import { escapeHtml } from './escape-html.ts';
import { anchor, linkifyHtml, resolveObjectLinks } from './link-objects.ts';
import type { RepoObjects } from './read-repo-objects.ts';
import { renderPatchListPage, renderReportPage, renderTextObjectPage, type SignatureStatus } from './render-object-pages.ts';

/** What the Writer needs to serve a repository's objects. */
export interface WriterObjects {
  readonly repo: RepoObjects;
  /** Checks a report's signature against the keys the repository trusts. */
  readonly checkSignature: (reportText: string) => Promise<SignatureStatus>;
}

export interface ObjectResponse {
  readonly status: number;
  readonly type: string;
  readonly body: string;
}

/** One object of a run, for the run page's list of links. */
export interface RunObject {
  readonly kind: 'work-order' | 'branch' | 'patches' | 'report' | 'log' | 'bisect' | 'github';
  readonly label: string;
  readonly href: string;
}

const html = (body: string): ObjectResponse => ({ status: 200, type: 'text/html; charset=utf-8', body });

/**
 * The Writer's pages for the objects a run names: /workorders/<id>, /branches/<name>, /artifacts/<hex>
 * (a report rendered with its signature status, or a log), /patches/<work order>[/<file>]. Undefined
 * when the path is not one of them or the object does not exist (the server answers 404).
 */
export async function serveObjectPage(objects: WriterObjects, path: string, query: URLSearchParams): Promise<ObjectResponse | undefined> {
  const { repo } = objects;
  const link = (text: string) => linkifyHtml(text, repo.resolve);
  let match = /^\/workorders\/([a-z0-9][a-z0-9-]*)$/.exec(path);
  if (match) {
    const file = await repo.workOrderFile(match[1]!);
    return file && html(renderTextObjectPage(`work order ${match[1]}`, `Work order <code>workorders/${escapeHtml(match[1]!)}.yml</code>`, file, await link(file.text), '<p class="note">As the checked-out branch has it.</p>'));
  }
  match = /^\/branches\/((?:agent\/[a-z0-9][a-z0-9-]*|shopfloor\/(?:revert|train))\/[0-9a-z][0-9a-z-]*)$/.exec(path);
  if (match) {
    const log = await repo.branchLog(match[1]!);
    return log && html(renderTextObjectPage(`branch ${match[1]}`, `Branch <code>${escapeHtml(match[1]!)}</code>`, log, await link(log.text), '<p class="note">Its commits that the checked-out branch does not have, with their changes.</p>'));
  }
  match = /^\/artifacts\/([0-9a-f]{64})$/.exec(path);
  if (match) return serveArtifact(objects, match[1]!, query.get('raw') === '1');
  match = /^\/patches\/([a-z0-9][a-z0-9-]*)$/.exec(path);
  if (match) {
    const names = await repo.patchNames(match[1]!);
    return names && html(renderPatchListPage(match[1]!, names, await repo.resolve({ kind: 'work-order-file', token: '', key: match[1]! })));
  }
  match = /^\/patches\/([a-z0-9][a-z0-9-]*)\/([^/]+)$/.exec(path);
  if (match) {
    const name = decodeURIComponent(match[2]!);
    const patch = await repo.patch(match[1]!, name);
    return patch && html(renderTextObjectPage(name, `Patch <code>${escapeHtml(name)}</code>`, patch, escapeHtml(patch.text), `<p class="note">Exported for ${anchor(`/patches/${match[1]}`, match[1]!)}; apply it with <code>git am</code>.</p>`));
  }
  return undefined;
}

async function serveArtifact(objects: WriterObjects, hex: string, raw: boolean): Promise<ObjectResponse | undefined> {
  const { repo } = objects;
  const blob = await repo.artifact(hex);
  if (!blob) return undefined;
  if (raw) return { status: 200, type: 'text/plain; charset=utf-8', body: blob.text };
  const parsed = blob.cut ? undefined : parseReport(blob.text, `sha256:${hex}`);
  if (parsed?.ok) {
    const report = parsed.value;
    const commits = new Map<string, string | undefined>();
    for (const sha of [report.head, report.base]) commits.set(sha, await repo.resolve({ kind: 'commit', token: sha, key: sha }));
    const logs = new Map<string, string | undefined>();
    for (const gate of report.gates) if (gate.logDigest) logs.set(gate.logDigest, await repo.resolve({ kind: 'digest', token: gate.logDigest, key: gate.logDigest.slice(7) }));
    const workOrder = report.workOrder ? await repo.resolve({ kind: 'work-order-file', token: '', key: report.workOrder.id }) : undefined;
    return html(renderReportPage(hex, report, await objects.checkSignature(blob.text), { commit: (sha) => commits.get(sha), log: (digest) => logs.get(digest), ...(workOrder ? { workOrder } : {}) }));
  }
  // A log or a kept patch: text, with what it names linked.
  return html(renderTextObjectPage(`sha256:${hex.slice(0, 12)}`, `Artifact <code>sha256:${hex.slice(0, 12)}…</code>`, blob, await linkifyHtml(blob.text, repo.resolve), `<p class="note">A blob of the artifact store (a gate log, or a patch an agent's change was cut into). <a href="/artifacts/${hex}?raw=1">Raw</a>.</p>`));
}

/** Every object a run names or left behind that exists here: links for its text (token → href) and a list for its header. */
export async function runObjects(objects: WriterObjects, runId: string, document: RunDocument): Promise<{ links: Record<string, string>; objects: RunObject[] }> {
  const { repo } = objects;
  const text = [document.objective, ...document.sections.flatMap((s) => [s.canon, s.proposal ?? ''])].join('\n');
  const links = await resolveObjectLinks(text, repo.resolve);
  const list: RunObject[] = [];
  const add = (object: RunObject) => {
    if (!list.some((o) => o.href === object.href)) list.push(object);
  };
  const own = workOrderOfObjective(document.objective);
  if (own) {
    const href = await repo.resolve({ kind: 'work-order-file', token: '', key: own });
    if (href) add({ kind: 'work-order', label: `work order ${own}`, href });
  }
  const refs = findObjectRefs(text);
  for (const ref of refs) {
    const href = links.get(ref.token);
    if (!href) continue;
    if (ref.kind === 'work-order-file') add({ kind: 'work-order', label: `work order ${ref.key}`, href });
    if (ref.kind === 'branch') add({ kind: 'branch', label: `branch ${ref.key}`, href });
    if (ref.kind === 'patches') add({ kind: 'patches', label: `patches of ${ref.key}`, href });
    if (ref.kind === 'artifact-path') add({ kind: 'log', label: 'kept patch (refused changes)', href });
    if (ref.kind === 'github') add({ kind: 'github', label: githubLabel(ref.key), href });
  }
  for (const [, token] of text.matchAll(/\bbisect plan (sha256:[0-9a-f]{12,64})/g)) {
    const href = links.get(token!);
    if (href) add({ kind: 'bisect', label: 'bisect plan', href });
  }
  if (own) {
    const href = await repo.resolve({ kind: 'patches', token: '', key: own });
    if (href) add({ kind: 'patches', label: `patches of ${own}`, href });
  }
  // A run that found a culprit names it; the revert's verification is indexed under that commit.
  for (const index of await repo.runIndexes(runId, refs.filter((ref) => ref.kind === 'commit').map((ref) => ref.key))) {
    const step = /-([a-z0-9]+)$/.exec(index.runId)?.[1] ?? '';
    const what = index.runId.startsWith('revert-') ? (step === 'merge' ? 'revert, merged' : `revert, try ${step}`) : `attempt ${step.replace(/^v/, '')}`;
    const hrefOf = async (digest: string) => repo.resolve({ kind: 'digest', token: digest, key: digest.slice(7) });
    if (index.reportDigest) {
      const href = await hrefOf(index.reportDigest);
      if (href) add({ kind: 'report', label: `report (${what})`, href });
    }
    for (const artifact of index.artifacts) {
      const href = await hrefOf(artifact.digest);
      if (href) add({ kind: 'log', label: `${artifact.name} (${what})`, href });
    }
  }
  return { links: Object.fromEntries(links), objects: list };
}

function githubLabel(url: string): string {
  const kind = /\/(issues|pull|actions\/runs|runs|checks|commit)\//.exec(url)?.[1];
  return kind === 'issues' ? 'GitHub issue' : kind === 'pull' ? 'GitHub pull request' : kind === 'actions/runs' ? 'GitHub Actions run' : kind === 'runs' || kind === 'checks' ? 'GitHub check run' : 'on GitHub';
}
