// npm run deploy:local [-- --port=8080 --apps=2]: the production topology on 127.0.0.1 (docs/deploy.md):
// nginx on --port in front of --apps app servers on the ports after it, on one PostgreSQL database.
// The database: DATABASE_URL when it is a postgres:// URL; otherwise a fresh one on a throwaway
// PostgreSQL server (scripts/with-postgres.mjs), removed on exit. Needs `npm run build`. Ctrl-C (or
// SIGTERM) stops nginx, the app servers and that server, and removes their files.
import crypto from 'node:crypto';
import { createPostgresDatabase } from '@/lib/db/postgres-databases';
import { startThrowawayPostgres } from './with-postgres.mjs';
import { startTopology } from './deploy/topology';

function option(name: string, fallback: string): string {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
}

async function main(): Promise<void> {
  const nginxPort = Number(option('port', '8080'));
  const appPorts = Array.from({ length: Number(option('apps', '2')) }, (_, i) => nginxPort + 1 + i);
  const given = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : undefined;
  const server = given ? null : await startThrowawayPostgres();
  if (!given && !server) throw new Error('PostgreSQL did not start (see above).');
  const database = server ? await createPostgresDatabase(server.url, 'sitmap_deploy') : undefined;
  const firstAdminPassword = process.env.SITMAP_FIRST_ADMIN_PASSWORD || crypto.randomBytes(12).toString('base64url');
  const topology = await startTopology({ databaseUrl: given ?? database!.url, nginxPort, appPorts, firstAdminPassword, output: 'inherit' });
  console.log(`\ndeploy-local: Sitmap on ${topology.url} (nginx) → ${topology.appUrls.join(', ')}; files in ${topology.prefix}`);
  if (!process.env.SITMAP_FIRST_ADMIN_PASSWORD) console.log(`deploy-local: a new database's first admin is "admin" with password ${firstAdminPassword}`);
  console.log('deploy-local: Ctrl-C stops everything.');

  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log(`\ndeploy-local: ${signal}: stopping nginx and the app servers...`);
      topology
        .stop()
        .then(() => server?.stop())
        .then(() => process.exit(0), (error: unknown) => {
          console.error(`deploy-local: ${error instanceof Error ? error.message : String(error)}`);
          process.exit(1);
        });
    });
  }
}

main().catch((error: unknown) => {
  console.error(`deploy-local: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
