import 'server-only';
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { ApiError, toApiError, zodFieldErrors, type ApiErrorBody } from './errors';

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
        error: { code: apiError.code, message: apiError.message, ...(apiError.fields && { fields: apiError.fields }) },
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
