// Calls a Next.js route handler the way the server does: a real Request and a params promise.
type RouteHandler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

export async function callRoute<P>(handler: RouteHandler<P>, url: string, params = {} as P, init: RequestInit = {}) {
  const response = await handler(new Request(new URL(url, 'http://localhost'), init), { params: Promise.resolve(params) });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    headers: response.headers,
    // Error answers are JSON too; a non-JSON body (a framework error page) stays text so tests can show it.
    body: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text,
  };
}

const TEST_ORIGIN = 'http://localhost';

/** A same-origin JSON request, as the admin pages send it; `token` signs it in. */
export function jsonRequest(method: string, body: unknown, token?: string, origin = TEST_ORIGIN): RequestInit {
  return {
    method,
    headers: {
      'Content-Type': 'application/json',
      Origin: origin,
      ...(token && { Cookie: `sitmap_session=${token}` }),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}
