/** Floors of our own articles from rounds 312 on, each at its first run less 0.001. See goldFloors.ts for what a floor is. */
export const ROUNDS_312_ON_FLOORS: Record<string, number> = {};
