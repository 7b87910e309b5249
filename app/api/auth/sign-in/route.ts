import { NextResponse } from 'next/server';
import { assertSameOrigin, clientAddress, isHttps } from '@/lib/auth/request';
import { SESSION_COOKIE } from '@/lib/auth/session';
import { signIn, signInSchema } from '@/lib/auth/sign-in';
import { parseJsonBody, withErrors } from '@/lib/api/handler';

export const dynamic = 'force-dynamic';

export const POST = withErrors(async (request: Request) => {
  assertSameOrigin(request);
  const input = await parseJsonBody(request, signInSchema);
  const { admin, token, expiresAt } = await signIn(input, clientAddress(request));
  const response = NextResponse.json({ name: admin.name });
  response.cookies.set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isHttps(request),
    path: '/',
    expires: expiresAt,
  });
  return response;
});
