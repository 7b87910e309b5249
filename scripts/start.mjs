// npm start: set up the database (migrate, seed if empty), build, then serve on $PORT (default 3000).
import { spawnSync, spawn } from 'node:child_process';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const port = process.env.PORT || '3000';

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed (exit ${result.status ?? result.signal}). Nothing was started.`);
    process.exit(result.status || 1);
  }
}

run('Setting up the database', 'node_modules/.bin/tsx', ['scripts/setup-db.ts']);
run('Building the app', 'npm', ['run', 'build']);

console.log(`\n▶ Serving Sitmap on http://localhost:${port}`);
// `next start`, but the peer's address always ends X-Forwarded-For (scripts/serve.mjs, docs/deploy.md).
const server = spawn(process.execPath, ['scripts/serve.mjs'], { stdio: 'inherit', env: { ...env, PORT: port } });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
