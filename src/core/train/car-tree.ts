import type { TrainCar } from './train-types.ts';

/** The cars under `car` (its parent first, down to the one on main), then `car`. */
export function carLineage(cars: readonly TrainCar[], car: TrainCar): TrainCar[] {
  const parent = car.parent === undefined ? undefined : cars.find((c) => c.id === car.parent);
  return parent ? [...carLineage(cars, parent), car] : [car];
}

/** Every change car `id`'s tree adds to main, in merge order; empty when the train holds no such car. */
export function carTree(cars: readonly TrainCar[], id: number): string[] {
  const car = cars.find((c) => c.id === id);
  return car ? carLineage(cars, car).flatMap((c) => c.members) : [];
}
