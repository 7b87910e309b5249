// What every mutating route handler calls first: refuse cross-site requests (403), then require a
// live session (401). Pages use currentAdmin() with the same session table.
import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { ApiError } from '@/lib/api/errors';
import { inAddressList, parseAddressList, unmappedAddress } from '@/lib/security/address-list';
import { findSessionAdmin, SESSION_COOKIE, type SignedInAdmin } from './session';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The host this request was sent to, as the browser saw it (a reverse proxy sets X-Forwarded-Host). */
function requestHost(request: Request): string {
  return request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? new URL(request.url).host;
}

/**
 * Browsers send Origin with every POST, PUT and DELETE; a request from another site, or one with no
 * way to tell where it came from, is refused. Sec-Fetch-Site covers browsers that omit Origin.
 */
export function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.get('origin');
  if (origin) {
    let host: string | null = null;
    try {
      host = new URL(origin).host;
    } catch {
      host = null;
    }
    if (host === requestHost(request)) return;
  } else if (request.headers.get('sec-fetch-site') === 'same-origin') {
    return;
  }
  throw new ApiError('forbidden', 'Cross-site requests are not allowed');
}

function readCookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

export function sessionToken(request: Request): string | undefined {
  return readCookie(request, SESSION_COOKIE);
}

/** Origin check, then session check: the admin making this request, or an ApiError (403 / 401). */
export async function requireAdmin(request: Request): Promise<SignedInAdmin> {
  assertSameOrigin(request);
  const admin = await findSessionAdmin(sessionToken(request));
  if (!admin) throw new ApiError('unauthorized', 'Sign in to make changes');
  return admin;
}

/**
 * The address a request came from, for per-address limits. X-Forwarded-For is a chain "client,
 * proxy1, ..." whose last hop is the peer that connected to us (scripts/serve.mjs appends it; bare
 * `next start` fills it only when the request has none). Hops added by SITMAP_TRUSTED_PROXIES
 * (addresses or CIDR ranges, none by default) are skipped from the right; the first hop left is the
 * client. Anything left of it was written by the client itself, so it never counts.
 */
export function clientAddress(request: Request, trustedProxies = process.env.SITMAP_TRUSTED_PROXIES ?? ''): string {
  const hops = (request.headers.get('x-forwarded-for') ?? '').split(',').map((hop) => hop.trim()).filter(Boolean);
  const trusted = parseAddressList(trustedProxies);
  let client = hops.length - 1;
  while (client > 0 && inAddressList(trusted, hops[client])) client -= 1;
  return client >= 0 ? unmappedAddress(hops[client]) : 'unknown';
}

/** HTTPS as the browser saw it, to mark the session cookie Secure. */
export function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
}

/** For server components: the signed-in admin from the request's cookie, or null. */
export async function currentAdmin(): Promise<SignedInAdmin | null> {
  return findSessionAdmin((await cookies()).get(SESSION_COOKIE)?.value);
}

/** For admin pages: the signed-in admin, or a redirect to the sign-in page. */
export async function requireAdminPage(): Promise<SignedInAdmin> {
  const admin = await currentAdmin();
  if (!admin) redirect('/admin/sign-in');
  return admin;
}
