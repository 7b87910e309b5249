#!/usr/bin/env node
// node scripts/serve.mjs: serves the `npm run build` output like `next start -H $HOSTNAME -p $PORT`
// (default: every interface, port 3000), with one difference: the address of the peer that
// connected is always appended to X-Forwarded-For, as a proxy would. `next start` writes it only
// when the request has no X-Forwarded-For, so a client could otherwise choose the address the
// sign-in rate limit counts (lib/auth/request.ts clientAddress, which skips only hops added by
// SITMAP_TRUSTED_PROXIES).
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.NODE_ENV = 'production';
const { default: next } = await import('next');

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const hostname = process.env.HOSTNAME || undefined;
const port = Number(process.env.PORT || 3000);

const app = next({ dev: false, dir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  const peer = request.socket.remoteAddress ?? 'unknown';
  const forwarded = request.headers['x-forwarded-for'];
  request.headers['x-forwarded-for'] = forwarded ? `${forwarded}, ${peer}` : peer;
  handle(request, response);
});
// Longer than a reverse proxy's idle keep-alive (nginx upstream keepalive_timeout, 60 s), so the
// proxy, not us, closes an idle connection and never sends a request on one we are closing.
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => console.log(`serve: Sitmap on http://${hostname ?? 'localhost'}:${port}`));

for (const signal of /** @type {NodeJS.Signals[]} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
