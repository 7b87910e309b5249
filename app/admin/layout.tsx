import type { Metadata } from 'next';
import Link from 'next/link';
import { SignOutButton } from '@/components/admin/SignOutButton';
import { currentAdmin } from '@/lib/auth/request';
import './admin.css';

export const metadata: Metadata = { title: 'Sitmap — admin', robots: { index: false } };

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const admin = await currentAdmin();
  return (
    // The admin pages are written in English, whatever the browser asks for.
    <div className="admin" lang="en">
      <header className="admin-bar">
        <strong>
          <Link href="/admin">Sitmap admin</Link>
        </strong>
        {admin && (
          <nav aria-label="Admin">
            <Link href="/admin">Items</Link>
            <Link href="/admin/items/new">New item</Link>
            <Link href="/admin/sources">Articles</Link>
            <Link href="/admin/sources/new">New article</Link>
            <Link href="/admin/situation">Situation</Link>
            <Link href="/admin/import">Import GeoJSON</Link>
            <Link href="/admin/webhooks">Webhooks</Link>
            <Link href="/">Public map</Link>
          </nav>
        )}
        {admin && (
          <span className="admin-user">
            Signed in as {admin.name} <SignOutButton />
          </span>
        )}
      </header>
      <main className="admin-main">{children}</main>
    </div>
  );
}
