/** A round as bit masks: each car adds `mask` onto main (`parent` -1) or onto an earlier car of the round. */
export interface Design {
  readonly cars: readonly { readonly parent: number; readonly mask: number }[];
}

/** Each car's whole tree: its members and those of every car under it. */
export function treesOf(d: Design): number[] {
  const out: number[] = [];
  d.cars.forEach((car) => out.push((car.parent < 0 ? 0 : out[car.parent]!) | car.mask));
  return out;
}

/**
 * The shapes a round starts from, over `bits` ordered safest first: chains of up to three cars, two or
 * three cars side by side on main, and a pair side by side on top of a first car.
 */
export function startDesigns(bits: readonly number[], depth: number): Design[] {
  const n = bits.length;
  const span = (from: number, to: number) => bits.slice(from, to).reduce((m, b) => m | b, 0);
  const starts: Design[] = [];
  const chains = (cuts: number[]) => {
    if (cuts.length > 0) starts.push({ cars: cuts.map((cut, i) => ({ parent: i - 1, mask: span(i === 0 ? 0 : cuts[i - 1]!, cut) })) });
    if (cuts.length < Math.min(depth, 3)) for (let cut = (cuts.at(-1) ?? 0) + 1; cut <= n; cut++) chains([...cuts, cut]);
  };
  chains([]);
  for (let a = 1; a < n; a++) {
    for (let b = a + 1; b <= n; b++) {
      // A pair side by side, and both on top of the first: one lands even when the other holds a culprit.
      starts.push({ cars: [{ parent: -1, mask: span(0, a) }, { parent: 0, mask: span(a, b) }, { parent: -1, mask: span(a, b) }] });
      if (b < n) starts.push({ cars: [{ parent: -1, mask: span(0, a) }, { parent: -1, mask: span(a, b) }, { parent: -1, mask: span(b, n) }] });
    }
    starts.push({ cars: [{ parent: -1, mask: span(0, a) }, { parent: -1, mask: span(a, n) }] });
  }
  return starts;
}

/**
 * Three cars side by side on main whose members overlap, as in non-adaptive group testing: the first
 * members ride in one car each, the last `doubles` in two, so the set of cars that fail narrows a
 * culprit down to the few changes that rode in exactly those cars instead of a whole car. Members keep
 * their order: the first car holds the first singles, and the doubles go to each pair of cars in turn.
 * Undefined when a car would be empty or over `batch`.
 */
export function codeDesign(bits: readonly number[], doubles: number, batch: number): Design | undefined {
  const singles = bits.length - doubles;
  const masks = [0, 0, 0];
  const sizes = [0, 0, 0];
  const put = (cars: readonly number[], bit: number) => cars.forEach((car) => ((masks[car]! |= bit), sizes[car]!++));
  bits.slice(0, singles).forEach((bit, i) => put([Math.floor((i * 3) / singles)], bit));
  bits.slice(singles).forEach((bit, i) => put(([[0, 1], [0, 2], [1, 2]] as const)[Math.floor((i * 3) / doubles)]!, bit));
  return sizes.every((size) => size > 0 && size <= batch) ? { cars: masks.map((mask) => ({ parent: -1, mask })) } : undefined;
}
