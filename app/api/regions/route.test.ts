import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegionContextDto, RegionSummaryDto } from '@/lib/items/types';
import { DAY_MS, dayMs, isoDay } from '@/lib/dates';
import { createItem, deleteItem } from '@/lib/items/write';
import { REGION_ITEMS_PAGE } from '@/lib/regions/containment';
import { itemInput } from '@/lib/testing/items';
import { callRoute } from '@/lib/testing/route';
import { createSeededDatabase, type TempDatabase } from '@/lib/testing/temp-database';
import * as listRoute from './route';
import * as regionRoute from './[id]/route';

let database: TempDatabase;

beforeAll(async () => {
  database = await createSeededDatabase();
});
afterAll(() => database.cleanup());

const context = async (id: string) => (await callRoute(regionRoute.GET, `/api/regions/${id}`, { id })).body as RegionContextDto;
const titles = (dto: RegionContextDto) => dto.items.map((item) => item.properties.title);

describe('GET /api/regions', () => {
  it('lists every country of the basemap and the theatres', async () => {
    const { status, body } = await callRoute(listRoute.GET, '/api/regions');
    const regions = body.regions as RegionSummaryDto[];
    expect(status).toBe(200);
    expect(regions.filter((r) => r.kind === 'country').length).toBeGreaterThan(200);
    expect(regions.filter((r) => r.kind === 'theatre').map((r) => r.id)).toEqual(
      expect.arrayContaining(['eastern-mediterranean', 'korean-peninsula', 'northwest-syria', 'ukraine-front']),
    );
  });

  it('gives theatres their outline and leaves country shapes to the basemap', async () => {
    const { body } = await callRoute(listRoute.GET, '/api/regions');
    const regions = body.regions as RegionSummaryDto[];
    expect(regions.find((r) => r.id === 'eastern-mediterranean')?.geometry?.type).toBe('Polygon');
    expect(regions.find((r) => r.id === 'SYR')?.geometry).toBeNull();
  });

  it('answers 400 for an unknown region kind', async () => {
    const { status } = await callRoute(listRoute.GET, '/api/regions?kind=ocean');
    expect(status).toBe(400);
  });
});

describe('GET /api/regions/[id]', () => {
  it('gives Syria its context quoted from the article and the offensive inside it', async () => {
    const syria = await context('SYR');
    expect(syria.region.name).toBe('Syria');
    expect(syria.region.summary).toMatch(/Assad/);
    expect(syria.excerpts[0].text).toContain('perd du terrain');
    expect(titles(syria)).toEqual(expect.arrayContaining([expect.stringContaining('Rebel offensive')]));
  });

  it('finds the exercise area in the eastern Mediterranean theatre', async () => {
    expect(titles(await context('eastern-mediterranean'))).toEqual(
      expect.arrayContaining([expect.stringContaining('eastern Mediterranean')]),
    );
  });

  it('places a call in the countries at its ends, not under its arc', async () => {
    expect(titles(await context('USA'))).toEqual(expect.arrayContaining([expect.stringContaining('Gerasimov')]));
    expect(titles(await context('GRL'))).toEqual([]);
  });

  it('finds Russian items in Russia despite its antimeridian-crossing outline', async () => {
    expect(titles(await context('RUS'))).toEqual(
      expect.arrayContaining([expect.stringContaining('Ukrainian strikes'), expect.stringContaining('Putin')]),
    );
  });

  it('answers a country the article does not mention with no summary and no items', async () => {
    const peru = await context('PER');
    expect(peru.region.summary).toBeNull();
    expect(peru.items).toEqual([]);
  });

  it('answers 404 for an unknown region and 400 for a malformed id', async () => {
    expect((await callRoute(regionRoute.GET, '/api/regions/XXX', { id: 'XXX' })).status).toBe(404);
    expect((await callRoute(regionRoute.GET, '/api/regions/a%20b', { id: 'a b' })).status).toBe(400);
  });

  it('counts every live item in the region and lists the first page of them by date', async () => {
    const before = (await context('SYR')).itemCount;
    // A block of strikes around Palmyra, well inside Syria, one day apart (latest first), written
    // through the write path (which keeps region membership); the first one is then soft-deleted.
    const excerptId = (await database.client.excerpt.findFirstOrThrow()).id;
    const ids = await database.client.$transaction(async (tx) => {
      const created: number[] = [];
      for (let i = 0; i < REGION_ITEMS_PAGE + 5; i++) {
        const input = itemInput([excerptId], {
          title: `Palmyra strike ${i}`,
          geometry: { type: 'Point', coordinates: [38.2 + (i % 25) * 0.01, 34.5 + Math.floor(i / 25) * 0.01] },
          startDate: isoDay(dayMs('2000-01-01') - i * DAY_MS),
        });
        created.push((await createItem(tx, input, null)).id);
      }
      return created;
    }, { timeout: 60_000 });
    const admin = await database.client.admin.create({ data: { name: 'cartographer', passwordHash: 'not-used-here' } });
    await deleteItem(database.client, admin, ids[0], 1);

    const syria = await context('SYR');

    expect(syria.itemCount).toBe(before + REGION_ITEMS_PAGE + 4);
    expect(syria.items).toHaveLength(REGION_ITEMS_PAGE);
    expect(titles(syria)[0]).toBe(`Palmyra strike ${REGION_ITEMS_PAGE + 4}`);
    expect(titles(syria)).not.toContain('Palmyra strike 0');
  });
});
