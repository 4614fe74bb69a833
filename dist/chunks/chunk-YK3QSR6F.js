import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);

// src/core/train/car-tree.ts
function carLineage(cars, car) {
  const parent = car.parent === void 0 ? void 0 : cars.find((c) => c.id === car.parent);
  return parent ? [...carLineage(cars, parent), car] : [car];
}
function carTree(cars, id) {
  const car = cars.find((c) => c.id === id);
  return car ? carLineage(cars, car).flatMap((c) => c.members) : [];
}

// src/core/train/describe-train-place.ts
function firstLink(text) {
  for (const [match] of text.matchAll(/https?:\/\/[^\s)<>"'`]+/g)) {
    try {
      return new URL(match).href;
    } catch {
      continue;
    }
  }
  return void 0;
}
function describeTrainPlace(state, key) {
  const candidate = state.queue.find((c) => c.key === key);
  if (!candidate) {
    const eviction = state.evictions.find((e) => e.key === key);
    if (!eviction) return void 0;
    const { evidence } = eviction;
    return {
      kind: "evicted",
      key,
      workOrderId: eviction.workOrderId,
      headSha: eviction.headSha,
      reason: eviction.reason,
      car: evidence.car,
      ...evidence.base ? { base: evidence.base } : {},
      ...evidence.sha ? { stagingSha: evidence.sha } : {},
      failingGates: evidence.failingGates,
      attempts: evidence.attempts,
      ...evidence.detail !== void 0 ? { detail: evidence.detail, ...firstLink(evidence.detail) ? { evidenceUrl: firstLink(evidence.detail) } : {} } : {},
      requeue: eviction.requeue
    };
  }
  const suspected = (k) => (state.findings ?? []).some((f) => f.keys.includes(k));
  const inCars = [...new Set(state.cars.flatMap((car2) => car2.members))];
  const tree = (id) => carTree(state.cars, id);
  const order = [...inCars, ...state.queue.map((c) => c.key).filter((k) => !inCars.includes(k))];
  const index = state.cars.findIndex((c) => c.members.includes(key));
  const car = state.cars[index];
  const ahead = new Set(state.queue.filter((c) => order.indexOf(c.key) < order.indexOf(key)).map((c) => c.workOrderId));
  return {
    kind: "queued",
    key,
    workOrderId: candidate.workOrderId,
    headSha: candidate.headSha,
    priority: candidate.priority,
    position: order.indexOf(key) + 1,
    queued: order.length,
    main: state.main,
    ...car ? {
      car: {
        id: car.id,
        members: tree(car.id),
        status: car.status,
        index: index + 1,
        cars: state.cars.length,
        ...car.parent !== void 0 ? { ridesOn: car.parent } : {},
        ...car.base ? { base: car.base } : {},
        ...car.sha ? { stagingSha: car.sha } : {},
        attempt: car.attempt,
        bisecting: tree(car.id).some(suspected)
      }
    } : {},
    waitsFor: candidate.dependsOn.filter((w) => !ahead.has(w)),
    suspect: suspected(key)
  };
}

// src/core/train/render-train-place.ts
var name = (key) => /^pr#\d+$/.test(key) ? `#${key.slice(3)}` : key;
function trainPlaceLines(place) {
  if (place.kind === "evicted") {
    const what = place.reason === "conflict" ? "it does not merge onto the train" : `the staging commit ${place.stagingSha ?? "(not built)"}${place.base ? ` on ${place.base}` : ""} failed${place.failingGates.length ? ` ${place.failingGates.join(", ")}` : " its gates"}`;
    return [
      `Evicted from the merge train (car ${place.car}): ${what}, after ${place.attempts} verification${place.attempts === 1 ? "" : "s"}.`,
      ...place.detail ? [`Evidence: ${place.detail.replace(/\s+/g, " ").trim().slice(0, 500)}`] : [],
      ...place.evidenceUrl ? [`Evidence link: ${place.evidenceUrl}`] : [],
      `To re-queue: ${place.requeue}`
    ];
  }
  const lines = [`Merge train: position ${place.position} of ${place.queued} (priority ${place.priority}), head ${place.headSha}, on main ${place.main}.`];
  const car = place.car;
  if (!car) lines.push(place.waitsFor.length ? `Waits for a car, and for ${place.waitsFor.join(", ")} to land first.` : "Waits for a car.");
  else {
    const others = car.members.filter((key) => key !== place.key).map(name);
    const batch = others.length ? `with ${others.join(", ")}` : "alone";
    const staging = car.stagingSha ? `staging commit ${car.stagingSha}${car.base ? ` (on ${car.base})` : ""} ${car.status === "verifying" ? `is being verified${car.attempt > 1 ? ` (attempt ${car.attempt})` : ""}` : car.status === "passed" || car.status === "landing" ? "passed; landing" : car.status === "failed" ? "failed" : `is ${car.status}`}` : "its staging commit is being built";
    const where = `${car.cars === 1 ? "the only car" : `one of ${car.cars} cars verified at once`}, on ${car.ridesOn === void 0 ? "main" : `car ${car.ridesOn}`}`;
    lines.push(`Rides in car ${car.id} (${where}) ${batch}${car.bisecting ? ", verified again after a staging commit holding it failed" : ""}: ${staging}.`);
  }
  return lines;
}
function findTrainPlace(states, workOrderId) {
  for (const state of states) {
    const key = state.queue.find((c) => c.workOrderId === workOrderId)?.key ?? state.evictions.find((e) => e.workOrderId === workOrderId)?.key;
    const place = key === void 0 ? void 0 : describeTrainPlace(state, key);
    if (place) return place;
  }
  return void 0;
}

export {
  carLineage,
  carTree,
  trainPlaceLines,
  findTrainPlace
};
