import { Dashboard } from '@/components/Dashboard';
import { getLatestSource } from '@/lib/sources/repository';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const source = await getLatestSource();
  return <Dashboard sourceTitle={source?.title ?? null} sourceId={source?.id ?? null} />;
}
