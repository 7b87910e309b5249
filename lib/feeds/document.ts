// Atom 1.0 (RFC 4287) and JSON Feed 1.1 documents of a view's recently created or changed items
// (pure): one entry model, two serialisations.
import countries from 'world-countries';
import type { Locale } from '@/lib/i18n/locales';
import type { Messages } from '@/lib/i18n/messages';
import { formatItemDate } from '@/lib/items/format';
import type { ItemFeature } from '@/lib/items/types';

export interface FeedItem {
  item: ItemFeature;
  createdAt: Date;
  updatedAt: Date;
}

export interface FeedMeta {
  /** The feed's own address (stable for a view: it is also the feed's id). */
  selfUrl: string;
  /** The dashboard showing the same view. */
  viewUrl: string;
  /** Where an item opens on the map: the app's origin. */
  origin: string;
  locale: Locale;
  t: Messages;
  /** The newest change the feed reflects (also its Last-Modified). */
  updated: Date;
}

/** An item's id in every feed, whatever it becomes: entries update in place in feed readers. */
export const entryId = (itemId: number) => `urn:sitmap:item:${itemId}`;

export function itemUrl(origin: string, itemId: number, locale: Locale): string {
  return `${origin}/?item=${itemId}&lang=${locale}`;
}

const countryNames = new Map(countries.map((country) => [country.cca3, { en: country.name.common, fr: country.translations.fra?.common ?? country.name.common }]));

export function countryName(iso3: string, locale: Locale): string {
  return countryNames.get(iso3)?.[locale] ?? iso3;
}

/** The centre of the item's box, [lng, lat]. */
function centre({ bbox: [west, south, east, north] }: ItemFeature): [number, number] {
  return [(west + east) / 2, (south + north) / 2];
}

export function describePlace(item: ItemFeature, meta: Pick<FeedMeta, 'locale' | 't'>): string {
  const [lng, lat] = centre(item);
  const names = item.properties.countries.map((iso) => countryName(iso, meta.locale)).join(', ');
  const where = `${meta.t.locationPrecisions[item.properties.locationPrecision]} (${lat.toFixed(3)}, ${lng.toFixed(3)})`;
  return names ? `${names}: ${where}` : where;
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);

function kindLine({ item }: FeedItem, t: Messages): string {
  return `${t.kinds[item.properties.kind].label} (${t.statuses[item.properties.status].label})`;
}

/** The entry's body as HTML: summary, kind, dates, place, quotes and the link to the map. */
export function entryHtml(entry: FeedItem, meta: FeedMeta): string {
  const { properties: p } = entry.item;
  const { t } = meta;
  const rows: Array<[string, string]> = [
    [t.table.kind, kindLine(entry, t)],
    [t.detail.when, formatItemDate(p, t)],
    [t.detail.where, describePlace(entry.item, meta)],
    ...(p.actors.length ? [[t.detail.actors, p.actors.join(', ')] as [string, string]] : []),
  ];
  const quotes = p.excerpts.map(
    (excerpt) => `<blockquote lang="${escapeXml(excerpt.language)}"><p>${escapeXml(excerpt.text)}</p><footer>${escapeXml(excerpt.sourceTitle)}</footer></blockquote>`,
  );
  return [
    `<p>${escapeXml(p.summary)}</p>`,
    `<dl>${rows.map(([term, value]) => `<dt>${escapeXml(term)}</dt><dd>${escapeXml(value)}</dd>`).join('')}</dl>`,
    ...(quotes.length ? [`<p>${escapeXml(t.detail.fromArticle)}</p>`, ...quotes] : []),
    `<p><a href="${escapeXml(itemUrl(meta.origin, p.id, meta.locale))}">${escapeXml(t.following.openOnMap)}</a></p>`,
  ].join('\n');
}

export function atomFeed(entries: FeedItem[], meta: FeedMeta): string {
  const { t } = meta;
  const items = entries.map((entry) => {
    const { properties: p } = entry.item;
    const [lng, lat] = centre(entry.item);
    return `  <entry>
    <id>${entryId(p.id)}</id>
    <title>${escapeXml(p.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(itemUrl(meta.origin, p.id, meta.locale))}"/>
    <published>${entry.createdAt.toISOString()}</published>
    <updated>${entry.updatedAt.toISOString()}</updated>
    <category term="${p.kind}" label="${escapeXml(t.kinds[p.kind].label)}"/>
    <category term="${p.status}" label="${escapeXml(t.statuses[p.status].label)}" scheme="${escapeXml(meta.origin)}/status"/>
    <summary>${escapeXml(`${kindLine(entry, t)}. ${formatItemDate(p, t)}. ${describePlace(entry.item, meta)}.`)}</summary>
    <content type="html">${escapeXml(entryHtml(entry, meta))}</content>
    <georss:point>${lat.toFixed(5)} ${lng.toFixed(5)}</georss:point>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:georss="http://www.georss.org/georss" xml:lang="${meta.locale}">
  <id>${escapeXml(meta.selfUrl)}</id>
  <title>${escapeXml(t.following.feedTitle)}</title>
  <subtitle>${escapeXml(t.following.feedSubtitle)}</subtitle>
  <updated>${meta.updated.toISOString()}</updated>
  <author><name>Sitmap</name></author>
  <generator>Sitmap</generator>
  <link rel="self" type="application/atom+xml" href="${escapeXml(meta.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(meta.viewUrl)}"/>
${items.join('\n')}
</feed>
`;
}

/** JSON Feed 1.1; `_sitmap` carries each item's fields for programs (JSON Feed's extension convention). */
export function jsonFeed(entries: FeedItem[], meta: FeedMeta) {
  const { t } = meta;
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: t.following.feedTitle,
    description: t.following.feedSubtitle,
    home_page_url: meta.viewUrl,
    feed_url: meta.selfUrl,
    language: meta.locale,
    items: entries.map((entry) => {
      const { properties: p } = entry.item;
      const [lng, lat] = centre(entry.item);
      return {
        id: entryId(p.id),
        url: itemUrl(meta.origin, p.id, meta.locale),
        title: p.title,
        summary: `${kindLine(entry, t)}. ${formatItemDate(p, t)}. ${describePlace(entry.item, meta)}.`,
        content_html: entryHtml(entry, meta),
        date_published: entry.createdAt.toISOString(),
        date_modified: entry.updatedAt.toISOString(),
        tags: [t.kinds[p.kind].label, t.statuses[p.status].label],
        _sitmap: {
          itemId: p.id,
          kind: p.kind,
          status: p.status,
          place: { countries: p.countries, locationPrecision: p.locationPrecision, lng, lat, bbox: entry.item.bbox },
          dates: { start: p.startDate, end: p.endDate, precision: p.datePrecision, announced: p.announcedAt, text: formatItemDate(p, t) },
          actors: p.actors,
          quotes: p.excerpts.map((excerpt) => ({ text: excerpt.text, language: excerpt.language, source: excerpt.sourceTitle, sourceId: excerpt.sourceId })),
        },
      };
    }),
  };
}
