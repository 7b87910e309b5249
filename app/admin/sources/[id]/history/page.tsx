import Link from 'next/link';
import { SourceRevisionList } from '@/components/admin/SourceRevisionList';
import { requireAdminPage } from '@/lib/auth/request';
import { listSourceRevisions } from '@/lib/sources/repository';
import { loadAdminSource } from '../load-source';

export const dynamic = 'force-dynamic';

export default async function SourceHistoryPage({ params }: PageProps<'/admin/sources/[id]/history'>) {
  await requireAdminPage();
  const source = await loadAdminSource((await params).id);
  return (
    <section className="admin-narrow wide">
      <h1>
        History of “<span lang={source.language}>{source.title}</span>”
      </h1>
      <p>
        <Link href={`/admin/sources/${source.id}`}>Back to the article</Link>
      </p>
      <SourceRevisionList revisions={await listSourceRevisions(source.id)} />
    </section>
  );
}
