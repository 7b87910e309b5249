import Link from 'next/link';
import { ItemEditor } from '@/components/admin/ItemEditor';
import { requireAdminPage } from '@/lib/auth/request';
import { listSources } from '@/lib/sources/repository';
import { loadEditorItem } from './load-item';

export const dynamic = 'force-dynamic';

export default async function EditItemPage({ params }: PageProps<'/admin/items/[id]'>) {
  await requireAdminPage();
  const item = await loadEditorItem((await params).id);
  return (
    <section>
      <h1>
        Edit item <span className="muted">#{item.id}</span>
      </h1>
      <p>
        <Link href={`/admin/items/${item.id}/history`}>History of this item</Link>
      </p>
      <ItemEditor item={item} sources={await listSources()} />
    </section>
  );
}
