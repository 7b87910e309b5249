// Great-circle arcs for contacts and deployments. Longitudes are unwrapped (they may pass ±180) so an
// arc across the Pacific is one continuous line instead of two pieces or a band across the map.

import { unwrapLngs } from './antimeridian';

type Position = [number, number];

const unwrapLine = (line: Position[]) => unwrapLngs(line) as Position[];

const toRadians = (deg: number) => (deg * Math.PI) / 180;
const toDegrees = (rad: number) => (rad * 180) / Math.PI;

function toVector([lng, lat]: Position): [number, number, number] {
  const [l, p] = [toRadians(lng), toRadians(lat)];
  return [Math.cos(p) * Math.cos(l), Math.cos(p) * Math.sin(l), Math.sin(p)];
}

function toPosition([x, y, z]: [number, number, number]): Position {
  return [toDegrees(Math.atan2(y, x)), toDegrees(Math.atan2(z, Math.hypot(x, y)))];
}

/** Points along the shortest path on the sphere from `from` to `to`, both included. */
export function greatCircleArc(from: Position, to: Position, segments = 64): Position[] {
  const [a, b] = [toVector(from), toVector(to)];
  const dot = Math.min(1, Math.max(-1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2]));
  const angle = Math.acos(dot);
  if (angle < 1e-9) return [from, to];
  const points: Position[] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const [wa, wb] = [Math.sin((1 - t) * angle) / Math.sin(angle), Math.sin(t * angle) / Math.sin(angle)];
    points.push(toPosition([wa * a[0] + wb * b[0], wa * a[1] + wb * b[1], wa * a[2] + wb * b[2]]));
  }
  points[0] = from;
  points[segments] = to;
  return unwrapLine(points);
}

/** Arc display geometry for a line: every consecutive pair of vertices joined by a great circle. */
export function arcGeometry(coordinates: Position[]): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < coordinates.length - 1; i++) {
    const leg = greatCircleArc(coordinates[i], coordinates[i + 1]);
    out.push(...(i === 0 ? leg : leg.slice(1)));
  }
  return unwrapLine(out);
}
