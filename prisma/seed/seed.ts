// Seeds an empty database with the first article, its items and every region, in one transaction.
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
import { saveExcerpt } from '@/lib/sources/write';
import { ARTICLE, ARTICLE_FILE, SEED_COUNTRY_CONTEXT, SEED_ITEMS, SEED_THEATRES } from './article';

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
      const cite = async (quotes: string[]) => {
        const ids: number[] = [];
        for (const quote of quotes) ids.push(await saveExcerpt(tx, source.id, { ...locateQuote(text, quote), text: quote }));
        return ids;
      };

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

      for (const item of SEED_ITEMS) {
        const { quotes, ...fields } = item;
        await createItem(tx, itemInputSchema.parse({ ...fields, excerptIds: await cite(quotes) }), null);
      }

      // Region excerpts are cited after the items' (excerpt ids in the article's usual order).
      for (const region of regions) {
        if (!region.context) continue;
        const excerptIds = await cite(region.context.quotes);
        await tx.regionExcerpt.createMany({ data: excerptIds.map((excerptId, position) => ({ regionId: region.id, excerptId, position })) });
      }
      return {
        seeded: true,
        items: SEED_ITEMS.length,
        regions: regions.length,
        excerpts: await tx.excerpt.count(),
      };
    },
    { timeout: 60_000 },
  );
}
