import Link from 'next/link';
import { requireAdminPage } from '@/lib/auth/request';
import { listSources } from '@/lib/sources/repository';

export const dynamic = 'force-dynamic';

export default async function AdminSourcesPage() {
  await requireAdminPage();
  const sources = await listSources();
  return (
    <section>
      <h1>Articles</h1>
      <p>
        <Link href="/admin/sources/new">New article</Link>
      </p>
      {sources.length === 0 ? (
        <p className="muted">No article yet.</p>
      ) : (
        <table className="item-table">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Outlet</th>
              <th scope="col">Published</th>
              <th scope="col">Language</th>
              <th scope="col">Items citing it</th>
              <th scope="col">Excerpts</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => (
              <tr key={source.id}>
                <td>
                  <Link href={`/admin/sources/${source.id}`} lang={source.language}>
                    {source.title}
                  </Link>
                </td>
                <td>{source.outlet}</td>
                <td>{source.publishedAt ?? '—'}</td>
                <td>{source.language}</td>
                <td>{source.itemCount}</td>
                <td>{source.excerptCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
