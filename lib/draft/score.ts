// Scores a draft against the hand-annotated gold set (pure). The rules are documented in
// lib/draft/gold/README.md and docs/drafting.md; `npm run bench:draft` prints the totals.
import type { DateMention, Draft, PlaceKind, PlaceMention, Proposal } from '@/lib/draft/types';
import type { DatePrecision, ItemKind, LocationPrecision } from '@/lib/items/kinds';
import type { Geometry } from 'geojson';
import { geometryDistanceKm } from '@/lib/draft/distance';
import type { GoldArticle, GoldDate, GoldEvent, GoldPlace, Span } from '@/lib/draft/gold/load';

/** 100 miles for a town or a landmark (the usual geoparsing threshold), 500 km for anything larger. */
export const TOWN_TOLERANCE_KM = 161;
export const AREA_TOLERANCE_KM = 500;

export function toleranceKm(kind: PlaceKind): number {
  return kind === 'city' || kind === 'landmark' ? TOWN_TOLERANCE_KM : AREA_TOLERANCE_KM;
}

function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

const pointGeometry = (lat: number, lon: number): Geometry => ({ type: 'Point', coordinates: [lon, lat] });

/** A country is right when the prediction names the same country, wherever its point is. */
export function isPlacedRight(gold: GoldPlace, predicted: PlaceMention): boolean {
  if (gold.kind === 'country' && predicted.kind === 'country' && gold.iso3 && gold.iso3 === predicted.iso3) return true;
  return placeDistanceKm(gold, predicted) <= toleranceKm(gold.kind);
}

function placeDistanceKm(gold: GoldPlace, predicted: PlaceMention): number {
  return geometryDistanceKm(pointGeometry(gold.lat, gold.lon), pointGeometry(predicted.lat, predicted.lon));
}

export interface PlaceScore {
  gold: number;
  predicted: number;
  /** Gold places with an overlapping prediction (each prediction used once). */
  matched: number;
  placedRight: number;
  misses: GoldPlace[];
  falsePositives: PlaceMention[];
  misplaced: { gold: GoldPlace; predicted: PlaceMention; km: number }[];
}

/** Pairs each gold place with the unused prediction that overlaps it most. */
export function scorePlaces(gold: GoldPlace[], predicted: PlaceMention[]): PlaceScore {
  const used = new Set<number>();
  const score: PlaceScore = { gold: gold.length, predicted: predicted.length, matched: 0, placedRight: 0, misses: [], falsePositives: [], misplaced: [] };
  for (const place of gold) {
    let best = -1;
    predicted.forEach((mention, index) => {
      if (used.has(index) || overlapLength(place, mention) === 0) return;
      if (best < 0 || overlapLength(place, mention) > overlapLength(place, predicted[best])) best = index;
    });
    if (best < 0) {
      score.misses.push(place);
      continue;
    }
    used.add(best);
    score.matched += 1;
    if (isPlacedRight(place, predicted[best])) score.placedRight += 1;
    else score.misplaced.push({ gold: place, predicted: predicted[best], km: Math.round(placeDistanceKm(place, predicted[best])) });
  }
  score.falsePositives = predicted.filter((_, index) => !used.has(index));
  return score;
}

export interface DateScore {
  gold: number;
  correct: number;
  /** Gold dates no overlapping prediction reads right, with the overlapping prediction if any. */
  wrong: { gold: GoldDate; predicted?: DateMention }[];
  /** Predictions that overlap no gold date. */
  extra: DateMention[];
}

/** A gold date counts when a prediction overlapping its span has the same day and the same precision. */
export function scoreDates(gold: GoldDate[], predicted: DateMention[]): DateScore {
  const score: DateScore = { gold: gold.length, correct: 0, wrong: [], extra: [] };
  for (const date of gold) {
    const overlapping = predicted.filter((mention) => overlapLength(date, mention) > 0);
    if (overlapping.some((mention) => mention.date === date.date && mention.precision === date.precision)) score.correct += 1;
    else score.wrong.push({ gold: date, predicted: overlapping[0] });
  }
  score.extra = predicted.filter((mention) => !gold.some((date) => overlapLength(date, mention) > 0));
  return score;
}

function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

/** Same day, same ISO week or same month, as the precision says; any date when it is unknown. */
export function sameDateAtPrecision(expected: string, actual: string, precision: DatePrecision): boolean {
  switch (precision) {
    case 'day':
      return expected === actual;
    case 'week':
      return mondayOf(expected) === mondayOf(actual);
    case 'month':
      return expected.slice(0, 7) === actual.slice(0, 7);
    case 'unknown':
      return true;
  }
}

/** Right kind, geometry within the point's tolerance (nearest point of it), start date at the event's precision. */
export function eventMatches(event: GoldEvent, proposal: Proposal): boolean {
  if (proposal.kind !== event.kind || proposal.startDate === null) return false;
  if (!sameDateAtPrecision(event.date, proposal.startDate, event.datePrecision)) return false;
  return geometryDistanceKm(pointGeometry(event.lat, event.lon), proposal.geometry) <= toleranceKm(event.placeKind);
}

/** Maximum one-to-one matching (augmenting paths): index of the right item for each left one, or -1. */
export function matchOneToOne(left: number, right: number, fits: (l: number, r: number) => boolean): number[] {
  const ownerOf = new Array<number>(right).fill(-1);
  const edges = Array.from({ length: left }, (_, l) => Array.from({ length: right }, (_, r) => r).filter((r) => fits(l, r)));
  const tryAssign = (l: number, seen: Set<number>): boolean => {
    for (const r of edges[l]) {
      if (seen.has(r)) continue;
      seen.add(r);
      if (ownerOf[r] < 0 || tryAssign(ownerOf[r], seen)) {
        ownerOf[r] = l;
        return true;
      }
    }
    return false;
  };
  for (let l = 0; l < left; l++) tryAssign(l, new Set());
  const assigned = new Array<number>(left).fill(-1);
  ownerOf.forEach((l, r) => {
    if (l >= 0) assigned[l] = r;
  });
  return assigned;
}

export interface EventScore {
  gold: number;
  found: number;
  proposals: number;
  missed: GoldEvent[];
}

/** Each proposal can stand for one gold event only. */
export function scoreEvents(events: GoldEvent[], proposals: Proposal[]): EventScore {
  const assigned = matchOneToOne(events.length, proposals.length, (e, p) => eventMatches(events[e], proposals[p]));
  return {
    gold: events.length,
    found: assigned.filter((p) => p >= 0).length,
    proposals: proposals.length,
    missed: events.filter((_, e) => assigned[e] < 0),
  };
}

/** What the seed's hand-made items (prisma/seed/article.ts) have that a proposal is compared on. */
export interface ReferenceItem {
  kind: ItemKind;
  geometry: Geometry;
  startDate: string;
  datePrecision: DatePrecision;
  locationPrecision: LocationPrecision;
}

/** Same kind; geometries within 161 km for an exact item, 500 km otherwise; start date at its precision. */
export function referenceItemMatches(item: ReferenceItem, proposal: Proposal): boolean {
  if (proposal.kind !== item.kind) return false;
  if (item.datePrecision !== 'unknown' && (proposal.startDate === null || !sameDateAtPrecision(item.startDate, proposal.startDate, item.datePrecision))) return false;
  const tolerance = item.locationPrecision === 'exact' ? TOWN_TOLERANCE_KM : AREA_TOLERANCE_KM;
  return geometryDistanceKm(item.geometry, proposal.geometry) <= tolerance;
}

/** For each reference item, whether some proposal (each used once) reproduces it. */
export function reproducedItems(items: ReferenceItem[], proposals: Proposal[]): boolean[] {
  return matchOneToOne(items.length, proposals.length, (i, p) => referenceItemMatches(items[i], proposals[p])).map((p) => p >= 0);
}

export interface ArticleScore {
  id: string;
  places: PlaceScore;
  dates: DateScore;
  events: EventScore;
}

export function scoreArticle(gold: GoldArticle, draft: Draft): ArticleScore {
  return {
    id: gold.id,
    places: scorePlaces(gold.places, draft.places),
    dates: scoreDates(gold.dates, draft.dates),
    events: scoreEvents(gold.events, draft.proposals),
  };
}

export interface Timing {
  mean: number;
  p95: number;
}

/** Mean and nearest-rank 95th percentile. */
export function summariseTimings(ms: number[]): Timing {
  if (ms.length === 0) return { mean: NaN, p95: NaN };
  const sorted = [...ms].sort((a, b) => a - b);
  return { mean: ms.reduce((sum, value) => sum + value, 0) / ms.length, p95: sorted[Math.ceil(0.95 * sorted.length) - 1] };
}

export interface Totals {
  articles: number;
  goldPlaces: number;
  predictedPlaces: number;
  precision: number;
  recall: number;
  f1: number;
  /** Gold places found AND placed within tolerance, over all gold places (end to end). */
  placedRight: number;
  /** Of the gold places found, the share placed within tolerance (resolution alone). */
  placedRightOfFound: number;
  goldDates: number;
  dateAccuracy: number;
  goldEvents: number;
  proposals: number;
  eventRecall: number;
}

const ratio = (part: number, whole: number) => (whole === 0 ? NaN : part / whole);

/** Micro-averages: counts are summed over the articles before dividing. */
export function totalScores(scores: ArticleScore[]): Totals {
  const sum = (pick: (score: ArticleScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  const goldPlaces = sum((s) => s.places.gold);
  const predictedPlaces = sum((s) => s.places.predicted);
  const matched = sum((s) => s.places.matched);
  const placed = sum((s) => s.places.placedRight);
  const precision = ratio(matched, predictedPlaces);
  const recall = ratio(matched, goldPlaces);
  return {
    articles: scores.length,
    goldPlaces,
    predictedPlaces,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    placedRight: ratio(placed, goldPlaces),
    placedRightOfFound: ratio(placed, matched),
    goldDates: sum((s) => s.dates.gold),
    dateAccuracy: ratio(sum((s) => s.dates.correct), sum((s) => s.dates.gold)),
    goldEvents: sum((s) => s.events.gold),
    proposals: sum((s) => s.events.proposals),
    eventRecall: ratio(sum((s) => s.events.found), sum((s) => s.events.gold)),
  };
}
