import Link from 'next/link';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { ArticleText } from '@/components/panels/ArticleText';
import { NotFoundError } from '@/lib/errors';
import { requestLocale, type Locale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import { formatDay } from '@/lib/items/format';
import { itemTitles } from '@/lib/items/titles';
import { idParamSchema } from '@/lib/items/schema';
import { getSource } from '@/lib/sources/repository';

export const dynamic = 'force-dynamic';

async function loadSource(rawId: string) {
  const id = idParamSchema.safeParse(rawId);
  if (!id.success) notFound();
  try {
    return await getSource(id.data);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/** The title of every live item the article's excerpts are cited by, and its link on the map. */
async function itemLinks(itemIds: number[], locale: Locale): Promise<Record<number, { title: string; href: string; label: string; text: string }>> {
  const { sources } = MESSAGES[locale];
  const titles = [...(await itemTitles(itemIds))].filter(([, item]) => !item.deleted);
  return Object.fromEntries(
    titles.map(([id, { title }]) => [id, { title, href: `/?item=${id}&lang=${locale}`, label: sources.openItem(title), text: sources.onMap }]),
  );
}

/** Only links back into the app itself: a `from` pointing elsewhere falls back to the dashboard. */
function safeReturn(from: string | string[] | undefined): string {
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

export default async function ArticlePage({ params, searchParams }: PageProps<'/article/[id]'>) {
  const [{ id }, query, requestHeaders] = await Promise.all([params, searchParams, headers()]);
  const source = await loadSource(id);
  const locale = requestLocale(typeof query.lang === 'string' ? query.lang : null, requestHeaders.get('accept-language'));
  const t = MESSAGES[locale];
  const highlighted = Number(query.excerpt);
  const links = await itemLinks(source.excerpts.flatMap((excerpt) => excerpt.itemIds), locale);
  return (
    <main className="article-page" lang={locale}>
      <p>
        <Link href={safeReturn(query.from)}>{t.article.back}</Link>
      </p>
      <header>
        <h1 lang={source.language}>{source.title}</h1>
        <p className="muted">
          {source.outlet}
          {source.reportedAt && <> · {t.article.reported(formatDay(source.reportedAt, t))}</>}
          {source.url && (
            <>
              {' '}
              · <a href={source.url}>{t.article.original}</a>
            </>
          )}{' '}
          · {t.article.language}: {source.language}
        </p>
      </header>
      <ArticleText
        text={source.text}
        language={source.language}
        excerpts={source.excerpts}
        highlightedId={Number.isInteger(highlighted) ? highlighted : null}
        itemLinks={links}
        locale={locale}
      />
    </main>
  );
}
