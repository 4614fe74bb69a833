// The two strategies the train is compared with, on the same scenario model and clock (T = 1).
import { seededRandom } from '../../src/core/bisect/seeded-random.ts';
import { runGates, type Outcome, type Scenario } from './train-scenario.ts';

/**
 * (a) Today's rule: every ready PR is verified on main at once; one green PR lands (its verified tree is
 * exactly main + it); the other green ones are now behind main and re-verify on the new main; a red PR
 * is re-verified once (a gate retry) and then held for a person.
 */
export function simulateOneByOne(s: Scenario): Outcome {
  const random = seededRandom(s.seed);
  let queue = Array.from({ length: s.prs }, (_, i) => ({ pr: i, failures: 0 }));
  const main = new Set<number>();
  const landed: number[] = [];
  const evicted: number[] = [];
  let verifications = 0;
  let time = 0;
  let lastLanding = 0;
  while (queue.length > 0) {
    time += 1;
    verifications += queue.length;
    const results = queue.map((entry) => ({ ...entry, result: runGates(s, new Set([...main, entry.pr]), random) }));
    const winner = results.find((r) => r.result === 'pass');
    if (winner) {
      main.add(winner.pr);
      landed.push(winner.pr);
      lastLanding = time;
    }
    evicted.push(...results.filter((r) => r.result === 'fail' && r.failures >= 1).map((r) => r.pr));
    queue = results.filter((r) => r !== winner && (r.result === 'pass' || r.failures < 1)).map((r) => ({ pr: r.pr, failures: r.failures + (r.result === 'fail' ? 1 : 0) }));
  }
  return { time: lastLanding, verifications, landed, evicted, unverifiedLandings: 0, nonFastForward: 0 };
}

interface Group {
  readonly members: readonly number[];
  readonly tree: ReadonlySet<number>;
  readonly endsAt: number;
  readonly result: 'pass' | 'fail';
}

/**
 * (b) Like GitHub's merge queue: groups of up to `batch` PRs, each tested on top of the groups ahead,
 * `depth` groups at once; a green head group lands; a red one leaves the queue whole (no bisection) and
 * the groups behind it are rebuilt.
 */
export function simulateMergeQueue(s: Scenario, batch: number, depth: number): Outcome {
  const random = seededRandom(s.seed);
  let queue = Array.from({ length: s.prs }, (_, i) => i);
  let groups: Group[] = [];
  let main: ReadonlySet<number> = new Set();
  const landed: number[] = [];
  const evicted: number[] = [];
  let verifications = 0;
  let now = 0;
  let lastLanding = 0;
  while (queue.length > 0 || groups.length > 0) {
    while (groups.length < depth && queue.length > 0) {
      const members = queue.slice(0, batch);
      queue = queue.slice(batch);
      const tree = new Set([...(groups.at(-1)?.tree ?? main), ...members]);
      verifications++;
      groups.push({ members, tree, endsAt: now + 1, result: runGates(s, tree, random) });
    }
    const head = groups.shift()!;
    now = Math.max(now, head.endsAt);
    if (head.result === 'pass') {
      main = head.tree;
      landed.push(...head.members);
      lastLanding = now;
    } else {
      evicted.push(...head.members);
      queue = [...groups.flatMap((g) => g.members), ...queue];
      groups = [];
    }
  }
  return { time: lastLanding, verifications, landed, evicted, unverifiedLandings: 0, nonFastForward: 0 };
}
