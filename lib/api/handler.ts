import 'server-only';
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { requireAdmin } from '@/lib/auth/request';
import type { SignedInAdmin } from '@/lib/auth/session';
import { tooLargeMessage } from './body-size';
import { zodFieldErrors } from '@/lib/errors';
import { ApiError, toApiError, type ApiErrorBody } from './errors';

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/** Wraps a route handler: thrown ApiErrors and ZodErrors become JSON errors with the right status. */
export function withErrors<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.status >= 500) console.error(error);
      const body: ApiErrorBody = {
        error: {
          code: apiError.code,
          message: apiError.message,
          ...(apiError.fields && { fields: apiError.fields }),
          ...(apiError.details && { details: apiError.details }),
        },
      };
      return NextResponse.json(body, { status: apiError.status });
    }
  };
}

/** Parses one path or query parameter; a bad value answers 400 naming the parameter. */
export function parseParam<S extends z.ZodType>(schema: S, value: unknown, name: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const messages = Object.values(zodFieldErrors(result.error)).flat();
  throw new ApiError('bad_request', `${name}: ${messages[0]}`, { [name]: messages });
}

/** Zod schemas of a route's named parameters (path or query), each parsed to its output. */
type ParamSchemas = Record<string, z.ZodType>;
type Parsed<S extends ParamSchemas> = { [K in keyof S]: z.output<S[K]> };
type NoParams = Record<never, z.ZodType>;

export interface AdminRoute<P extends ParamSchemas, Q extends ParamSchemas, B extends z.ZodType | undefined> {
  /** Path parameters, e.g. `{ id: idParamSchema }`. */
  params?: P;
  /** Query parameters, each read once (absent is undefined). */
  query?: Q;
  /** The JSON body's schema; without one the body is not read. */
  body?: B;
  bodyOptions?: BodyOptions;
}

export interface AdminRequest<P extends ParamSchemas, Q extends ParamSchemas, B extends z.ZodType | undefined> {
  request: Request;
  admin: SignedInAdmin;
  params: Parsed<P>;
  query: Parsed<Q>;
  body: B extends z.ZodType ? z.output<B> : undefined;
}

type RouteParams = { params: Promise<Record<string, string | string[] | undefined>> };

/**
 * A mutating route: errors answered as JSON (withErrors), then, in this order, a same-origin signed-in
 * admin (403 / 401), the path and query parameters (400 naming the parameter) and the body (413 / 400),
 * so the handler receives them typed and parsed.
 */
export function withAdmin<P extends ParamSchemas = NoParams, Q extends ParamSchemas = NoParams, B extends z.ZodType | undefined = undefined>(
  route: AdminRoute<P, Q, B>,
  handler: (parsed: AdminRequest<P, Q, B>) => Promise<Response>,
): Handler<RouteParams> {
  return withErrors(async (request, context) => {
    const admin = await requireAdmin(request);
    const raw = await context.params;
    const search = new URL(request.url).searchParams;
    const parseAll = <S extends ParamSchemas>(schemas: S | undefined, read: (name: string) => unknown) =>
      Object.fromEntries(Object.entries(schemas ?? {}).map(([name, schema]) => [name, parseParam(schema, read(name), name)])) as Parsed<S>;
    const params = parseAll(route.params, (name) => raw[name]);
    const query = parseAll(route.query, (name) => search.get(name) ?? undefined);
    const body = (route.body ? await parseJsonBody(request, route.body, route.bodyOptions) : undefined) as AdminRequest<P, Q, B>['body'];
    return handler({ request, admin, params, query, body });
  });
}

/** Request bodies above this are refused before parsing (a 10 000-vertex polygon is about 400 KB). */
export const MAX_BODY_BYTES = 1_000_000;

export interface BodyOptions {
  /** Larger bodies answer 413 (default MAX_BODY_BYTES). */
  maxBytes?: number;
  /** What the body is, in the error messages: "The request body", "The file". */
  subject?: string;
}

/** Reads a JSON body and parses it with a shared schema: too big answers 413, malformed JSON or bad fields 400. */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S, { maxBytes = MAX_BODY_BYTES, subject = 'The request body' }: BodyOptions = {}): Promise<z.output<S>> {
  const text = await readBodyText(request, maxBytes, subject);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError('bad_request', `${subject} is not valid JSON`, { _: [`${subject} is not valid JSON`] });
  }
  return schema.parse(value);
}

/** Stops reading as soon as the body passes the limit, whatever Content-Length claims. */
async function readBodyText(request: Request, maxBytes: number, subject: string): Promise<string> {
  const tooLarge = () => new ApiError('payload_too_large', tooLargeMessage(subject, maxBytes));
  if (Number(request.headers.get('content-length')) > maxBytes) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

