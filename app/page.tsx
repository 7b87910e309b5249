import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { LOCALE_HEADER, requestLocale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import { getSituation } from '@/lib/situation/repository';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const [situation, requestHeaders] = await Promise.all([getSituation(), headers()]);
  const { page, sources } = MESSAGES[requestLocale(requestHeaders.get(LOCALE_HEADER), requestHeaders.get('accept-language'))];
  return { title: sources.pageTitle(situation.name), description: situation.description || page.description };
}

export default async function HomePage() {
  const [situation, requestHeaders] = await Promise.all([getSituation(), headers()]);
  return (
    <Dashboard
      situation={{ name: situation.name, description: situation.description }}
      browserLocale={requestLocale(requestHeaders.get(LOCALE_HEADER), requestHeaders.get('accept-language'))}
    />
  );
}
