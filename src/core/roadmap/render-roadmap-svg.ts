import type { Roadmap, RoadmapState } from './build-roadmap.ts';

const width = 190;
const height = 44;
const gapX = 70;
const gapY = 18;
const fills = { done: '#1a7f37', closed: '#6e7781', running: '#0969da', ready: '#bf8700', waiting: '#8c959f', blocked: '#cf222e', held: '#9a6700', reverted: '#8250df' } as const satisfies Record<RoadmapState, string>;

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The work-order DAG as a self-contained SVG (no script, no network): one column per dependency depth, an arrow from each dependency to what needs it, each box coloured by its state.
 * Each box links to `linkFor(id)` when given.
 */
export function renderRoadmapSvg(roadmap: Roadmap, linkFor?: (id: string) => string): string {
  // Column = depth in the graph (longest chain of dependencies), so every arrow points right; a cycle stops the count.
  const byId = new Map(roadmap.entries.map((entry) => [entry.id, entry]));
  const depth = new Map<string, number>();
  const depthOf = (id: string, seen: ReadonlySet<string>): number => {
    if (depth.has(id)) return depth.get(id)!;
    const deps = (byId.get(id)?.dependencies ?? []).filter((dep) => byId.has(dep) && !seen.has(dep));
    const value = deps.length === 0 ? 0 : 1 + Math.max(...deps.map((dep) => depthOf(dep, new Set([...seen, id]))));
    depth.set(id, value);
    return value;
  };
  const columns = new Map<number, string[]>();
  for (const entry of roadmap.entries) {
    const column = depthOf(entry.id, new Set([entry.id]));
    columns.set(column, [...(columns.get(column) ?? []), entry.id]);
  }
  const order = [...columns.keys()].sort((a, b) => a - b);
  const at = new Map<string, { x: number; y: number }>();
  order.forEach((column, ci) => columns.get(column)!.forEach((id, ri) => at.set(id, { x: 10 + ci * (width + gapX), y: 10 + ri * (height + gapY) })));
  const w = 20 + order.length * (width + gapX) - gapX;
  const h = 20 + Math.max(1, ...[...columns.values()].map((ids) => ids.length)) * (height + gapY) - gapY;
  const edges = roadmap.entries.flatMap((entry) =>
    entry.dependencies.flatMap((dep) => {
      const [from, to] = [at.get(dep), at.get(entry.id)];
      return from && to ? [`<line class="edge" x1="${from.x + width}" y1="${from.y + height / 2}" x2="${to.x}" y2="${to.y + height / 2}" stroke="#8c959f" stroke-width="1.5" marker-end="url(#arrow)"/>`] : [];
    }),
  );
  const nodes = roadmap.entries.map((entry) => {
    const { x, y } = at.get(entry.id)!;
    const box = `<g class="node" data-id="${escapeXml(entry.id)}" data-state="${entry.state}"><title>${escapeXml(`${entry.id}: ${entry.title} (${entry.state})`)}</title><rect x="${x}" y="${y}" width="${width}" height="${height}" rx="6" fill="${fills[entry.state]}"/><text x="${x + 10}" y="${y + 18}" fill="#ffffff" font-size="13" font-weight="600">${escapeXml(entry.id.slice(0, 24))}</text><text x="${x + 10}" y="${y + 35}" fill="#ffffff" font-size="11">${entry.state} · ${entry.kind}</text></g>`;
    return linkFor ? `<a href="${escapeXml(linkFor(entry.id))}">${box}</a>` : box;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="roadmap" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="work-order dependency graph" font-family="system-ui, sans-serif">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#8c959f"/></marker></defs>',
    ...edges,
    ...nodes,
    '</svg>',
  ].join('\n');
}
