import type { Rate } from './metrics-types.ts';

/** `count` of `of` as a share; no rate when there is nothing to divide by. */
export const rate = (count: number, of: number): Rate => ({ count, of, ...(of > 0 ? { rate: count / of } : {}) });
