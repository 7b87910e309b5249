// Seeds an empty database with the situation, the first article, the two follow-up articles written for
// the project (prisma/seed/follow-up-articles.ts), their items and every region, in one transaction.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { toStoredDate } from '@/lib/dates';
import type { Db } from '@/lib/db/create-client';
import { bboxOf } from '@/lib/geo/bbox';
import { loadCountries } from '@/lib/geo/countries';
import { itemInputSchema } from '@/lib/items/schema';
import { createItem } from '@/lib/items/write';
import { outlineHash } from '@/lib/regions/membership';
import { locateQuote } from '@/lib/sources/excerpts';
import { seedSituation } from '@/lib/situation/write';
import { createSource, saveExcerpt } from '@/lib/sources/write';
import { ARTICLE, ARTICLE_ATTRIBUTIONS, ARTICLE_FILE, SEED_COUNTRY_CONTEXT, SEED_ITEMS, SEED_SITUATION, SEED_THEATRES } from './article';
import { FOLLOW_UP_ARTICLES, SEED_CORROBORATIONS, type SeedQuote } from './follow-up-articles';

export function readArticleText(): string {
  return readFileSync(path.join(process.cwd(), 'prisma', 'seed', ARTICLE_FILE), 'utf8');
}

export interface SeedResult {
  seeded: boolean;
  items: number;
  regions: number;
  excerpts: number;
}

/** Seeds only an empty database (no source yet), so restarting never duplicates anything. */
export async function seedDatabase(client: Db): Promise<SeedResult> {
  if ((await client.source.count()) > 0) return { seeded: false, items: 0, regions: 0, excerpts: 0 };
  const text = readArticleText();
  const countries = loadCountries();

  return client.$transaction(
    async (tx) => {
      const source = await tx.source.create({
        data: {
          ...ARTICLE,
          reportedAt: toStoredDate(ARTICLE.reportedAt),
          text,
        },
      });
      await seedSituation(tx, SEED_SITUATION);
      const citeIn = async (sourceId: number, sourceText: string, quotes: SeedQuote[]) => {
        const ids: number[] = [];
        for (const { quote, attribution = null } of quotes) {
          ids.push(await saveExcerpt(tx, sourceId, { ...locateQuote(sourceText, quote), text: quote, attribution }));
        }
        return ids;
      };
      const cite = (quotes: string[]) => citeIn(source.id, text, quotes.map((quote) => ({ quote, attribution: ARTICLE_ATTRIBUTIONS[quote] })));

      const regions = [
        ...countries.map((country) => ({
          id: country.id,
          name: country.name,
          kind: 'country',
          isoA3: country.isoA3,
          geometry: country.geometry,
          context: country.isoA3 ? SEED_COUNTRY_CONTEXT[country.isoA3] : undefined,
        })),
        ...SEED_THEATRES.map((theatre) => ({
          id: theatre.id,
          name: theatre.name,
          kind: 'theatre',
          isoA3: null,
          geometry: theatre.geometry,
          context: { summary: theatre.summary, quotes: theatre.quotes },
        })),
      ];
      // Regions first, so that each item's write places it in them (ItemRegion). With no item yet,
      // their (empty) membership is complete for their outline: stamped as such.
      await tx.region.createMany({
        data: regions.map((region) => {
          const [minLng, minLat, maxLng, maxLat] = bboxOf(region.geometry)!;
          const geometry = JSON.stringify(region.geometry);
          return {
            id: region.id,
            name: region.name,
            kind: region.kind,
            isoA3: region.isoA3,
            geometry,
            minLng,
            minLat,
            maxLng,
            maxLat,
            summary: region.context?.summary ?? null,
            itemsOutlineHash: outlineHash(geometry),
          };
        }),
      });

      // The first article's excerpts first, the items' then the regions' (their ids as before the
      // follow-up articles existed), then the follow-up articles with theirs.
      const firstArticleItems = [];
      for (const { quotes, ...fields } of SEED_ITEMS) firstArticleItems.push({ fields, excerptIds: await cite(quotes) });
      for (const region of regions) {
        if (!region.context) continue;
        const excerptIds = await cite(region.context.quotes);
        await tx.regionExcerpt.createMany({ data: excerptIds.map((excerptId, position) => ({ regionId: region.id, excerptId, position })) });
      }
      const followUps: Array<{ key: string; id: number; text: string; items: (typeof FOLLOW_UP_ARTICLES)[number]['items'] }> = [];
      for (const { key, items, ...article } of FOLLOW_UP_ARTICLES) {
        const { id } = await createSource(tx, article);
        followUps.push({ key, id, text: article.text, items });
      }
      const inFollowUp = (key: string) => followUps.find((article) => article.key === key)!;

      for (const { fields, excerptIds: cited } of firstArticleItems) {
        const corroborating = [];
        for (const { article, ...quote } of SEED_CORROBORATIONS[fields.title] ?? []) {
          const { id, text: articleText } = inFollowUp(article);
          corroborating.push(...(await citeIn(id, articleText, [quote])));
        }
        const excerptIds = [...cited, ...corroborating];
        await createItem(tx, itemInputSchema.parse({ ...fields, excerptIds }), null);
      }
      for (const article of followUps) {
        for (const { quotes, ...fields } of article.items) {
          await createItem(tx, itemInputSchema.parse({ ...fields, excerptIds: await citeIn(article.id, article.text, quotes) }), null);
        }
      }
      return {
        seeded: true,
        items: SEED_ITEMS.length + FOLLOW_UP_ARTICLES.reduce((sum, article) => sum + article.items.length, 0),
        regions: regions.length,
        excerpts: await tx.excerpt.count(),
      };
    },
    { timeout: 60_000 },
  );
}
