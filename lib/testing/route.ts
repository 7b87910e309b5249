// Calls a Next.js route handler the way the server does: a real Request and a params promise.
type RouteHandler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

export async function callRoute<P>(handler: RouteHandler<P>, url: string, params = {} as P) {
  const response = await handler(new Request(new URL(url, 'http://localhost')), { params: Promise.resolve(params) });
  return { status: response.status, contentType: response.headers.get('content-type'), body: await response.json() };
}
