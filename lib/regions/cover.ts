// A region's outline rasterised once onto a grid over its box (pure), so that most items are placed
// in or out of the region by their box alone: a cell is "inside" (wholly in the region), "outside"
// (wholly out of it) or on the "border" (an edge of the outline crosses it). Only items whose box
// reaches a border cell, or both inside and outside cells, still need turf's exact test.
import type { Geometry, Position } from 'geojson';
import type { BBox } from '@/lib/items/types';

// Cells start at 0: outside.
const INSIDE = 1;
const BORDER = 2;

/** Cells in the grid at most (about square cells): fine enough that few items sit on a border cell. */
const MAX_CELLS = 64 * 1024;
/** An item box spanning more cells than this goes straight to the exact test. */
const MAX_CELLS_PER_BOX = 256;

export type Placement = 'inside' | 'outside' | 'border';

export interface RegionCover {
  /** Where a box (in the region's longitudes, which may pass ±180) lies relative to the region. */
  place(box: BBox): Placement;
}

function ringsOf(geometry: Geometry): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(ringsOf);
  return [];
}

export function buildRegionCover(geometry: Geometry, [west, south, east, north]: BBox): RegionCover {
  const width = Math.max(east - west, 1e-9);
  const height = Math.max(north - south, 1e-9);
  const columns = Math.max(1, Math.round(Math.sqrt((MAX_CELLS * width) / height)));
  const rows = Math.max(1, Math.floor(MAX_CELLS / columns));
  const cellWidth = width / columns;
  const cellHeight = height / rows;
  const cells = new Uint8Array(columns * rows);
  const column = (lng: number) => Math.min(columns - 1, Math.max(0, Math.floor((lng - west) / cellWidth)));
  const row = (lat: number) => Math.min(rows - 1, Math.max(0, Math.floor((lat - south) / cellHeight)));
  const rings = ringsOf(geometry);

  // Border: every cell an edge passes through, found by cutting edges into pieces shorter than half a
  // cell and marking the cells of each piece's box (conservative: never misses a crossed cell).
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [x0, y0] = ring[i - 1];
      const [x1, y1] = ring[i];
      const pieces = Math.max(1, Math.ceil(Math.max(Math.abs(x1 - x0) / cellWidth, Math.abs(y1 - y0) / cellHeight) * 2));
      for (let p = 0; p < pieces; p++) {
        const ax = x0 + ((x1 - x0) * p) / pieces;
        const ay = y0 + ((y1 - y0) * p) / pieces;
        const bx = x0 + ((x1 - x0) * (p + 1)) / pieces;
        const by = y0 + ((y1 - y0) * (p + 1)) / pieces;
        for (let r = row(Math.min(ay, by)); r <= row(Math.max(ay, by)); r++) {
          for (let c = column(Math.min(ax, bx)); c <= column(Math.max(ax, bx)); c++) cells[r * columns + c] = BORDER;
        }
      }
    }
  }

  // Inside: the other cells whose centre the outline encloses (even-odd rule, so holes count), found
  // row by row from where the outline crosses the row's centre line.
  for (let r = 0; r < rows; r++) {
    const lat = south + (r + 0.5) * cellHeight;
    const crossings: number[] = [];
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const [x0, y0] = ring[i - 1];
        const [x1, y1] = ring[i];
        if (y0 > lat !== y1 > lat) crossings.push(x0 + ((lat - y0) / (y1 - y0)) * (x1 - x0));
      }
    }
    crossings.sort((a, b) => a - b);
    let next = 0;
    for (let c = 0; c < columns; c++) {
      const lng = west + (c + 0.5) * cellWidth;
      while (next < crossings.length && crossings[next] < lng) next++;
      if (next % 2 === 1 && cells[r * columns + c] !== BORDER) cells[r * columns + c] = INSIDE;
    }
  }

  return {
    place([boxWest, boxSouth, boxEast, boxNorth]: BBox): Placement {
      if (boxWest > east || boxEast < west || boxSouth > north || boxNorth < south) return 'outside';
      const c0 = column(boxWest);
      const c1 = column(boxEast);
      const r0 = row(boxSouth);
      const r1 = row(boxNorth);
      if ((c1 - c0 + 1) * (r1 - r0 + 1) > MAX_CELLS_PER_BOX) return 'border';
      // A box reaching past the grid has a part outside the region's box, hence outside the region.
      const outsideGrid = boxWest < west || boxEast > east || boxSouth < south || boxNorth > north;
      let inside = false;
      let outside = outsideGrid;
      for (let r = r0; r <= r1; r++) {
        for (let c = c0; c <= c1; c++) {
          const cell = cells[r * columns + c];
          if (cell === BORDER) return 'border';
          if (cell === INSIDE) inside = true;
          else outside = true;
        }
      }
      return inside && outside ? 'border' : inside ? 'inside' : 'outside';
    },
  };
}
