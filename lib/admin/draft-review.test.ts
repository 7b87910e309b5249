import { describe, expect, it } from 'vitest';
import type { Draft, PlaceMention, Proposal } from '@/lib/draft/types';
import { itemInputSchema } from '@/lib/items/schema';
import { changeDate, changePlace, highlights, proposalForm, proposalItem, removeDate, removePlace, toReview } from './draft-review';

function placeMention(start: number, name: string, lon: number, lat: number): PlaceMention {
  return {
    text: name,
    start,
    end: start + name.length,
    name,
    lat,
    lon,
    kind: 'city',
    confidence: 0.6,
    via: 'name',
    alternatives: [{ name: `${name} (other)`, lat: lat + 1, lon: lon + 1, kind: 'city', score: 0.3 }],
  };
}

/** A call between two towns and a strike on the first, dated by the one date mention. */
function sampleDraft(): Draft {
  const call: Proposal = {
    kind: 'diplomatic_contact',
    status: 'reported',
    title: 'Diplomatic contact: Paris – Berlin',
    startDate: '2024-12-02',
    datePrecision: 'day',
    date: 0,
    geometry: { type: 'LineString', coordinates: [[2.35, 48.85], [13.4, 52.52]] },
    locationPrecision: 'approximate',
    actors: [],
    countries: ['FRA', 'DEU'],
    excerpt: { start: 0, end: 40, text: 'x'.repeat(40) },
    places: [0, 1],
  };
  const strike: Proposal = { ...call, kind: 'strike', title: 'Strike: Paris', geometry: { type: 'Point', coordinates: [2.35, 48.85] }, places: [0], date: undefined, startDate: '2024-12-05', datePrecision: 'unknown' };
  return {
    lang: 'en',
    places: [placeMention(10, 'Paris', 2.35, 48.85), placeMention(20, 'Berlin', 13.4, 52.52)],
    dates: [{ text: 'Monday', start: 30, end: 36, date: '2024-12-02', precision: 'day' }],
    proposals: [call, strike],
  };
}

describe('draft review', () => {
  it('moves the end of a line when its place is read as another candidate', () => {
    const review = changePlace(toReview(sampleDraft()), 1, sampleDraft().places[1].alternatives[0]);
    expect(review.proposals[0].geometry).toEqual({ type: 'LineString', coordinates: [[2.35, 48.85], [14.4, 53.52]] });
    expect(review.places[1]?.name).toBe('Berlin (other)');
  });

  it('keeps the former reading as an alternative', () => {
    const review = changePlace(toReview(sampleDraft()), 1, sampleDraft().places[1].alternatives[0]);
    expect(review.places[1]?.alternatives[0].name).toBe('Berlin');
  });

  it('turns a line into a point when one of its places is removed', () => {
    const review = removePlace(toReview(sampleDraft()), 1);
    expect(review.proposals[0].geometry).toEqual({ type: 'Point', coordinates: [2.35, 48.85] });
    expect(review.places[1]).toBeNull();
  });

  it('leaves a point without a shape when its place is removed', () => {
    expect(removePlace(toReview(sampleDraft()), 0).proposals[1].geometry).toBeNull();
  });

  it('re-dates the proposals dated by a changed date mention, and only them', () => {
    const review = changeDate(toReview(sampleDraft()), 0, '2024-11-25', 'week');
    expect(review.proposals.map((p) => [p.startDate, p.datePrecision])).toEqual([['2024-11-25', 'week'], ['2024-12-05', 'unknown']]);
  });

  it('leaves a proposal without a date when its date mention is removed', () => {
    expect(removeDate(toReview(sampleDraft()), 0).proposals[0].startDate).toBeNull();
  });

  it('prefills the item form from a proposal', () => {
    expect(proposalForm(toReview(sampleDraft()).proposals[0])).toMatchObject({ kind: 'diplomatic_contact', startDate: '2024-12-02', countries: 'FRA, DEU', excerptIds: [] });
  });

  it('turns a proposal into a valid item input citing its excerpts', () => {
    expect(itemInputSchema.safeParse(proposalItem(toReview(sampleDraft()).proposals[0], [5])).success).toBe(true);
  });

  it('highlights mentions in text order without overlaps', () => {
    expect(highlights(toReview(sampleDraft())).map((h) => [h.type, h.index])).toEqual([['place', 0], ['place', 1], ['date', 0]]);
  });
});
