import type { Roadmap, RoadmapEntry } from './build-roadmap.ts';

const marks: Record<RoadmapEntry['state'], string> = { done: 'done', reverted: 'reverted', closed: 'closed', running: 'running', held: 'HELD', ready: 'READY', waiting: 'waiting', blocked: 'BLOCKED' };

/** The roadmap as terminal text: waves in order, what is ready, what may run together, and conflicts. */
export function renderRoadmapText(roadmap: Roadmap): string {
  const count = (state: RoadmapEntry['state']) => roadmap.entries.filter((e) => e.state === state).length;
  const lines = [`Roadmap: ${roadmap.entries.length} work orders, ${roadmap.waves.length} waves; ${count('ready')} ready, ${count('running')} running, ${count('held')} held, ${count('waiting')} waiting, ${count('blocked')} blocked, ${count('done')} done, ${count('reverted')} reverted`];
  const byId = new Map(roadmap.entries.map((e) => [e.id, e]));
  roadmap.waves.forEach((wave, index) => {
    lines.push('', `Wave ${index + 1}`);
    for (const id of wave) lines.push(describeEntry(byId.get(id)!));
  });
  const blocked = roadmap.entries.filter((e) => e.state === 'blocked');
  if (blocked.length > 0) lines.push('', 'Blocked', ...blocked.map(describeEntry));
  const finished = roadmap.entries.filter((e) => e.state === 'done' || e.state === 'reverted' || e.state === 'closed');
  if (finished.length > 0) lines.push('', `Finished: ${finished.map((e) => `${e.id} (${e.state})`).join(', ')}`);
  lines.push('', roadmap.parallel.length > 0 ? `Can start now, in parallel: ${roadmap.parallel.join(', ')}` : 'Nothing can start now.');
  for (const cycle of roadmap.cycles) lines.push(`Dependency cycle: ${cycle.join(' -> ')}`);
  if (roadmap.conflicts.length > 0) {
    lines.push('', 'Scope conflicts (never run at the same time):');
    for (const c of roadmap.conflicts.slice(0, maxConflictGroupsShown)) {
      lines.push(c.same
        ? `  ${listIds(c.a)}: all may touch "${c.globs[0]}" (e.g. ${c.witness}); one at a time`
        : `  ${listIds(c.a)} ~ ${listIds(c.b)}: "${c.globs[0]}" and "${c.globs[1]}" both match ${c.witness}`);
    }
    const rest = roadmap.conflicts.length - maxConflictGroupsShown;
    if (rest > 0) lines.push(`  … and ${rest} more conflict group(s); shopfloor roadmap --json lists them all`);
  }
  return `${lines.join('\n')}\n`;
}

/** Conflict groups and ids per group in the text view: the output stays readable at any scale. */
const maxConflictGroupsShown = 20;
const maxIdsShown = 8;

function listIds(ids: readonly string[]): string {
  return ids.length <= maxIdsShown ? ids.join(', ') : `${ids.slice(0, maxIdsShown).join(', ')} and ${ids.length - maxIdsShown} more (${ids.length} work orders)`;
}

function describeEntry(entry: RoadmapEntry): string {
  const waiting = entry.waitingOn.length > 0 ? ` (needs ${entry.waitingOn.join(', ')})` : '';
  return `  ${marks[entry.state].padEnd(8)} ${entry.id}  ${entry.title}  [${entry.kind}, ${entry.priority}]${waiting}`;
}

/** The dependency graph as a Mermaid flowchart that renders in GitHub Markdown. */
export function renderRoadmapMermaid(roadmap: Roadmap): string {
  const node = (id: string) => `n_${id.replace(/-/g, '_')}`;
  const label = (text: string) => text.replace(/["<>#&]/g, ' ').replace(/\s+/g, ' ').trim();
  const lines = ['```mermaid', 'flowchart LR'];
  for (const entry of roadmap.entries) lines.push(`  ${node(entry.id)}["${entry.id}<br/>${label(entry.title)}"]:::${entry.state}`);
  const known = new Set(roadmap.entries.map((e) => e.id));
  for (const entry of roadmap.entries) for (const dep of entry.dependencies) if (known.has(dep)) lines.push(`  ${node(dep)} --> ${node(entry.id)}`);
  // One edge per group (first of each side), so a shared scope is one line however many share it.
  for (const c of roadmap.conflicts) if (!c.same || c.a.length > 1) lines.push(`  ${node(c.a[0]!)} -. scope .- ${node(c.same ? c.a[1]! : c.b[0]!)}`);
  lines.push(
    '  classDef done fill:#d4edda,stroke:#28a745',
    '  classDef ready fill:#cce5ff,stroke:#0366d6',
    '  classDef running fill:#fff3cd,stroke:#b08800',
    '  classDef waiting fill:#f6f8fa,stroke:#6a737d',
    '  classDef blocked fill:#f8d7da,stroke:#cb2431',
    '  classDef closed fill:#e1e4e8,stroke:#6a737d',
    '  classDef reverted fill:#e1e4e8,stroke:#cb2431',
    '  classDef held fill:#ffe5b4,stroke:#d15704',
    '```',
  );
  return `${lines.join('\n')}\n`;
}
