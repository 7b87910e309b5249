#!/usr/bin/env node
// Stand-in for Prisma's native schema engine, which cannot be downloaded on this offline machine.
// prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here so that `prisma generate` (which never
// needs the engine) works, while every migrate/db command fails loudly instead of silently doing
// nothing. Use `npm run db:setup` / `npm run db:make-migration` instead.
//
// The CLI talks to the engine in two ways:
// - one-shot `schema-engine ... cli <command>`: it parses stderr as JSON log lines but skips the
//   first line, so print a plain line first, then the JSON error line, and exit 1;
// - JSON-RPC over stdin/stdout (migrate diff, migrate dev, db push, ...): if the engine exits
//   before answering, some commands (e.g. `migrate diff`) hang on shutdown and end with status 0
//   and no output. So answer every request with a JSON-RPC error, and exit 1 when stdin closes.
import readline from 'node:readline';

const message =
  "Prisma's schema engine is not available offline: use npm run db:setup / npm run db:make-migration";
const logLine = JSON.stringify({ level: 'ERROR', fields: { message } });

process.stderr.write(`${message}\n${logLine}\n`);

if (process.argv.slice(2).includes('cli')) {
  process.exit(1);
}

readline.createInterface({ input: process.stdin, crlfDelay: Infinity }).on('line', (line) => {
  let request;
  try {
    request = JSON.parse(line);
  } catch {
    return;
  }
  if (request && request.id !== undefined) {
    const response = { jsonrpc: '2.0', id: request.id, error: { code: 1, message, data: { message } } };
    process.stdout.write(`${JSON.stringify(response)}\n`);
  }
}).on('close', () => process.exit(1));
