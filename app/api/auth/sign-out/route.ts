import { NextResponse } from 'next/server';
import { sessionToken } from '@/lib/auth/request';
import { revokeSession, SESSION_COOKIE } from '@/lib/auth/session';
import { withAdmin } from '@/lib/api/handler';

export const dynamic = 'force-dynamic';

/** Revokes the session in the database (the cookie alone would be reusable) and clears the cookie. */
export const POST = withAdmin({}, async ({ request }) => {
  await revokeSession(sessionToken(request)!);
  const response = NextResponse.json({ signedOut: true });
  response.cookies.delete(SESSION_COOKIE);
  return response;
});
