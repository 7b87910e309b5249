import Link from 'next/link';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { DraftReview } from '@/components/admin/DraftReview';
import { requireAdminPage } from '@/lib/auth/request';
import { LOCALES, negotiateLocale, type Locale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import { idParamSchema } from '@/lib/items/schema';
import { listSources } from '@/lib/sources/repository';
import { getSource } from '@/lib/sources/repository';

export const dynamic = 'force-dynamic';

export default async function DraftSourcePage({ params, searchParams }: PageProps<'/admin/sources/[id]/draft'>) {
  await requireAdminPage();
  const id = idParamSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const sources = await listSources();
  if (!sources.some((source) => source.id === id.data)) notFound();
  const { id: sourceId, title, text, language } = await getSource(id.data);
  const query = (await searchParams).lang;
  const locale: Locale = (LOCALES as readonly unknown[]).includes(query) ? (query as Locale) : negotiateLocale((await headers()).get('accept-language'));
  const t = MESSAGES[locale].draft;
  return (
    <section lang={locale}>
      <h1>{t.title}</h1>
      <p>
        <Link href={`/admin/items/new?source=${sourceId}`} lang={language}>
          {title}
        </Link>
      </p>
      <DraftReview source={{ id: sourceId, title, text, language }} sources={sources} locale={locale} />
    </section>
  );
}
