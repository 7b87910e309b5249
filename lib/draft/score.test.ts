import { describe, expect, it } from 'vitest';
import type { DateMention, PlaceMention, Proposal } from '@/lib/draft/types';
import type { GoldDate, GoldEvent, GoldPlace } from '@/lib/draft/gold/load';
import {
  eventMatches,
  isPlacedRight,
  matchOneToOne,
  referenceItemMatches,
  reproducedItems,
  sameDateAtPrecision,
  scoreDates,
  scoreEvents,
  scorePlaces,
  summariseTimings,
  totalScores,
  type ArticleScore,
  type ReferenceItem,
} from './score';

// Odesa and places at known distances from it (1° of latitude ≈ 111 km).
const ODESA = { lat: 46.48, lon: 30.73 };

function goldPlace(over: Partial<GoldPlace> = {}): GoldPlace {
  return { text: 'Odesa', start: 10, end: 15, name: 'Odesa', kind: 'city', ...ODESA, ...over };
}

function mention(over: Partial<PlaceMention> = {}): PlaceMention {
  return { text: 'Odesa', start: 10, end: 15, name: 'Odesa', kind: 'city', ...ODESA, confidence: 0.9, via: 'name', alternatives: [], ...over };
}

function goldDate(over: Partial<GoldDate> = {}): GoldDate {
  return { text: 'mardi', start: 30, end: 35, date: '2026-03-03', precision: 'day', ...over };
}

function dateMention(over: Partial<DateMention> = {}): DateMention {
  return { text: 'mardi', start: 30, end: 35, date: '2026-03-03', precision: 'day', ...over };
}

function goldEvent(over: Partial<GoldEvent> = {}): GoldEvent {
  return { title: 'Strike on Odesa', kind: 'strike', ...ODESA, placeKind: 'city', date: '2026-03-03', datePrecision: 'day', sentence: { start: 0, end: 40 }, ...over };
}

function proposal(over: Partial<Proposal> = {}): Proposal {
  return {
    kind: 'strike',
    status: 'reported',
    title: 'Strike',
    startDate: '2026-03-03',
    datePrecision: 'day',
    geometry: { type: 'Point', coordinates: [ODESA.lon, ODESA.lat] },
    locationPrecision: 'exact',
    actors: [],
    countries: [],
    excerpt: { start: 0, end: 40, text: '' },
    places: [],
    ...over,
  };
}

function referenceItem(over: Partial<ReferenceItem> = {}): ReferenceItem {
  return { kind: 'strike', geometry: { type: 'Point', coordinates: [ODESA.lon, ODESA.lat] }, startDate: '2026-03-03', datePrecision: 'day', locationPrecision: 'exact', ...over };
}

function articleScore(over: { matched: number; gold: number; predicted: number; placedRight: number }): ArticleScore {
  return {
    id: 'a',
    places: { ...over, misses: [], falsePositives: [], misplaced: [] },
    dates: { gold: 4, correct: 3, wrong: [], extra: [] },
    events: { gold: 2, found: 1, proposals: 3, missed: [] },
  };
}

describe('scorePlaces', () => {
  it('matches a prediction whose span overlaps the gold span only partly', () => {
    const score = scorePlaces([goldPlace({ text: 'golfe de Finlande', start: 10, end: 27 })], [mention({ text: 'Finlande', start: 19, end: 27 })]);
    expect(score.matched).toBe(1);
  });

  it('counts a prediction that overlaps no gold place as a false positive and the gold place as a miss', () => {
    const score = scorePlaces([goldPlace()], [mention({ start: 50, end: 55 })]);
    expect([score.matched, score.misses.length, score.falsePositives.length]).toEqual([0, 1, 1]);
  });

  it('uses one prediction for one gold place only', () => {
    const score = scorePlaces([goldPlace({ start: 10, end: 15 }), goldPlace({ start: 14, end: 20 })], [mention({ start: 10, end: 20 })]);
    expect([score.matched, score.misses.length]).toEqual([1, 1]);
  });

  it('records a found place placed too far as misplaced', () => {
    const score = scorePlaces([goldPlace()], [mention({ lat: ODESA.lat + 2 })]);
    expect([score.placedRight, score.misplaced.length]).toEqual([0, 1]);
  });
});

describe('isPlacedRight', () => {
  it('accepts a town within 161 km', () => {
    expect(isPlacedRight(goldPlace(), mention({ lat: ODESA.lat + 1.4 }))).toBe(true);
  });

  it('rejects a town 170 km away', () => {
    expect(isPlacedRight(goldPlace(), mention({ lat: ODESA.lat + 1.53 }))).toBe(false);
  });

  it('accepts a sea 400 km away', () => {
    expect(isPlacedRight(goldPlace({ kind: 'sea' }), mention({ lat: ODESA.lat + 3.6 }))).toBe(true);
  });

  it('accepts a country named right even when its point is far from the gold one', () => {
    const russia = goldPlace({ kind: 'country', iso3: 'RUS', lat: 60, lon: 100 });
    expect(isPlacedRight(russia, mention({ kind: 'country', iso3: 'RUS', lat: 55.75, lon: 37.62 }))).toBe(true);
  });

  it('rejects another country nearby', () => {
    const estonia = goldPlace({ kind: 'country', iso3: 'EST', lat: 59, lon: 26 });
    expect(isPlacedRight(estonia, mention({ kind: 'country', iso3: 'FIN', lat: 64, lon: 26 }))).toBe(false);
  });
});

describe('scoreDates', () => {
  it('counts an overlapping prediction with the same day and precision', () => {
    expect(scoreDates([goldDate({ text: 'le 3 mars dernier', start: 20, end: 37 })], [dateMention({ start: 23, end: 29 })]).correct).toBe(1);
  });

  it('does not count the same day at another precision', () => {
    expect(scoreDates([goldDate()], [dateMention({ precision: 'week' })]).correct).toBe(0);
  });

  it('does not count another day', () => {
    expect(scoreDates([goldDate()], [dateMention({ date: '2026-03-10' })]).correct).toBe(0);
  });

  it('does not count a right reading elsewhere in the text', () => {
    expect(scoreDates([goldDate()], [dateMention({ start: 80, end: 85 })]).correct).toBe(0);
  });

  it('lists predictions that overlap no gold date as extra', () => {
    expect(scoreDates([goldDate()], [dateMention(), dateMention({ start: 80, end: 85 })]).extra).toHaveLength(1);
  });
});

describe('sameDateAtPrecision', () => {
  it('puts a Sunday in the week of the Monday before it', () => {
    expect(sameDateAtPrecision('2026-03-02', '2026-03-08', 'week')).toBe(true);
  });

  it('puts the next Monday in another week', () => {
    expect(sameDateAtPrecision('2026-03-02', '2026-03-09', 'week')).toBe(false);
  });

  it('compares months by year and month', () => {
    expect([sameDateAtPrecision('2026-03-01', '2026-03-31', 'month'), sameDateAtPrecision('2026-03-01', '2025-03-01', 'month')]).toEqual([true, false]);
  });
});

describe('eventMatches', () => {
  it('accepts a proposal of the same kind, place and day', () => {
    expect(eventMatches(goldEvent(), proposal())).toBe(true);
  });

  it('rejects another kind', () => {
    expect(eventMatches(goldEvent(), proposal({ kind: 'front_line' }))).toBe(false);
  });

  it('rejects an undated proposal', () => {
    expect(eventMatches(goldEvent(), proposal({ startDate: null }))).toBe(false);
  });

  it('measures a line by its nearest point: a contact drawn between two capitals matches either end', () => {
    const call = proposal({ kind: 'diplomatic_contact', geometry: { type: 'LineString', coordinates: [[37.62, 55.75], [ODESA.lon, ODESA.lat]] } });
    expect(eventMatches(goldEvent({ kind: 'diplomatic_contact' }), call)).toBe(true);
  });

  it('accepts a point inside a proposed polygon', () => {
    const around: Proposal['geometry'] = { type: 'Polygon', coordinates: [[[28, 44], [34, 44], [34, 49], [28, 49], [28, 44]]] };
    expect(eventMatches(goldEvent({ placeKind: 'sea' }), proposal({ geometry: around }))).toBe(true);
  });

  it('rejects a town event 300 km away but accepts a sea event as far', () => {
    const far = proposal({ geometry: { type: 'Point', coordinates: [ODESA.lon, ODESA.lat + 2.7] } });
    expect([eventMatches(goldEvent(), far), eventMatches(goldEvent({ placeKind: 'sea' }), far)]).toEqual([false, true]);
  });

  it('accepts another day of the same ISO week for a week-precise event', () => {
    expect(eventMatches(goldEvent({ date: '2026-03-02', datePrecision: 'week' }), proposal({ startDate: '2026-03-06' }))).toBe(true);
  });
});

describe('scoreEvents', () => {
  it('lets one proposal stand for one gold event only', () => {
    const score = scoreEvents([goldEvent(), goldEvent({ title: 'Same place, same day' })], [proposal()]);
    expect([score.found, score.missed.length]).toEqual([1, 1]);
  });

  it('finds the assignment that covers the most events', () => {
    // The first proposal fits both events, the second only the first: both events are found.
    const week = goldEvent({ date: '2026-03-02', datePrecision: 'week' });
    const score = scoreEvents([week, goldEvent()], [proposal(), proposal({ startDate: '2026-03-04' })]);
    expect(score.found).toBe(2);
  });
});

describe('matchOneToOne', () => {
  it('reassigns along an augmenting path', () => {
    expect(matchOneToOne(2, 2, (l, r) => (l === 0 ? true : r === 0))).toEqual([1, 0]);
  });
});

describe('referenceItemMatches', () => {
  it('ignores the date of an item whose date is unknown', () => {
    expect(referenceItemMatches(referenceItem({ datePrecision: 'unknown' }), proposal({ startDate: '2020-01-01' }))).toBe(true);
  });

  it('holds an exact item to 161 km and an approximate one to 500 km', () => {
    const far = proposal({ geometry: { type: 'Point', coordinates: [ODESA.lon, ODESA.lat + 2.7] } });
    expect([referenceItemMatches(referenceItem(), far), referenceItemMatches(referenceItem({ locationPrecision: 'approximate' }), far)]).toEqual([false, true]);
  });

  it('compares a line item with a line proposal by their nearest points', () => {
    const item = referenceItem({ kind: 'troop_deployment', geometry: { type: 'LineString', coordinates: [[125.76, 39.04], [35.6, 51.4]] } });
    const moved = proposal({ kind: 'troop_deployment', geometry: { type: 'LineString', coordinates: [[125.76, 39.04], [37.62, 55.75]] } });
    expect(referenceItemMatches(item, moved)).toBe(true);
  });
});

describe('reproducedItems', () => {
  it('marks each item reproduced by a distinct proposal', () => {
    expect(reproducedItems([referenceItem(), referenceItem({ kind: 'front_line' })], [proposal()])).toEqual([true, false]);
  });
});

describe('totalScores', () => {
  it('sums counts over articles before dividing (micro-average)', () => {
    const totals = totalScores([
      articleScore({ matched: 9, gold: 10, predicted: 9, placedRight: 9 }),
      articleScore({ matched: 1, gold: 10, predicted: 11, placedRight: 0 }),
    ]);
    expect([totals.precision, totals.recall, totals.f1, totals.placedRight, totals.placedRightOfFound]).toEqual([0.5, 0.5, 0.5, 0.45, 0.9]);
  });

  it('reports date accuracy and event recall over all gold dates and events', () => {
    const totals = totalScores([articleScore({ matched: 1, gold: 1, predicted: 1, placedRight: 1 })]);
    expect([totals.dateAccuracy, totals.eventRecall]).toEqual([0.75, 0.5]);
  });

  it('leaves a ratio with nothing to divide by undefined rather than perfect', () => {
    expect(totalScores([]).recall).toBeNaN();
  });
});

describe('summariseTimings', () => {
  it('gives the mean and the nearest-rank 95th percentile', () => {
    const ms = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(summariseTimings(ms)).toEqual({ mean: 10.5, p95: 19 });
  });
});
