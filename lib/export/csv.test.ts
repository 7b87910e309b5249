import { describe, expect, it } from 'vitest';
import { makeItemFeature } from '@/lib/testing/item-feature';
import { CSV_COLUMNS, exportCsv, toCsvRow } from './csv';

/** Splits an RFC 4180 text into rows of fields (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe('exportCsv', () => {
  it('writes a header and one row per item', () => {
    const rows = parseCsv(exportCsv([makeItemFeature({ id: 1 }), makeItemFeature({ id: 2 })]).replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((row) => row[0])).toEqual(['1', '2']);
  });

  it('starts with a UTF-8 byte order mark so spreadsheets read the accents', () => {
    expect(exportCsv([]).startsWith('\uFEFFevent_id,')).toBe(true);
  });

  it('quotes fields with commas, quotes and line breaks', () => {
    const item = makeItemFeature({ title: 'A "quoted", title', summary: 'two\nlines' });
    const [, row] = parseCsv(exportCsv([item]).replace(/^\uFEFF/, ''));
    expect(row[CSV_COLUMNS.indexOf('title')]).toBe('A "quoted", title');
    expect(row[CSV_COLUMNS.indexOf('notes')]).toBe('two\nlines');
  });
});

describe('toCsvRow', () => {
  it('fills the ACLED-like columns', () => {
    const row = toCsvRow(makeItemFeature({ actors: ['Russian Armed Forces', 'Armed Forces of Ukraine', 'Third'], countries: ['UKR', 'RUS'] }), {
      countryNames: { UKR: 'Ukraine' },
    });
    expect(row).toMatchObject({
      event_date: '2024-11-21',
      time_precision: '1',
      geo_precision: '1',
      event_type: 'Strike',
      actor1: 'Russian Armed Forces',
      actor2: 'Armed Forces of Ukraine',
      actors: 'Russian Armed Forces; Armed Forces of Ukraine; Third',
      iso3: 'UKR; RUS',
      country: 'Ukraine; RUS',
      source: 'Premier appel (Guérassimov–Brown)',
      notes: 'On 21 November 2024 the Russian army fired an experimental missile at the Pivdenmash plant, Dnipro.',
      excerpts: 'le tir le 21 novembre, «x»',
    });
  });

  it('carries every source of an item: titles, ids, outlets and the support they give', () => {
    const [first] = makeItemFeature().properties.excerpts;
    const second = { ...first, id: 8, sourceId: 2, sourceTitle: 'Second report', outlet: 'Reuters' };
    expect(toCsvRow(makeItemFeature({ excerpts: [first, second] }))).toMatchObject({
      source: 'Premier appel (Guérassimov–Brown); Second report',
      source_ids: '1; 2',
      outlets: 'Le Monde; Reuters',
      support: 'corroborated',
    });
  });

  it('maps week and month precision to ACLED codes 2 and 3, and unknown dates to none', () => {
    expect(toCsvRow(makeItemFeature({ datePrecision: 'week' })).time_precision).toBe('2');
    expect(toCsvRow(makeItemFeature({ datePrecision: 'month' })).time_precision).toBe('3');
    expect(toCsvRow(makeItemFeature({ datePrecision: 'unknown' })).time_precision).toBe('');
  });

  it('maps approximate and region-only places to ACLED geo precision 2 and 3', () => {
    expect(toCsvRow(makeItemFeature({ locationPrecision: 'approximate' })).geo_precision).toBe('2');
    expect(toCsvRow(makeItemFeature({ locationPrecision: 'region' })).geo_precision).toBe('3');
  });

  it('writes the geometry as WKT and a point on it as latitude/longitude', () => {
    const row = toCsvRow(makeItemFeature({}, { type: 'LineString', coordinates: [[37.6173, 55.7558], [-77.0369, 38.9072]] }));
    expect(row.WKT).toBe('LINESTRING (37.6173 55.7558, -77.0369 38.9072)');
    expect([row.longitude, row.latitude]).toEqual(['-19.7098', '47.3315']);
  });

  it('writes the antimeridian-split geometry, like the GeoJSON export', () => {
    const row = toCsvRow(makeItemFeature({}, { type: 'LineString', coordinates: [[170, 0], [-170, 10]] }));
    expect(row.WKT).toBe('MULTILINESTRING ((170 0, 180 5), (-180 5, -170 10))');
  });
});
