'use client';
import { useRouter } from 'next/navigation';
import { sendJson } from '@/lib/admin/client';

export function SignOutButton() {
  const router = useRouter();
  async function signOut() {
    await sendJson('POST', '/api/auth/sign-out', {});
    router.replace('/admin/sign-in');
    router.refresh();
  }
  return (
    <button type="button" className="link-button" onClick={signOut}>
      Sign out
    </button>
  );
}
