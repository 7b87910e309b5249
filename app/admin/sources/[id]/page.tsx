import Link from 'next/link';
import { ExcerptManager } from '@/components/admin/ExcerptManager';
import { SourceDeleteButton } from '@/components/admin/SourceDeleteButton';
import { SourceForm } from '@/components/admin/SourceForm';
import { requireAdminPage } from '@/lib/auth/request';
import { itemTitles } from '@/lib/items/titles';
import { loadAdminSource } from './load-source';

export const dynamic = 'force-dynamic';

export default async function EditSourcePage({ params }: PageProps<'/admin/sources/[id]'>) {
  await requireAdminPage();
  const source = await loadAdminSource((await params).id);
  const titles = Object.fromEntries([...(await itemTitles(source.excerpts.flatMap((excerpt) => excerpt.itemIds)))].map(([id, item]) => [id, item.title]));
  return (
    <section className="admin-narrow wide">
      <h1>
        Edit article <span className="muted">#{source.id}</span>
      </h1>
      <p className="source-admin-actions">
        <Link href={`/article/${source.id}`}>Read it on the public site</Link>
        <Link href={`/admin/sources/${source.id}/history`}>History of this article</Link>
        <Link href={`/admin/sources/${source.id}/draft`}>Draft items from it</Link>
        <SourceDeleteButton sourceId={source.id} version={source.version} titles={titles} />
      </p>
      <SourceForm source={source} />
      <h2>Excerpts ({source.excerpts.length})</h2>
      <ExcerptManager sourceId={source.id} text={source.text} excerpts={source.excerpts} titles={titles} />
    </section>
  );
}
