import { ImportForm } from '@/components/admin/ImportForm';
import { requireAdminPage } from '@/lib/auth/request';
import { listSources } from '@/lib/sources/repository';

export const dynamic = 'force-dynamic';

export default async function ImportPage() {
  await requireAdminPage();
  return (
    <section>
      <h1>Import GeoJSON</h1>
      <p className="muted">
        Items from a GeoJSON FeatureCollection, such as the dashboard&apos;s export. Their excerpts must be words of the chosen article.
      </p>
      <ImportForm sources={await listSources()} />
    </section>
  );
}
