'use client';
import { useI18n } from '@/components/i18n';
import type { ItemFilters } from '@/lib/items/filter';
import { itemFilterParams } from '@/lib/items/query-params';

/** "Follow this view": the Atom and JSON feeds of the items created or changed in the current view. */
export function FollowLinks({ filters }: { filters: ItemFilters & { query: string } }) {
  const { t, locale } = useI18n();
  const params = itemFilterParams(filters);
  params.set('lang', locale);
  const query = params.toString().replace(/%2C/g, ',');
  return (
    <details className="follow-links">
      <summary>{t.following.follow}</summary>
      <p className="muted">{t.following.followHint}</p>
      <ul>
        <li>
          <a href={`/feed.atom?${query}`} type="application/atom+xml">
            {t.following.atomFeed}
          </a>
        </li>
        <li>
          <a href={`/feed.json?${query}`} type="application/feed+json">
            {t.following.jsonFeed}
          </a>
        </li>
      </ul>
    </details>
  );
}
