import { SourceForm } from '@/components/admin/SourceForm';
import { requireAdminPage } from '@/lib/auth/request';

export const dynamic = 'force-dynamic';

export default async function NewSourcePage() {
  await requireAdminPage();
  return (
    <section className="admin-narrow wide">
      <h1>New article</h1>
      <p className="muted">Paste an article: once saved, items can cite its words as excerpts.</p>
      <SourceForm />
    </section>
  );
}
