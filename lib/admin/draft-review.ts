// The admin's review of a draft (pure): the editor's corrections to recognised places and dates,
// carried into the proposals that rest on them, and a proposal as the item form's prefilled state.
import type { Geometry, Position } from 'geojson';
import type { DateMention, Draft, PlaceCandidate, PlaceMention, Proposal } from '@/lib/draft/types';
import type { DatePrecision } from '@/lib/items/kinds';
import type { ItemInputDraft } from '@/lib/items/schema';
import type { ItemFeature } from '@/lib/items/types';
import { toItemForm, type ItemFormState } from './item-form';

/** A proposal under review: removing the place it rests on leaves it without a shape, to draw in the form. */
export interface ReviewProposal extends Omit<Proposal, 'geometry'> {
  geometry: Geometry | null;
}

export interface ReviewDraft {
  /** Removed mentions stay in place as null, so that the proposals' indices keep pointing right. */
  places: (PlaceMention | null)[];
  dates: (DateMention | null)[];
  proposals: ReviewProposal[];
}

export function toReview(draft: Draft): ReviewDraft {
  return { places: draft.places, dates: draft.dates, proposals: draft.proposals };
}

const positionOf = (place: { lat: number; lon: number }): Position => [place.lon, place.lat];

/** The shape a proposal gets from its places: one point, or a line through them in order. */
function geometryFrom(positions: Position[]): Geometry | null {
  if (positions.length === 0) return null;
  return positions.length === 1 ? { type: 'Point', coordinates: positions[0] } : { type: 'LineString', coordinates: positions };
}

/** The positions of a proposal's shape, one per place it rests on, in the same order. */
function positionsOf(geometry: Geometry | null): Position[] {
  if (geometry?.type === 'Point') return [geometry.coordinates];
  if (geometry?.type === 'LineString') return [...geometry.coordinates];
  return [];
}

/** Moves (or, with null, drops) the end of each proposal's shape that rests on place `place`. */
function reshape(review: ReviewDraft, place: number, position: Position | null): ReviewProposal[] {
  return review.proposals.map((proposal) => {
    const at = proposal.places.indexOf(place);
    if (at < 0) return proposal;
    const positions = positionsOf(proposal.geometry);
    if (position) {
      positions[at] = position;
      return { ...proposal, geometry: geometryFrom(positions.filter(Boolean)) };
    }
    positions.splice(at, 1);
    return { ...proposal, places: proposal.places.filter((index) => index !== place), geometry: geometryFrom(positions) };
  });
}

/** Reads a place mention as another candidate (its runner-up readings); proposals on it move with it. */
export function changePlace(review: ReviewDraft, index: number, candidate: PlaceCandidate): ReviewDraft {
  const mention = review.places[index];
  if (!mention) return review;
  const previous: PlaceCandidate = { name: mention.name, lat: mention.lat, lon: mention.lon, kind: mention.kind, iso3: mention.iso3, score: mention.confidence };
  const changed: PlaceMention = {
    ...mention,
    name: candidate.name,
    lat: candidate.lat,
    lon: candidate.lon,
    kind: candidate.kind,
    iso3: candidate.iso3,
    confidence: candidate.score,
    alternatives: [previous, ...mention.alternatives.filter((alternative) => alternative !== candidate)],
  };
  return { ...review, places: review.places.map((place, i) => (i === index ? changed : place)), proposals: reshape(review, index, positionOf(candidate)) };
}

/** Drops a place mention: a line loses that end, a point loses its shape. */
export function removePlace(review: ReviewDraft, index: number): ReviewDraft {
  return { ...review, places: review.places.map((place, i) => (i === index ? null : place)), proposals: reshape(review, index, null) };
}

/** Gives a date mention another day or precision; the proposals dated by it follow. */
export function changeDate(review: ReviewDraft, index: number, date: string, precision: DatePrecision): ReviewDraft {
  const mention = review.dates[index];
  if (!mention) return review;
  return {
    ...review,
    dates: review.dates.map((current, i) => (i === index ? { ...mention, date, precision } : current)),
    proposals: review.proposals.map((proposal) => (proposal.date === index ? { ...proposal, startDate: date, datePrecision: precision } : proposal)),
  };
}

/** Drops a date mention: the proposals it dated have no date until the editor gives one. */
export function removeDate(review: ReviewDraft, index: number): ReviewDraft {
  return {
    ...review,
    dates: review.dates.map((current, i) => (i === index ? null : current)),
    proposals: review.proposals.map((proposal) =>
      proposal.date === index ? { ...proposal, date: undefined, startDate: null, endDate: undefined, datePrecision: 'unknown' } : proposal,
    ),
  };
}

/** The excerpts a proposal cites: its sentence, then the later sentences about the same event. */
export function proposalSpans(proposal: ReviewProposal): { start: number; end: number; text: string }[] {
  return [proposal.excerpt, ...(proposal.otherExcerpts ?? [])];
}

/** The item form prefilled from a proposal (its excerpts are cited when the item is saved). */
export function proposalForm(proposal: ReviewProposal): ItemFormState {
  return toItemForm(proposalItem(proposal, []));
}

/** The item a proposal becomes as it is, citing the given excerpts (for "accept several at once"). */
export function proposalItem(proposal: ReviewProposal, excerptIds: number[]): ItemInputDraft {
  return {
    title: proposal.title,
    summary: '',
    kind: proposal.kind,
    status: proposal.status,
    locationPrecision: proposal.locationPrecision,
    startDate: proposal.startDate ?? '',
    endDate: proposal.endDate ?? null,
    datePrecision: proposal.datePrecision,
    announcedAt: proposal.announcedAt ?? null,
    actors: proposal.actors,
    countries: proposal.countries,
    geometry: proposal.geometry as ItemInputDraft['geometry'],
    excerptIds,
  };
}

export interface Highlight {
  start: number;
  end: number;
  type: 'place' | 'date';
  index: number;
}

/** The place and date mentions to highlight, in text order, without overlaps (the earlier one wins). */
export function highlights(review: ReviewDraft): Highlight[] {
  const all: Highlight[] = [
    ...review.places.flatMap((place, index) => (place ? [{ start: place.start, end: place.end, type: 'place' as const, index }] : [])),
    ...review.dates.flatMap((date, index) => (date ? [{ start: date.start, end: date.end, type: 'date' as const, index }] : [])),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Highlight[] = [];
  for (const highlight of all) if (!kept.length || highlight.start >= kept[kept.length - 1].end) kept.push(highlight);
  return kept;
}

/** An item on the map (as GET /api/items/{id} answers it) with more excerpts cited: the body of its update. */
export function withExcerpt(item: ItemFeature, excerptIds: number[]): ItemInputDraft & { version: number } {
  const { properties } = item;
  return {
    title: properties.title,
    summary: properties.summary,
    kind: properties.kind,
    status: properties.status,
    locationPrecision: properties.locationPrecision,
    startDate: properties.startDate,
    endDate: properties.endDate,
    datePrecision: properties.datePrecision,
    announcedAt: properties.announcedAt,
    actors: properties.actors,
    countries: properties.countries,
    geometry: item.geometry as ItemInputDraft['geometry'],
    excerptIds: [...new Set([...properties.excerpts.map((excerpt) => excerpt.id), ...excerptIds])],
    version: properties.version,
  };
}
