import { ItemEditor } from '@/components/admin/ItemEditor';
import { requireAdminPage } from '@/lib/auth/request';
import { listSources } from '@/lib/sources/repository';

export const dynamic = 'force-dynamic';

export default async function NewItemPage({ searchParams }: PageProps<'/admin/items/new'>) {
  await requireAdminPage();
  const source = Number((await searchParams).source);
  return (
    <section>
      <h1>New item</h1>
      <ItemEditor item={null} sources={await listSources()} sourceId={Number.isInteger(source) ? source : undefined} />
    </section>
  );
}
