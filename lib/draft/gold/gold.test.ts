// Keeps the gold set from rotting: every annotation must point at its own text and carry valid values.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRAFT_LANGUAGES, PLACE_KINDS } from '@/lib/draft/types';
import { DATE_PRECISIONS, ITEM_KINDS } from '@/lib/items/kinds';
import { GOLD_SPLITS, goldIds, loadGoldSplit, type GoldEntry } from './load';

const GOLD_DIR = path.dirname(new URL(import.meta.url).pathname);
const entries: GoldEntry[] = GOLD_SPLITS.flatMap((split) => loadGoldSplit(split, GOLD_DIR));

function isCalendarDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

/** A week is named by its Monday, a month by its first day. */
function startsItsPeriod(day: string, precision: string): boolean {
  if (precision === 'week') return new Date(`${day}T00:00:00Z`).getUTCDay() === 1;
  if (precision === 'month') return day.endsWith('-01');
  return true;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('the gold set', () => {
  it('pairs every text with its annotations', () => {
    for (const split of GOLD_SPLITS) {
      const files = fs.readdirSync(path.join(GOLD_DIR, split));
      const texts = files.filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4));
      const annotations = files.filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
      expect(annotations.sort()).toEqual(texts.sort());
    }
  });

  it('holds at least 15 tune and held-out articles, a third of them held out', () => {
    const heldout = goldIds('heldout', GOLD_DIR).length;
    const scored = goldIds('tune', GOLD_DIR).length + heldout;
    expect(scored).toBeGreaterThanOrEqual(15);
    expect(heldout).toBeGreaterThanOrEqual(5);
    expect(heldout).toBeGreaterThanOrEqual(Math.floor(scored / 3));
  });

  it('has a development split of at least 8 articles', () => {
    expect(goldIds('dev', GOLD_DIR).length).toBeGreaterThanOrEqual(8);
  });

  it('has French and English articles in each split', () => {
    for (const split of GOLD_SPLITS) {
      const langs = new Set(entries.filter((e) => e.split === split).map((e) => e.gold.lang));
      expect([...langs].sort()).toEqual(['en', 'fr']);
    }
  });
});

describe.each(entries.map((entry) => [`${entry.split}/${entry.gold.id}`, entry] as const))('%s', (name, { gold, text }) => {
  it('is named after its id, in a drafter language, published on a real day', () => {
    expect(name.endsWith(`/${gold.id}`)).toBe(true);
    expect(DRAFT_LANGUAGES).toContain(gold.lang);
    expect(isCalendarDay(gold.published)).toBe(true);
  });

  it('is a short article of 150 to 400 words', () => {
    expect(words(text)).toBeGreaterThanOrEqual(150);
    expect(words(text)).toBeLessThanOrEqual(400);
  });

  it('has places whose offsets cover their text, in order and without overlap', () => {
    let previousEnd = 0;
    for (const place of gold.places) {
      expect(text.slice(place.start, place.end)).toBe(place.text);
      expect(place.start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = place.end;
    }
  });

  it('has places of a known kind with coordinates on the globe, countries with their ISO code', () => {
    for (const place of gold.places) {
      expect(PLACE_KINDS).toContain(place.kind);
      expect(Math.abs(place.lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(place.lon)).toBeLessThanOrEqual(180);
      if (place.kind === 'country') expect(place.iso3).toMatch(/^[A-Z]{3}$/);
    }
  });

  it('has dates whose offsets cover their text, with a real day and precision', () => {
    for (const date of gold.dates) {
      expect(text.slice(date.start, date.end)).toBe(date.text);
      expect(isCalendarDay(date.date)).toBe(true);
      expect(DATE_PRECISIONS.filter((p) => p !== 'unknown')).toContain(date.precision);
      expect(startsItsPeriod(date.date, date.precision)).toBe(true);
      if (date.endDate) expect(date.endDate > date.date).toBe(true);
    }
  });

  it('has events of a known kind, dated, placed, each resting on a sentence of the text', () => {
    expect(gold.events.length).toBeGreaterThan(0);
    for (const event of gold.events) {
      expect(ITEM_KINDS).toContain(event.kind);
      expect(PLACE_KINDS).toContain(event.placeKind);
      expect(isCalendarDay(event.date)).toBe(true);
      expect(startsItsPeriod(event.date, event.datePrecision)).toBe(true);
      expect(Math.abs(event.lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(event.lon)).toBeLessThanOrEqual(180);
      expect(event.sentence.start).toBeGreaterThanOrEqual(0);
      expect(event.sentence.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(event.sentence.start, event.sentence.end)).toMatch(/^\S[\s\S]*[.!?»"]$/);
    }
  });
});
