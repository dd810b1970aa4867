import type { Position } from 'geojson';
import type { BBox } from './types.ts';

type Inside = (point: Position) => boolean;
type Cross = (from: Position, to: Position) => Position;

/**
 * Clips one closed ring (first position repeated last, GeoJSON style) to a rectangle with
 * Sutherland–Hodgman, one rectangle side at a time. Returns a closed ring, or `[]` when
 * nothing is left. A concave ring crossing the rectangle twice comes back joined along the
 * rectangle's edge; for filling a map that is invisible, and it keeps the algorithm simple.
 */
export function clipRingToBBox(ring: readonly Position[], bbox: BBox): Position[] {
  const { west, south, east, north } = bbox;
  let points = openRing(ring);
  const x = (p: Position): number => p[0] ?? 0;
  const y = (p: Position): number => p[1] ?? 0;
  const atX =
    (edge: number): Cross =>
    (a, b) => [edge, y(a) + ((y(b) - y(a)) * (edge - x(a))) / (x(b) - x(a))];
  const atY =
    (edge: number): Cross =>
    (a, b) => [x(a) + ((x(b) - x(a)) * (edge - y(a))) / (y(b) - y(a)), edge];
  const sides: readonly [Inside, Cross][] = [
    [(p) => x(p) >= west, atX(west)],
    [(p) => x(p) <= east, atX(east)],
    [(p) => y(p) >= south, atY(south)],
    [(p) => y(p) <= north, atY(north)],
  ];
  for (const [inside, cross] of sides) {
    points = clipAgainstSide(points, inside, cross);
    if (points.length === 0) return [];
  }
  const first = points[0];
  return first === undefined ? [] : [...points, first];
}

function clipAgainstSide(points: readonly Position[], inside: Inside, cross: Cross): Position[] {
  const output: Position[] = [];
  let previous = points.at(-1);
  for (const current of points) {
    if (previous === undefined) break;
    const currentIn = inside(current);
    if (currentIn !== inside(previous)) output.push(cross(previous, current));
    if (currentIn) output.push(current);
    previous = current;
  }
  return output;
}

function openRing(ring: readonly Position[]): Position[] {
  const first = ring[0];
  const last = ring.at(-1);
  const closed = first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  return closed ? ring.slice(0, -1) : [...ring];
}
