/**
 * Every elementary cycle reachable in a dependency graph, each reported once as the full path that
 * closes it (`["a", "b", "a"]`). Edges to unknown nodes are ignored (they are reported elsewhere).
 */
export function findCycles(nodes: readonly string[], edgesOf: (node: string) => readonly string[]): string[][] {
  const known = new Set(nodes);
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const seen = new Set<string>();

  const visit = (start: string) => {
    // Iterative DFS so 10,000-long chains do not overflow the call stack.
    const frames: { node: string; next: number }[] = [{ node: start, next: 0 }];
    state.set(start, 'open');
    stack.push(start);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const edges = edgesOf(frame.node).filter((e) => known.has(e));
      if (frame.next >= edges.length) {
        state.set(frame.node, 'done');
        stack.pop();
        frames.pop();
        continue;
      }
      const target = edges[frame.next++]!;
      const targetState = state.get(target);
      if (targetState === 'open') {
        const cycle = [...stack.slice(stack.indexOf(target)), target];
        const key = canonicalKey(cycle);
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      } else if (targetState === undefined) {
        state.set(target, 'open');
        stack.push(target);
        frames.push({ node: target, next: 0 });
      }
    }
  };
  for (const node of [...nodes].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

function canonicalKey(cycle: readonly string[]): string {
  const ring = cycle.slice(0, -1);
  const smallest = ring.reduce((best, node, i) => (node < ring[best]! ? i : best), 0);
  return [...ring.slice(smallest), ...ring.slice(0, smallest)].join('\0');
}

/** `a -> b -> a` */
export function formatCycle(cycle: readonly string[]): string {
  return cycle.join(' -> ');
}
