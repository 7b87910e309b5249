import Link from 'next/link';
import { RevisionList } from '@/components/admin/RevisionList';
import { requireAdminPage } from '@/lib/auth/request';
import { listRevisions } from '@/lib/items/editor';
import { loadEditorItem } from '../load-item';

export const dynamic = 'force-dynamic';

export default async function ItemHistoryPage({ params }: PageProps<'/admin/items/[id]/history'>) {
  await requireAdminPage();
  const item = await loadEditorItem((await params).id);
  return (
    <section>
      <h1>History of “{item.input.title}”</h1>
      <p>
        <Link href={`/admin/items/${item.id}`}>Back to the item</Link>
        {item.deletedAt && <span className="badge">Deleted</span>}
      </p>
      <RevisionList itemId={item.id} currentVersion={item.version} revisions={await listRevisions(item.id)} />
    </section>
  );
}
