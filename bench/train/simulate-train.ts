// Drives the real train planner (`stepTrain`) against the scenario model with a model clock: building
// and landing take no time, every verification takes T = 1. The driver, not the planner, checks what
// lands: a landing counts as unverified unless a passing run named exactly that commit.
import { seededRandom } from '../../src/core/bisect/seeded-random.ts';
import { startTrain, stepTrain } from '../../src/core/train/step-train.ts';
import type { TrainAction, TrainConfig, TrainEvent, TrainState } from '../../src/core/train/train-types.ts';
import { runGates, type Outcome, type Scenario } from './train-scenario.ts';

interface Running {
  readonly at: number;
  readonly seq: number;
  readonly car: number;
  readonly sha: string;
  readonly result: 'pass' | 'fail';
}

const prOf = (key: string) => Number(key.slice(3));

export function simulateTrain(s: Scenario, config: TrainConfig, trace?: (now: number, event: TrainEvent, actions: readonly TrainAction[], state: TrainState) => void): Outcome {
  const random = seededRandom(s.seed);
  const trees = new Map<string, ReadonlySet<number>>([['main0', new Set()]]);
  const parent = new Map<string, string>();
  const green = new Set<string>();
  let running: Running[] = [];
  let state = startTrain('main0');
  let now = 0;
  let seq = 0;
  let verifications = 0;
  let maxConcurrent = 0;
  let unverifiedLandings = 0;
  let nonFastForward = 0;
  let lastLanding = 0;
  const landed: number[] = [];
  const evicted: number[] = [];
  const inbox: TrainEvent[] = [
    { type: 'enqueue', candidates: Array.from({ length: s.prs }, (_, i) => ({ key: `pr#${i}`, workOrderId: `wo-${i}`, priority: 'normal' as const, dependsOn: [], enqueuedAt: i, headSha: `h${i}` })) },
  ];
  const descends = (sha: string, from: string) => {
    for (let at: string | undefined = sha; at; at = parent.get(at)) if (at === from) return true;
    return false;
  };
  const apply = (action: TrainAction) => {
    switch (action.type) {
      case 'build': {
        const sha = `c${++seq}`;
        trees.set(sha, new Set([...trees.get(action.base)!, ...action.members.map((m) => prOf(m.key))]));
        parent.set(sha, action.base);
        return inbox.push({ type: 'built', car: action.car, sha });
      }
      case 'verify':
        verifications++;
        running.push({ at: now + 1, seq: ++seq, car: action.car, sha: action.sha, result: runGates(s, trees.get(action.sha)!, random) });
        maxConcurrent = Math.max(maxConcurrent, running.length);
        return;
      case 'cancel':
        running = running.filter((r) => r.car !== action.car);
        return;
      case 'land':
        if (!green.has(action.sha)) unverifiedLandings++;
        if (action.expectedMain !== state.main || !descends(action.sha, state.main)) nonFastForward++;
        landed.push(...action.members.map(prOf));
        lastLanding = now;
        return inbox.push({ type: 'landed', car: action.car, sha: action.sha });
      case 'evict':
        evicted.push(prOf(action.eviction.key));
        return;
    }
  };
  for (;;) {
    const event = inbox.shift();
    if (event) {
      const step = stepTrain(state, event, config);
      state = step.state;
      trace?.(now, event, step.actions, state);
      step.actions.forEach(apply);
      continue;
    }
    const next = running.sort((a, b) => a.at - b.at || a.seq - b.seq).shift();
    if (!next) break;
    now = next.at;
    if (next.result === 'pass') green.add(next.sha);
    inbox.push({ type: 'verified', car: next.car, sha: next.sha, outcome: next.result, ...(next.result === 'fail' ? { failingGates: ['unit'] } : {}) });
  }
  if (state.queue.length > 0) throw new Error(`train stalled with ${state.queue.length} queued (seed ${s.seed})`);
  return { time: lastLanding, verifications, maxConcurrent, landed, evicted, unverifiedLandings, nonFastForward };
}
