// The Content-Security-Policy and companion headers: set by proxy.ts on pages, by next.config.ts on the
// API's answers (pure, unit-tested).

/**
 * MapLibre needs img-src data: (control icons) and worker-src 'self' (its worker is a same-origin
 * asset). Styles allow 'unsafe-inline' because React writes style attributes (legend swatches) and
 * MapLibre positions its controls with them; scripts never run inline without the nonce.
 * Development adds 'unsafe-eval': React's dev build uses eval for its error overlay.
 */
export function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/**
 * The API's answers (JSON, GeoJSON, vector tiles) are never documents to run anything in: no nonce is
 * needed, so they are set as fixed headers (next.config.ts) and the reads skip the proxy's work per request.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
