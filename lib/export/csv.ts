// The dashboard's CSV export (pure, runs in the browser): one row per item, geometry as WKT, with
// ACLED-like columns where our data fits them (event_date, time_precision, geo_precision, actor1/2,
// country, source, notes), so spreadsheets and ACLED-minded tools read it without a converter.
import { pointOnFeature } from '@turf/turf';
import type { Point } from 'geojson';
import { roundCoordinates } from '@/lib/geo/rfc7946';
import { toWkt } from '@/lib/geo/wkt';
import { MESSAGES } from '@/lib/i18n/messages';
import type { DatePrecision, LocationPrecision } from '@/lib/items/kinds';
import type { ItemFeature } from '@/lib/items/types';
import { toExportFeature } from './geojson';

export const CSV_MEDIA_TYPE = 'text/csv;charset=utf-8';

/** ACLED's codes: 1 = the day is known, 2 = the week or a short range, 3 = only the month. Unknown dates have none. */
const ACLED_TIME_PRECISION: Record<DatePrecision, string> = { day: '1', week: '2', month: '3', unknown: '' };
/** ACLED's codes: 1 = the exact place, 2 = near it or part of a region, 3 = only a larger region. */
const ACLED_GEO_PRECISION: Record<LocationPrecision, string> = { exact: '1', approximate: '2', region: '3' };

export const CSV_COLUMNS = [
  'event_id',
  'event_date',
  'end_date',
  'announced_date',
  'time_precision',
  'date_precision',
  'event_type',
  'kind',
  'status',
  'title',
  'actor1',
  'actor2',
  'actors',
  'iso3',
  'country',
  'latitude',
  'longitude',
  'geo_precision',
  'location_precision',
  'source',
  'source_ids',
  'outlets',
  'support',
  'notes',
  'excerpts',
  'WKT',
] as const;

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

export interface CsvOptions {
  /** ISO 3166-1 alpha-3 -> country name, for the `country` column (codes are used where a name is missing). */
  countryNames?: Record<string, string>;
}

export function toCsvRow(item: ItemFeature, { countryNames = {} }: CsvOptions = {}): CsvRow {
  const feature = toExportFeature(item);
  const p = feature.properties;
  // A point on the geometry (not a centroid that may fall outside it), as ACLED gives one per event.
  const [longitude, latitude] = (roundCoordinates(pointOnFeature(feature.geometry).geometry) as Point).coordinates;
  return {
    event_id: String(p.id),
    event_date: p.startDate,
    end_date: p.endDate ?? '',
    announced_date: p.announcedAt ?? '',
    time_precision: ACLED_TIME_PRECISION[p.datePrecision],
    date_precision: p.datePrecision,
    // Files are for analysts' tools: English labels, whatever the interface language.
    event_type: MESSAGES.en.kinds[p.kind].label,
    kind: p.kind,
    status: p.status,
    title: p.title,
    actor1: p.actors[0] ?? '',
    actor2: p.actors[1] ?? '',
    actors: p.actors.join('; '),
    iso3: p.countries.join('; '),
    country: p.countries.map((code) => countryNames[code] ?? code).join('; '),
    latitude: String(latitude),
    longitude: String(longitude),
    geo_precision: ACLED_GEO_PRECISION[p.locationPrecision],
    location_precision: p.locationPrecision,
    source: p.source,
    source_ids: p.sourceIds.join('; '),
    outlets: p.outlets.join('; '),
    support: p.support.level,
    notes: p.summary,
    excerpts: p.excerpts.map((excerpt) => excerpt.text).join(' | '),
    WKT: toWkt(feature.geometry),
  };
}

/** RFC 4180: quote a field holding a comma, a quote or a line break; double the quotes inside. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The .csv file's text: a UTF-8 byte order mark (so spreadsheets read the accents), a header, one row per item. */
export function exportCsv(items: ItemFeature[], options: CsvOptions = {}): string {
  const lines = [CSV_COLUMNS.join(','), ...items.map((item) => CSV_COLUMNS.map((column) => csvField(toCsvRow(item, options)[column])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
