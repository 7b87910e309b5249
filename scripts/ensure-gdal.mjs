#!/usr/bin/env node
// Makes sure GDAL's `ogrinfo` with the OAPIF (OGC API – Features) driver is there for the GIS browser
// tests (e2e/gis.spec.ts). If it is missing: as root with apt-get, `apt-get update && apt-get install
// -y gdal-bin`; otherwise exit 1 with instructions (GDAL has no npm build to fall back on).
import { spawnSync } from 'node:child_process';
import { aptInstall, canAptInstall } from './system-packages.mjs';

const HELP = `
ogrinfo (GDAL, with the OAPIF driver) is missing, and could not be installed.
Install it, then run the tests again:
  - Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y gdal-bin
`.trimStart();

/** The ogrinfo version line when ogrinfo runs and has the OAPIF, GeoJSON and CSV drivers, else null. */
function usableOgrinfo() {
  const formats = spawnSync('ogrinfo', ['--formats'], { encoding: 'utf8' });
  if (formats.status !== 0) return null;
  if (!['OAPIF', 'GeoJSON', 'CSV'].every((driver) => formats.stdout.includes(`${driver} -vector-`))) {
    console.error('ensure-gdal: ogrinfo runs but lacks the OAPIF, GeoJSON or CSV driver.');
    return null;
  }
  return spawnSync('ogrinfo', ['--version'], { encoding: 'utf8' }).stdout.trim();
}

function main() {
  let version = usableOgrinfo();
  if (!version && canAptInstall()) {
    console.log('ensure-gdal: ogrinfo missing; installing Debian gdal-bin with apt-get (apt-get update, then apt-get install -y gdal-bin)...');
    if (aptInstall('ensure-gdal', ['gdal-bin'])) version = usableOgrinfo();
  }
  if (version) {
    console.log(`ensure-gdal: using ogrinfo (${version})`);
    return 0;
  }
  console.error(`\n${HELP}`);
  return 1;
}

process.exitCode = main();
