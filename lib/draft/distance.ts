// How far apart two GeoJSON geometries are, in kilometres along the Earth's surface (pure): 0 when
// they touch or one holds the other, else the shortest way from a vertex of one to the other's lines.
import { booleanPointInPolygon, distance, point, pointToLineDistance, lineString } from '@turf/turf';
import type { Geometry, Position } from 'geojson';

interface Parts {
  points: Position[];
  /** Lines and polygon rings, each with at least two positions. */
  lines: Position[][];
  polygons: Position[][][];
}

function partsOf(geometry: Geometry, parts: Parts = { points: [], lines: [], polygons: [] }): Parts {
  switch (geometry.type) {
    case 'Point':
      parts.points.push(geometry.coordinates);
      break;
    case 'MultiPoint':
      parts.points.push(...geometry.coordinates);
      break;
    case 'LineString':
      parts.lines.push(geometry.coordinates);
      break;
    case 'MultiLineString':
      parts.lines.push(...geometry.coordinates);
      break;
    case 'Polygon':
      parts.polygons.push(geometry.coordinates);
      parts.lines.push(...geometry.coordinates);
      break;
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) partsOf({ type: 'Polygon', coordinates: polygon }, parts);
      break;
    case 'GeometryCollection':
      for (const member of geometry.geometries) partsOf(member, parts);
      break;
  }
  return parts;
}

const vertices = (parts: Parts) => [...parts.points, ...parts.lines.flat()];

function oneWay(from: Parts, to: Parts): number {
  let best = Infinity;
  for (const position of vertices(from)) {
    const at = point(position);
    if (to.polygons.some((polygon) => booleanPointInPolygon(at, { type: 'Polygon', coordinates: polygon }))) return 0;
    for (const target of to.points) best = Math.min(best, distance(at, point(target), { units: 'kilometers' }));
    for (const line of to.lines) if (line.length >= 2) best = Math.min(best, pointToLineDistance(at, lineString(line), { units: 'kilometers' }));
  }
  return best;
}

/** Shortest distance in km between two geometries (0 when one contains a vertex of the other). */
export function geometryDistanceKm(a: Geometry, b: Geometry): number {
  const [partsA, partsB] = [partsOf(a), partsOf(b)];
  return Math.min(oneWay(partsA, partsB), oneWay(partsB, partsA));
}
