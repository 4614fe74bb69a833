import type { Roadmap, RoadmapEntry } from './build-roadmap.ts';

const marks: Record<RoadmapEntry['state'], string> = { done: 'done', closed: 'closed', running: 'running', ready: 'READY', waiting: 'waiting', blocked: 'BLOCKED' };

/** The roadmap as terminal text: waves in order, what is ready, what may run together, and conflicts. */
export function renderRoadmapText(roadmap: Roadmap): string {
  const count = (state: RoadmapEntry['state']) => roadmap.entries.filter((e) => e.state === state).length;
  const lines = [`Roadmap: ${roadmap.entries.length} work orders, ${roadmap.waves.length} waves; ${count('ready')} ready, ${count('running')} running, ${count('waiting')} waiting, ${count('blocked')} blocked, ${count('done')} done`];
  const byId = new Map(roadmap.entries.map((e) => [e.id, e]));
  roadmap.waves.forEach((wave, index) => {
    lines.push('', `Wave ${index + 1}`);
    for (const id of wave) lines.push(describeEntry(byId.get(id)!));
  });
  const blocked = roadmap.entries.filter((e) => e.state === 'blocked');
  if (blocked.length > 0) lines.push('', 'Blocked', ...blocked.map(describeEntry));
  const finished = roadmap.entries.filter((e) => e.state === 'done' || e.state === 'closed');
  if (finished.length > 0) lines.push('', `Finished: ${finished.map((e) => `${e.id} (${e.state})`).join(', ')}`);
  lines.push('', roadmap.parallel.length > 0 ? `Can start now, in parallel: ${roadmap.parallel.join(', ')}` : 'Nothing can start now.');
  for (const cycle of roadmap.cycles) lines.push(`Dependency cycle: ${cycle.join(' -> ')}`);
  if (roadmap.conflicts.length > 0) {
    lines.push('', 'Scope conflicts (never run at the same time):');
    for (const c of roadmap.conflicts) lines.push(`  ${c.a} ~ ${c.b}: "${c.globs[0]}" and "${c.globs[1]}" both match ${c.witness}`);
  }
  return `${lines.join('\n')}\n`;
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
  for (const c of roadmap.conflicts) lines.push(`  ${node(c.a)} -. scope .- ${node(c.b)}`);
  lines.push(
    '  classDef done fill:#d4edda,stroke:#28a745',
    '  classDef ready fill:#cce5ff,stroke:#0366d6',
    '  classDef running fill:#fff3cd,stroke:#b08800',
    '  classDef waiting fill:#f6f8fa,stroke:#6a737d',
    '  classDef blocked fill:#f8d7da,stroke:#cb2431',
    '  classDef closed fill:#e1e4e8,stroke:#6a737d',
    '```',
  );
  return `${lines.join('\n')}\n`;
}
