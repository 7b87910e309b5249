// Runs GDAL's ogrinfo (a real GIS client) and reads its text report. scripts/ensure-gdal.mjs installs
// it before the browser tests (npm run test:e2e); run directly without it, these tests stop with a
// message that says what to install.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

const MISSING = 'ogrinfo (Debian gdal-bin) is missing: run `node scripts/ensure-gdal.mjs` as root, or `sudo apt-get install -y gdal-bin`';

export async function ogrinfo(args: string[]): Promise<string> {
  try {
    // The server under test is local: never route it through a proxy from the environment.
    const env = { ...process.env, NO_PROXY: '127.0.0.1,localhost', no_proxy: '127.0.0.1,localhost' };
    const { stdout } = await execFileAsync('ogrinfo', args, { env, maxBuffer: 32 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(MISSING);
    const { stderr } = error as { stderr?: string };
    throw new Error(`ogrinfo ${args.join(' ')} failed: ${stderr || (error as Error).message}`);
  }
}

export interface OgrFeature {
  layer: string;
  fid: number;
  /** Field name -> value as ogrinfo prints it ("(null)" for null). */
  fields: Record<string, string>;
  /** Field name -> OGR type ("String", "Date", "StringList", "String(JSON)", ...). */
  types: Record<string, string>;
  /** The geometry as WKT. */
  wkt: string;
}

/** The features of an `ogrinfo -q` report (one field per line; the geometry is the last WKT line). */
export function parseFeatures(report: string): OgrFeature[] {
  const blocks = report.split(/^OGRFeature\(/m).slice(1);
  return blocks.map((block) => {
    const [, layer, fid] = /^(.+)\):(\d+)$/m.exec(block)!;
    const feature: OgrFeature = { layer, fid: Number(fid), fields: {}, types: {}, wkt: '' };
    for (const line of block.split('\n').slice(1)) {
      const field = /^ {2}(\S+) \(([^)]+(?:\))?)\) = (.*)$/.exec(line);
      if (field) {
        feature.fields[field[1]] = field[3];
        feature.types[field[1]] = field[2];
      } else if (/^ {2}[A-Z]+( ?Z?M? ?\(| EMPTY)/.test(line)) {
        feature.wkt = line.trim();
      }
    }
    return feature;
  });
}

/** Layer names of an `ogrinfo -q` / `-ro` datasource listing ("1: items (title: All items)"). */
export function parseLayerNames(report: string): string[] {
  return [...report.matchAll(/^\d+: (\S+)/gm)].map((match) => match[1]);
}
