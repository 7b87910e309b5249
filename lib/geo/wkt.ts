// GeoJSON geometry -> OGC Well-Known Text (pure), for CSV exports that GIS software reads as geometry.
import type { Geometry, Position } from 'geojson';

const position = (p: Position) => p.map(String).join(' ');
const list = (positions: Position[]) => `(${positions.map(position).join(', ')})`;
const lists = (lines: Position[][]) => `(${lines.map(list).join(', ')})`;

export function toWkt(geometry: Geometry): string {
  switch (geometry.type) {
    case 'Point':
      return `POINT (${position(geometry.coordinates)})`;
    case 'MultiPoint':
      return geometry.coordinates.length ? `MULTIPOINT ${list(geometry.coordinates)}` : 'MULTIPOINT EMPTY';
    case 'LineString':
      return `LINESTRING ${list(geometry.coordinates)}`;
    case 'MultiLineString':
      return geometry.coordinates.length ? `MULTILINESTRING ${lists(geometry.coordinates)}` : 'MULTILINESTRING EMPTY';
    case 'Polygon':
      return `POLYGON ${lists(geometry.coordinates)}`;
    case 'MultiPolygon':
      return geometry.coordinates.length ? `MULTIPOLYGON (${geometry.coordinates.map(lists).join(', ')})` : 'MULTIPOLYGON EMPTY';
    case 'GeometryCollection':
      return geometry.geometries.length ? `GEOMETRYCOLLECTION (${geometry.geometries.map(toWkt).join(', ')})` : 'GEOMETRYCOLLECTION EMPTY';
  }
}
