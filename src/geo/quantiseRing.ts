import type { Position } from 'geojson';

/**
 * Rounds a closed ring's positions to `decimals` places (3 ≈ 100 m, plenty for a regional
 * map and a third of the bytes of full precision), drops positions that became repeats,
 * and returns `[]` when fewer than three distinct corners or no area remain.
 */
export function quantiseRing(ring: readonly Position[], decimals: number): Position[] {
  const factor = 10 ** decimals;
  const round = (value: number | undefined): number => Math.round((value ?? 0) * factor) / factor + 0;
  const output: Position[] = [];
  for (const position of ring) {
    const point = [round(position[0]), round(position[1])];
    const last = output.at(-1);
    if (last !== undefined && last[0] === point[0] && last[1] === point[1]) continue;
    output.push(point);
  }
  const first = output[0];
  const last = output.at(-1);
  if (first !== undefined && last !== undefined && (first[0] !== last[0] || first[1] !== last[1])) output.push(first);
  if (output.length < 4 || ringArea(output) === 0) return [];
  return output;
}

/** Twice the signed area (shoelace formula); zero for a ring folded onto a line. */
function ringArea(ring: readonly Position[]): number {
  let area = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i - 1] ?? [];
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    area += x0 * y1 - x1 * y0;
  }
  return area;
}
