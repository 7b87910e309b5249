import { ItemTable } from '@/components/admin/ItemTable';
import { requireAdminPage } from '@/lib/auth/request';
import { listEditorItems } from '@/lib/items/editor';

export const dynamic = 'force-dynamic';

export default async function AdminItemsPage() {
  await requireAdminPage();
  return (
    <section>
      <h1>Items</h1>
      <ItemTable items={await listEditorItems()} />
    </section>
  );
}
