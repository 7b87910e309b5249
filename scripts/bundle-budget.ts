// npm run test:bundle (after next build): fails when the dashboard's first-load JavaScript, gzipped,
// grows past bundle-budget.json. First load = the runtime chunks every page loads (build-manifest
// rootMainFiles) + the chunks the root layout and the dashboard page need (page client reference
// manifest). Async chunks (MapLibre, imported in an effect) and legacy polyfills (nomodule) are not
// part of it.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BuildManifest {
  rootMainFiles: string[];
}

export interface ClientReferenceManifest {
  entryJSFiles: Record<string, string[]>;
}

const LAYOUT_ENTRY = '[project]/app/layout';
const DASHBOARD_ENTRY = '[project]/app/page';

/** The distinct chunk files (relative to .next) the dashboard loads before it runs. */
export function firstLoadChunks(build: BuildManifest, client: ClientReferenceManifest): string[] {
  const page = client.entryJSFiles[DASHBOARD_ENTRY];
  if (!page) throw new Error(`The client reference manifest has no ${DASHBOARD_ENTRY} entry: is this a build of the dashboard?`);
  return [...new Set([...build.rootMainFiles, ...(client.entryJSFiles[LAYOUT_ENTRY] ?? []), ...page])];
}

export interface BudgetVerdict {
  total: number;
  budget: number;
  ok: boolean;
}

export function checkBudget(gzipSizes: readonly number[], budget: number): BudgetVerdict {
  const total = gzipSizes.reduce((sum, size) => sum + size, 0);
  return { total, budget, ok: total <= budget };
}

function readClientManifest(nextDir: string): ClientReferenceManifest {
  const file = path.join(nextDir, 'server', 'app', 'page_client-reference-manifest.js');
  // The file assigns globalThis.__RSC_MANIFEST["/page"]; evaluate it against a local object.
  const holder: { __RSC_MANIFEST: Record<string, ClientReferenceManifest> } = { __RSC_MANIFEST: {} };
  new Function('globalThis', fs.readFileSync(file, 'utf8'))(holder);
  return holder.__RSC_MANIFEST['/page'];
}

function main(): void {
  const nextDir = path.resolve('.next');
  if (!fs.existsSync(path.join(nextDir, 'BUILD_ID'))) {
    console.error('bundle budget: no build in .next; run `npm run build` first.');
    process.exit(1);
  }
  const build = JSON.parse(fs.readFileSync(path.join(nextDir, 'build-manifest.json'), 'utf8')) as BuildManifest;
  const chunks = firstLoadChunks(build, readClientManifest(nextDir));
  const sizes = chunks.map((chunk) => gzipSync(fs.readFileSync(path.join(nextDir, chunk))).byteLength);
  const { dashboardFirstLoadJsGzipBytes } = JSON.parse(fs.readFileSync('bundle-budget.json', 'utf8')) as { dashboardFirstLoadJsGzipBytes: number };
  const verdict = checkBudget(sizes, dashboardFirstLoadJsGzipBytes);
  chunks.forEach((chunk, i) => console.log(`  ${(sizes[i] / 1024).toFixed(1).padStart(7)} KiB  ${chunk}`));
  const summary = `dashboard first-load JS ${(verdict.total / 1024).toFixed(1)} KiB gzip, budget ${(verdict.budget / 1024).toFixed(1)} KiB`;
  if (!verdict.ok) {
    console.error(`bundle budget exceeded: ${summary}. Load the new code lazily, or raise bundle-budget.json on purpose.`);
    process.exit(1);
  }
  console.log(`bundle budget ok: ${summary}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve('scripts/bundle-budget.ts')) main();
