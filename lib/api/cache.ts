import 'server-only';
// Cacheable reads. Every answer of a read depends only on the data, its URL and how the client reached
// us, so its strong ETag is a hash of the data version (lib/db/data-version.ts, moved by every write)
// and of those: a conditional request whose ETag still matches answers 304 after one version read,
// without touching the rows, and any write changes every ETag, so no cache ever keeps a stale answer.
// The last answers are also kept in memory by ETag, so a hot read does not rebuild its body either.
import { createHash } from 'node:crypto';
import { configuredDatabaseUrl } from '@/lib/db/config';
import { readDataVersion } from '@/lib/db/data-version';
import { withErrors } from './handler';

/** Data: any cache may keep a copy but must revalidate it before each use (a 304 when unchanged). */
export const DATA_CACHE_CONTROL = 'public, no-cache';

/** Request headers a body may depend on (absolute links built from the address the client used). */
const ORIGIN_HEADERS = ['host', 'x-forwarded-host', 'x-forwarded-proto'] as const;

/** Kept answers: at most this many bytes in all, none above MAX_KEPT_BODY_BYTES, least recently used first out. */
const MAX_KEPT_BYTES = 32 * 1024 * 1024;
const MAX_KEPT_BODY_BYTES = 1024 * 1024;

interface KeptAnswer {
  body: ArrayBuffer;
  headers: [string, string][];
}

// On globalThis so dev hot reload keeps one store.
const globalForAnswers = globalThis as unknown as { sitmapKeptAnswers?: { answers: Map<string, KeptAnswer>; bytes: number } };
const kept = (globalForAnswers.sitmapKeptAnswers ??= { answers: new Map(), bytes: 0 });

/** The URL with its query parameters in a fixed order, and the origin headers: what the body depends on. */
function requestKey(request: Request): string {
  const url = new URL(request.url);
  const params = new URLSearchParams(url.searchParams);
  params.sort();
  const origin = ORIGIN_HEADERS.map((name) => request.headers.get(name) ?? '').join('\n');
  return `${url.origin}${url.pathname}?${params}\n${origin}`;
}

/** The database is part of it: versions of two databases (tests, a switched DATABASE_URL) may coincide. */
export function readEtag(version: number, request: Request): string {
  const key = `${configuredDatabaseUrl()}\n${version}\n${requestKey(request)}`;
  return `"${createHash('sha1').update(key).digest('base64url')}"`;
}

/** If-None-Match: `*` or a list of ETags, weak or strong (the comparison is weak, RFC 9110 13.1.2). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const value = tag.trim();
    return value === '*' || value.replace(/^W\//, '') === etag;
  });
}

function keptResponse(answer: KeptAnswer): Response {
  return new Response(answer.body, { headers: answer.headers });
}

async function keep(etag: string, response: Response): Promise<Response> {
  const body = await response.arrayBuffer();
  const answer: KeptAnswer = { body, headers: [...response.headers] };
  if (body.byteLength <= MAX_KEPT_BODY_BYTES && !kept.answers.has(etag)) {
    kept.answers.set(etag, answer);
    kept.bytes += body.byteLength;
    for (const [oldest, old] of kept.answers) {
      if (kept.bytes <= MAX_KEPT_BYTES) break;
      kept.answers.delete(oldest);
      kept.bytes -= old.body.byteLength;
    }
  }
  return keptResponse(answer);
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/**
 * A public read (errors as withErrors): ETag and Cache-Control on every 200 and 304; 304 when the
 * client's copy is current; a kept answer when this server already built it; else the handler.
 */
export function withCachedRead<C>(handler: Handler<C>, { cacheControl = DATA_CACHE_CONTROL } = {}): Handler<C> {
  return withErrors(async (request, context) => {
    const etag = readEtag(await readDataVersion(), request);
    const validators = { ETag: etag, 'Cache-Control': cacheControl };
    if (matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers: validators });
    const answer = kept.answers.get(etag);
    if (answer) {
      // Most recently used last, so it leaves last.
      kept.answers.delete(etag);
      kept.answers.set(etag, answer);
      return keptResponse(answer);
    }
    const response = await handler(request, context);
    if (response.status !== 200) return response;
    for (const [name, value] of Object.entries(validators)) response.headers.set(name, value);
    return keep(etag, response);
  });
}
