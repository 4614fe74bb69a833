import type { Probot } from 'probot';
import { createTestProbot } from './github-app.ts';
import type { Chaos } from './github-fake.ts';
import { seededRandom, shuffle } from './seeded-random.ts';

/** What the chaos did and what it cost: faults injected, the adapter's retries, lost compare-and-swap races. */
export interface ReplicaFigures {
  faults: number;
  lostAnswers: number;
  retries: number;
  conflicts: number;
}

/** Writes whose lost answer the App finds again (keyed, listed, or a fast-forward): a timeout after the write is fair for them. */
const findable = (method: string, path: string) => !(method === 'POST' && /\/dispatches$|\/issues\/\d+\/comments$/.test(path));

/**
 * `count` App instances (separate Probot processes as far as the App can tell: own queue, own delivery
 * log, own instance id) over one GitHub fake, and a chaos function for that fake failing `rate` of the
 * requests with a 5xx: before the write, or (for writes the App can find again) after it landed, the
 * answer lost as a timeout would lose it. `deliver` sends every delivery `copies` times, each copy to a
 * random instance, all at once in shuffled order, and waits until every instance is idle.
 */
export async function createReplicas(options: { readonly count?: number; readonly seed?: number; readonly rate?: number } = {}) {
  const random = seededRandom(options.seed ?? 7);
  const figures: ReplicaFigures = { faults: 0, lostAnswers: 0, retries: 0, conflicts: 0 };
  let chaosOn = false;
  const chaos: Chaos = (method, path) => {
    if (!chaosOn || path.includes('/access_tokens') || random() >= (options.rate ?? 0.2)) return undefined;
    figures.faults++;
    const afterWrite = method !== 'GET' && findable(method, path) && random() < 0.5;
    if (afterWrite) figures.lostAnswers++;
    return { status: random() < 0.5 ? 502 : 503, afterWrite };
  };
  const instances: { probot: Probot; idle: () => Promise<void> }[] = [];
  for (let i = 0; i < (options.count ?? 3); i++) {
    const { probot, app } = await createTestProbot({}, { instanceId: `replica-${i + 1}`, sleep: async () => void figures.retries++, onConflict: () => void figures.conflicts++ });
    instances.push({ probot, idle: app.idle });
  }
  const deliver = async (deliveries: readonly { readonly id: string; readonly name: string; readonly payload: unknown }[], copies = 3) => {
    const sends = shuffle(deliveries.flatMap((delivery) => Array.from({ length: copies }, () => ({ delivery, to: instances[Math.floor(random() * instances.length)]! }))), random);
    await Promise.all(sends.map(({ delivery, to }) => to.probot.receive(delivery as never).catch(() => undefined)));
    await Promise.all(instances.map((instance) => instance.idle()));
  };
  return { instances, chaos, figures, deliver, chaosOn: (on: boolean) => void (chaosOn = on) };
}
