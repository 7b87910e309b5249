/**
 * Generates the offline basemap (run by `npm run basemap`, and before `next build`):
 *
 *   public/basemap/tiles/{z}/{x}/{y}.pbf  vector tiles z0..BASEMAP_TILES_MAX_ZOOM, source layers
 *                                        countries, borders, coastline, labels (what the map draws)
 *   public/basemap/countries.geojson   country polygons, properties {id, name}
 *   public/basemap/borders.geojson     land borders (MultiLineString)
 *   public/basemap/coastline.geojson   coastlines (MultiLineString)
 *   public/basemap/labels.geojson      one Point per country {id, name, minzoom}, largest first
 *   public/fonts/Noto Sans Regular/    glyph PBFs copied from tileserver-gl-styles
 *
 * The GeoJSON files are the same layers untiled: `?basemap=geojson` draws them, as the benchmark's
 * baseline (docs/benchmarks.md). All geometry is unwrapped across the antimeridian (see
 * lib/geo/antimeridian.ts). Skips the work when every output is newer than its inputs; `--force`
 * rebuilds anyway.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultTopologyPath } from '../lib/geo/countries';
import { basemapLayers, type BasemapLayers } from '../lib/geo/basemap';
import { tilePyramid } from '../lib/tiles/basemap-pyramid';
import { BASEMAP_SIMPLIFY_PX, BASEMAP_TILES_MAX_ZOOM } from '../lib/tiles/basemap';

const root = process.cwd();
const force = process.argv.includes('--force');
const outDir = path.join(root, 'public', 'basemap');
const tilesDir = path.join(outDir, 'tiles');
const fontName = 'Noto Sans Regular';
const fontSrc = path.join(root, 'node_modules', 'tileserver-gl-styles', 'fonts', fontName);
const fontDest = path.join(root, 'public', 'fonts', fontName);

const layerNames = ['countries', 'borders', 'coastline', 'labels'] as const satisfies ReadonlyArray<keyof BasemapLayers>;
const geojsonFile = (name: keyof BasemapLayers) => path.join(outDir, `${name}.geojson`);
// The pyramid is written to a temporary directory and renamed into place whole, so its first tile
// stands for all of them.
const outputs = [...layerNames.map(geojsonFile), path.join(tilesDir, '0', '0', '0.pbf')];
const inputs = [
  defaultTopologyPath(),
  ...['geo/countries.ts', 'geo/antimeridian.ts', 'geo/bbox.ts', 'geo/basemap.ts', 'tiles/basemap.ts', 'tiles/basemap-pyramid.ts', 'tiles/encode.ts'].map(
    (file) => path.join(root, 'lib', file),
  ),
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

function writeGeojson(layers: BasemapLayers): void {
  let total = 0;
  for (const name of layerNames) {
    const text = JSON.stringify(layers[name]);
    writeFileSync(geojsonFile(name), text);
    total += Buffer.byteLength(text);
    console.log(`  ${name}.geojson`.padEnd(22) + kb(Buffer.byteLength(text)));
  }
  console.log(`basemap: ${layers.countries.features.length} countries, ${kb(total)} GeoJSON`);
}

function writeTiles(layers: BasemapLayers): void {
  const t0 = performance.now();
  const staging = `${tilesDir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  let count = 0;
  let bytes = 0;
  let empty = 0;
  for (const { z, x, y, data } of tilePyramid(layers, { maxZoom: BASEMAP_TILES_MAX_ZOOM, simplifyPx: BASEMAP_SIMPLIFY_PX })) {
    const dir = path.join(staging, String(z), String(x));
    if (y === 0) mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${y}.pbf`), data);
    count++;
    bytes += data.byteLength;
    if (data.byteLength === 0) empty++;
  }
  rmSync(tilesDir, { recursive: true, force: true });
  renameSync(staging, tilesDir);
  console.log(
    `basemap tiles: z0-z${BASEMAP_TILES_MAX_ZOOM}, ${count} tiles (${empty} empty), ${kb(bytes)} in ${Math.round(performance.now() - t0)} ms`,
  );
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
} else {
  mkdirSync(outDir, { recursive: true });
  const layers = basemapLayers();
  writeGeojson(layers);
  writeTiles(layers);
}
copyFonts();
