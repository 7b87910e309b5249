// `next start` for the benchmark's browser and load measurements (needs `npm run build:test` first).
import { spawn, type ChildProcess } from 'node:child_process';
import { assertTestBuild } from '../test-build';

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
  // The browser timings read the live map through the test build's hooks.
  assertTestBuild(process.cwd());
  const server = spawn('node_modules/.bin/next', ['start', '-p', String(port)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: '1' },
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
