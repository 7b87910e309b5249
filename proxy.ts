// Security headers on every page (Next 16's proxy, formerly middleware): a Content-Security-Policy
// with a fresh nonce per request and 'strict-dynamic' (Next puts the nonce on its own scripts; pages
// are dynamically rendered), no 'unsafe-inline' scripts, no framing, no MIME sniffing.
import { NextResponse, type NextRequest } from 'next/server';
import { LOCALE_HEADER, requestLocale } from '@/lib/i18n/locales';
import { contentSecurityPolicy, SECURITY_HEADERS } from '@/lib/security/headers';

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  // Next reads the nonce from the request's CSP header while rendering.
  requestHeaders.set('Content-Security-Policy', csp);
  // The root layout cannot read `?lang=`: the page's language goes to it as a header.
  requestHeaders.set(LOCALE_HEADER, requestLocale(request.nextUrl.searchParams.get('lang'), request.headers.get('accept-language')));
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but what carries no HTML to protect: Next's hashed files, the basemap's tiles and glyphs
  // (hundreds per map view), and the API's answers (/api, /ogc: their fixed headers are in next.config.ts),
  // each kept out of the proxy's work, which costs a hot read more than the read itself.
  matcher: [{ source: '/((?!_next/static|_next/image|basemap/|fonts/|api/|ogc/|ogc$).*)' }],
};
