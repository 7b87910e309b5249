// Where the OGC API is mounted and how its answers are sent (links are absolute, built from the request).
import { NextResponse } from 'next/server';

export const OGC_PREFIX = '/ogc';

/** Absolute URL of the API's landing page, as the client reached it. */
export function ogcBase(request: Request): string {
  return `${new URL(request.url).origin}${OGC_PREFIX}`;
}

export function ogcResponse(body: unknown, contentType: string): Response {
  return NextResponse.json(body, { headers: { 'Content-Type': contentType } });
}
