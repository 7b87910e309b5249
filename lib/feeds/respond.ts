import 'server-only';
// GET /feed.atom and /feed.json: the dashboard's filters (the parameters of /api/items, parsed the same
// way) plus `lang`; unknown parameters answer 400. ETag and Last-Modified on every answer, 304 when
// the reader's copy is current.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { parseParam } from '@/lib/api/handler';
import { assertKnownParams } from '@/lib/api/known-params';
import { LOCALES } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import { parseItemFilters } from '@/lib/items/query';
import { ITEM_FILTER_PARAMS } from '@/lib/items/query-params';
import { serializeDashboardState } from '@/lib/url-state';
import { dashboardFilters } from './view';
import { atomFeed, jsonFeed, type FeedMeta } from './document';
import { lastDataChange, recentItemsInView } from './entries';
import { isNotModified } from './conditional';

export type FeedFormat = 'atom' | 'json';

const CONTENT_TYPES: Record<FeedFormat, string> = {
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

export const FEED_PARAMS = [...ITEM_FILTER_PARAMS, 'lang'] as const;

const localeSchema = z.enum(LOCALES, { message: `lang must be one of ${LOCALES.join(', ')}` });

/** The origin as the reader reached us (a reverse proxy sets X-Forwarded-Host and -Proto). */
function publicOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? url.host;
  const protocol = request.headers.get('x-forwarded-proto') ?? url.protocol.replace(/:$/, '');
  return `${protocol}://${host}`;
}

export async function feedResponse(request: Request, format: FeedFormat): Promise<Response> {
  const url = new URL(request.url);
  const params = url.searchParams;
  assertKnownParams(params, FEED_PARAMS);
  const filters = parseItemFilters(params);
  const locale = params.has('lang') ? parseParam(localeSchema, params.get('lang'), 'lang') : 'en';

  const entries = await recentItemsInView(filters);
  const updated = await lastDataChange(entries);
  const origin = publicOrigin(request);
  const meta: FeedMeta = {
    selfUrl: `${origin}${url.pathname}${url.search}`,
    viewUrl: `${origin}/${serializeDashboardState({ ...dashboardFilters(filters), locale })}`,
    origin,
    locale,
    t: MESSAGES[locale],
    updated,
  };
  const body = format === 'atom' ? atomFeed(entries, meta) : JSON.stringify(jsonFeed(entries, meta), null, 2);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  const headers = {
    ETag: etag,
    'Last-Modified': updated.toUTCString(),
    // Readers may keep a copy but must ask (cheaply, with the validators) before using it.
    'Cache-Control': 'public, no-cache',
  };
  if (isNotModified(request.headers, etag, updated)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, 'Content-Type': CONTENT_TYPES[format] } });
}

