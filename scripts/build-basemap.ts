/**
 * Generates the offline basemap (run by `npm run basemap`, and before `next build`):
 *
 *   public/basemap/countries.geojson   country polygons, properties {id, name}
 *   public/basemap/borders.geojson     land borders (MultiLineString)
 *   public/basemap/coastline.geojson   coastlines (MultiLineString)
 *   public/basemap/labels.geojson      one Point per country {id, name, minzoom}, largest first
 *   public/fonts/Noto Sans Regular/    glyph PBFs copied from tileserver-gl-styles
 *
 * All geometry is unwrapped across the antimeridian (see lib/geo/antimeridian.ts). Skips the work
 * when every output is newer than its inputs; `--force` rebuilds anyway.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, MultiLineString, Point, Polygon, MultiPolygon } from 'geojson';
import { defaultTopologyPath, loadBorders, loadCoastline, loadCountries } from '../lib/geo/countries';
import { ringArea } from '../lib/geo/antimeridian';

const root = process.cwd();
const force = process.argv.includes('--force');
const outDir = path.join(root, 'public', 'basemap');
const fontName = 'Noto Sans Regular';
const fontSrc = path.join(root, 'node_modules', 'tileserver-gl-styles', 'fonts', fontName);
const fontDest = path.join(root, 'public', 'fonts', fontName);

const outputs = ['countries', 'borders', 'coastline', 'labels'].map((n) => path.join(outDir, `${n}.geojson`));
const inputs = [
  defaultTopologyPath(),
  path.join(root, 'lib', 'geo', 'countries.ts'),
  path.join(root, 'lib', 'geo', 'antimeridian.ts'),
  path.join(root, 'lib', 'geo', 'bbox.ts'),
  path.join(root, 'scripts', 'build-basemap.ts'),
];

function mtime(file: string): number {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function upToDate(): boolean {
  const newestInput = Math.max(...inputs.map(mtime));
  return outputs.every((f) => mtime(f) > newestInput);
}

function writeJson(file: string, data: unknown): number {
  const text = JSON.stringify(data);
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

function lines(geometry: MultiLineString): FeatureCollection<MultiLineString> {
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] };
}

function mercY(lat: number): number {
  const clamped = Math.max(-85, Math.min(85, lat));
  return (Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360)) * 180) / Math.PI;
}

/** Area in Web Mercator "degrees²" of each part's outer ring, i.e. as the map draws it. */
function mercatorAreas(geometry: Polygon | MultiPolygon): number[] {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return parts.map((part) => Math.abs(ringArea(part[0].map(([x, y]) => [x, mercY(y)]))));
}

/** Label pixel size the largest part should reach before its name shows (at 512 px per world). */
const LABEL_MIN_PX = 14;

/**
 * First integer zoom at which a country's largest part is about LABEL_MIN_PX wide on screen, so
 * Vatican or Jersey do not crowd the world view. Clamped to [0, 6].
 */
function labelMinZoom(geometry: Polygon | MultiPolygon): number {
  const size = Math.sqrt(Math.max(...mercatorAreas(geometry)));
  if (size <= 0) return 6;
  const z = Math.log2((LABEL_MIN_PX * 360) / (512 * size));
  return Math.min(6, Math.max(0, Math.ceil(z)));
}

function mercatorArea(geometry: Polygon | MultiPolygon): number {
  return mercatorAreas(geometry).reduce((a, b) => a + b, 0);
}

function buildGeojson(): void {
  const t0 = performance.now();
  mkdirSync(outDir, { recursive: true });
  const countries = loadCountries();
  const countryFc: FeatureCollection<Polygon | MultiPolygon> = {
    type: 'FeatureCollection',
    features: countries.map((c) => ({ type: 'Feature', properties: { id: c.id, name: c.name }, geometry: c.geometry })),
  };
  // Larger countries first: MapLibre places symbols in source order, so they win label collisions.
  const labelFeatures: Feature<Point>[] = [...countries]
    .sort((a, b) => mercatorArea(b.geometry) - mercatorArea(a.geometry))
    .map((c) => ({
      type: 'Feature',
      properties: { id: c.id, name: c.name, minzoom: labelMinZoom(c.geometry) },
      geometry: { type: 'Point', coordinates: c.label },
    }));
  const sizes: [string, number][] = [
    ['countries.geojson', writeJson(outputs[0], countryFc)],
    ['borders.geojson', writeJson(outputs[1], lines(loadBorders()))],
    ['coastline.geojson', writeJson(outputs[2], lines(loadCoastline()))],
    ['labels.geojson', writeJson(outputs[3], { type: 'FeatureCollection', features: labelFeatures })],
  ];
  for (const [name, size] of sizes) console.log(`  ${name.padEnd(20)} ${kb(size)}`);
  const total = sizes.reduce((s, [, n]) => s + n, 0);
  console.log(`basemap: ${countries.length} countries, ${kb(total)} GeoJSON in ${Math.round(performance.now() - t0)} ms`);
}

function copyFonts(): void {
  if (!existsSync(fontSrc)) throw new Error(`glyphs not found: ${fontSrc} (is tileserver-gl-styles installed?)`);
  mkdirSync(fontDest, { recursive: true });
  let copied = 0;
  let total = 0;
  let count = 0;
  for (const file of readdirSync(fontSrc)) {
    if (!file.endsWith('.pbf')) continue;
    const src = path.join(fontSrc, file);
    const dest = path.join(fontDest, file);
    const size = statSync(src).size;
    total += size;
    count++;
    if (!existsSync(dest) || statSync(dest).size !== size || mtime(dest) < mtime(src)) {
      copyFileSync(src, dest);
      copied++;
    }
  }
  console.log(`fonts: ${count} glyph ranges of "${fontName}" (${kb(total)}), ${copied} copied`);
}

if (!force && upToDate()) {
  console.log('basemap: up to date (use --force to rebuild)');
  for (const f of outputs) console.log(`  ${path.basename(f).padEnd(20)} ${kb(statSync(f).size)}`);
} else {
  buildGeojson();
}
copyFonts();
