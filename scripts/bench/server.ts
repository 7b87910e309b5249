// `next start` for the benchmark's browser and load measurements (needs `npm run build` first).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within 60 s`);
}

/** `next start` on `port`, reading the database `databaseUrl`; resolves once it answers. */
export async function startServer(port: number, databaseUrl: string): Promise<ChildProcess> {
  if (!fs.existsSync('.next/BUILD_ID')) throw new Error('No build: run `npm run build` first (the browser and load tests run `next start`).');
  const server = spawn('node_modules/.bin/next', ['start', '-p', String(port)], {
    // SITMAP_TEST_HOOKS: the browser timings read the live map (components/map/test-hooks.ts).
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: '1', SITMAP_TEST_HOOKS: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForServer(`http://127.0.0.1:${port}/api/health`, server);
  return server;
}

export async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}
