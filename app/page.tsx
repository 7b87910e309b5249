import { headers } from 'next/headers';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { negotiateLocale } from '@/lib/i18n/locales';
import { getLatestSource } from '@/lib/sources/repository';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const [source, requestHeaders] = await Promise.all([getLatestSource(), headers()]);
  return (
    <Dashboard
      sourceTitle={source?.title ?? null}
      sourceLanguage={source?.language ?? null}
      sourceId={source?.id ?? null}
      browserLocale={negotiateLocale(requestHeaders.get('accept-language'))}
    />
  );
}
