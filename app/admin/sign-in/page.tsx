import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/admin/SignInForm';
import { currentAdmin } from '@/lib/auth/request';

export const dynamic = 'force-dynamic';

export default async function SignInPage() {
  if (await currentAdmin()) redirect('/admin');
  return (
    <section className="admin-narrow">
      <h1>Sign in</h1>
      <SignInForm />
    </section>
  );
}
