import { describe, expect, it } from 'vitest';
import { toApiError } from '@/lib/api/errors';
import { planImport, type SourceForImport } from './plan';

const TEXT = 'Le tir a eu lieu le 21 novembre. Moscou avait annoncé des manœuvres. Le tir a eu lieu.';

function source(excerpts: SourceForImport['excerpts'] = []): SourceForImport {
  return { id: 1, text: TEXT, excerpts };
}

const span = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length, text: quote });

function feature(properties: Record<string, unknown> = {}, geometry: unknown = { type: 'Point', coordinates: [35.0005, 48.4366] }) {
  return {
    type: 'Feature',
    geometry,
    properties: {
      title: 'Strike on Dnipro',
      summary: 'A strike.',
      kind: 'strike',
      status: 'confirmed',
      locationPrecision: 'exact',
      startDate: '2024-11-21',
      endDate: null,
      datePrecision: 'day',
      announcedAt: null,
      actors: ['Russian Armed Forces'],
      countries: ['UKR'],
      excerpts: [span('Le tir a eu lieu le 21 novembre.')],
      ...properties,
    },
  };
}

const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('planImport', () => {
  it('says what a valid feature will create, with no problems', () => {
    const plan = planImport(collection(feature()), source());
    expect(plan.problemCount).toBe(0);
    expect(plan.features[0]).toMatchObject({
      index: 0,
      title: 'Strike on Dnipro',
      item: { title: 'Strike on Dnipro', kind: 'strike', startDate: '2024-11-21', geometry: { type: 'Point' } },
      excerpts: [{ ...span('Le tir a eu lieu le 21 novembre.'), existingId: null }],
    });
    expect(plan.features[0].item).not.toHaveProperty('excerptIds');
  });

  it('reuses an excerpt the source already has', () => {
    const { start, end } = span('Le tir a eu lieu le 21 novembre.');
    const plan = planImport(collection(feature()), source([{ id: 42, start, end }]));
    expect(plan.features[0].excerpts[0].existingId).toBe(42);
  });

  it('locates an excerpt given only by its text', () => {
    const plan = planImport(collection(feature({ excerpts: [{ text: 'Moscou avait annoncé des manœuvres.' }] })), source());
    expect(plan.features[0].excerpts[0]).toMatchObject(span('Moscou avait annoncé des manœuvres.'));
  });

  it('reads excerpts, actors and countries given as JSON text, as GIS tools may write them', () => {
    const plan = planImport(
      collection(feature({ excerpts: JSON.stringify([span('Moscou avait annoncé des manœuvres.')]), actors: '["A", "B"]', countries: '["UKR"]' })),
      source(),
    );
    expect(plan.problemCount).toBe(0);
    expect(plan.features[0].item?.actors).toEqual(['A', 'B']);
  });

  it('says plainly which required properties a feature lacks', () => {
    const bare = feature();
    delete (bare.properties as Partial<typeof bare.properties>).summary;
    delete (bare.properties as Partial<typeof bare.properties>).startDate;
    const plan = planImport(collection(bare, { type: 'Feature', properties: feature().properties }), source());
    expect(plan.features[0].problems).toEqual([
      { path: 'properties.summary', message: 'The feature has no “summary” property' },
      { path: 'properties.startDate', message: 'The feature has no “startDate” property' },
    ]);
    expect(plan.features[1].problems).toEqual([{ path: 'geometry', message: expect.stringContaining('Geometry type must be') }]);
  });

  it('keeps text fields that look like JSON as text', () => {
    const plan = planImport(collection(feature({ title: '1984', summary: 'null' })), source());
    expect(plan.problemCount).toBe(0);
    expect(plan.features[0].item).toMatchObject({ title: '1984', summary: 'null' });
  });

  it('refuses an excerpt whose offsets do not hold its text in the source', () => {
    const wrong = { ...span('Moscou avait annoncé des manœuvres.'), start: 0 };
    const plan = planImport(collection(feature({ excerpts: [wrong] })), source());
    expect(plan.features[0].problems).toEqual([{ path: 'properties.excerpts.0', message: expect.stringContaining('not a verbatim slice') }]);
    expect(plan.features[0].item).toBeNull();
  });

  it('refuses a quote that is not in the source, or occurs more than once', () => {
    const plan = planImport(collection(feature({ excerpts: [{ text: 'Kyiv' }, { text: 'Le tir a eu lieu' }] })), source());
    expect(plan.features[0].problems.map((p) => p.message)).toEqual([
      expect.stringContaining('not found verbatim'),
      expect.stringContaining('more than once'),
    ]);
  });

  it('requires at least one excerpt, in the editor’s words', () => {
    const plan = planImport(collection(feature({ excerpts: [] })), source());
    expect(plan.features[0].problems).toEqual([{ path: 'properties.excerpts', message: 'Cite at least one excerpt of the article' }]);
  });

  it('reports every problem of every feature, with the same validators as the editor', () => {
    const selfCrossing = { type: 'Polygon', coordinates: [[[0, 0], [10, 10], [10, 0], [0, 10], [0, 0]]] };
    const plan = planImport(
      collection(
        feature(),
        feature({ kind: 'parade', title: '' }),
        feature({}, selfCrossing),
        feature({ endDate: '2024-11-01' }),
        { type: 'Point', coordinates: [0, 0] },
      ),
      source(),
    );
    expect(plan.features[0].problems).toEqual([]);
    expect(plan.features[1].problems).toEqual(
      expect.arrayContaining([
        { path: 'properties.kind', message: 'Choose a kind from the list' },
        { path: 'properties.title', message: 'Title is required' },
      ]),
    );
    expect(plan.features[2].problems).toEqual([{ path: 'geometry', message: 'A polygon must not cross itself' }]);
    expect(plan.features[3].problems).toEqual([{ path: 'properties.endDate', message: 'The end date must not be before the start date' }]);
    expect(plan.features[4].problems[0].path).toBe('type');
    expect(plan.problemCount).toBe(plan.features.reduce((n, f) => n + f.problems.length, 0));
    expect(plan.problemCount).toBeGreaterThanOrEqual(5);
    expect(plan.features.map((f) => f.item === null)).toEqual([false, true, true, true, true]);
  });

  it('names the kind of a feature with problems when the kind itself is one of ours', () => {
    const plan = planImport(collection(feature({ title: '' }), feature({ kind: 'parade' })), source());
    expect(plan.features.map((f) => [f.kind, f.item])).toEqual([
      ['strike', null],
      [null, null],
    ]);
  });

  it('answers 400 naming the file when it is not a FeatureCollection', () => {
    const refusal = (file: unknown) => {
      try {
        planImport(file, source());
      } catch (error) {
        return toApiError(error);
      }
      return null;
    };
    expect(refusal({ type: 'Feature' })?.status).toBe(400);
    expect(refusal([])?.fields).toHaveProperty('file');
  });
});
