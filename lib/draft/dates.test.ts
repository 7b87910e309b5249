import { describe, expect, it } from 'vitest';
import { recogniseDates } from './dates';
import type { DraftLanguage } from './types';

// Thursday 5 December 2024: the seeded article's publication day.
const PUBLISHED = '2024-12-05';

function onlyDate(text: string, lang: DraftLanguage, published = PUBLISHED) {
  const dates = recogniseDates(text, lang, published);
  expect(dates).toHaveLength(1);
  return dates[0];
}

describe('recogniseDates: past bias', () => {
  it('reads a bare French weekday as the last one before publication', () => {
    expect(onlyDate('Moscou avait annoncé mardi des manœuvres.', 'fr')).toMatchObject({ text: 'mardi', date: '2024-12-03', precision: 'day' });
  });

  it('reads a French weekday that would fall after publication as the previous week’s', () => {
    expect(onlyDate('Une frappe a eu lieu samedi.', 'fr').date).toBe('2024-11-30');
  });

  it('reads "ce jeudi" on a Thursday as the publication day itself', () => {
    expect(onlyDate('ont annoncé les deux pays ce jeudi.', 'fr').date).toBe('2024-12-05');
  });

  it('reads an English weekday after "on" as the last one', () => {
    expect(onlyDate('The ministry said on Sunday that talks had failed.', 'en').date).toBe('2024-12-01');
  });

  it('keeps "last Friday" in the past week', () => {
    expect(onlyDate('Troops crossed the river last Friday.', 'en').date).toBe('2024-11-29');
  });

  it('moves "le 14 février dernier" to the previous February', () => {
    expect(onlyDate('le 14 février dernier', 'fr')).toMatchObject({ date: '2024-02-14', precision: 'day' });
  });

  it('includes "dernier" in the mention’s text and offsets', () => {
    const text = 'au téléphone le 27 novembre dernier, ont annoncé';
    const mention = onlyDate(text, 'fr');
    expect(mention).toMatchObject({ text: '27 novembre dernier', date: '2024-11-27' });
    expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('moves an English day and month without a year into the past', () => {
    expect(onlyDate('Fighting resumed on March 3.', 'en').date).toBe('2024-03-03');
  });

  it('leaves a weekday announced as coming in the future', () => {
    expect(onlyDate('Les ministres se réuniront jeudi prochain.', 'fr').date).toBe('2024-12-12');
  });

  it('reads a bare English weekday after "will" as the next one', () => {
    expect(onlyDate('The ministers will meet in Astana on Tuesday.', 'en').date).toBe('2024-12-10');
  });

  it('reads a bare French weekday after a verb in the future tense as the next one', () => {
    expect(onlyDate('Le médiateur réunira les négociateurs des deux parties mardi à Bruxelles.', 'fr').date).toBe('2024-12-10');
  });

  it('keeps a weekday in the past when the future word comes after it ("said on Monday they would")', () => {
    expect(onlyDate('The minister said on Monday they would stay.', 'en').date).toBe('2024-12-02');
  });

  it('reads "dans la nuit de dimanche à lundi" as the last such night', () => {
    expect(onlyDate('dans la nuit de dimanche à lundi', 'fr')).toMatchObject({ date: '2024-12-01', endDate: '2024-12-02', precision: 'day' });
  });
});

describe('recogniseDates: precision', () => {
  it('gives month precision to a bare French month after a preposition', () => {
    expect(onlyDate('Il a pris ses fonctions en octobre 2023.', 'fr')).toMatchObject({ text: 'octobre 2023', date: '2023-10-01', precision: 'month' });
  });

  it('puts a French month without a year in the last twelve months', () => {
    expect(onlyDate('Les combats durent depuis novembre.', 'fr')).toMatchObject({ date: '2024-11-01', precision: 'month' });
  });

  it('does not read the planet "Mars" as a month', () => {
    expect(recogniseDates('Une sonde vers Mars et Vénus.', 'fr', PUBLISHED)).toEqual([]);
  });

  it('gives month precision to "since November"', () => {
    expect(onlyDate('Since November, the front has barely moved.', 'en')).toMatchObject({ date: '2024-11-01', precision: 'month' });
  });

  it('reads "earlier this month" as the publication month', () => {
    expect(onlyDate('The strikes began earlier this month.', 'en')).toMatchObject({ date: '2024-12-01', precision: 'month' });
  });

  it('reads "la semaine dernière" as the previous week, from its Monday', () => {
    expect(onlyDate('Des drones ont frappé la semaine dernière.', 'fr')).toMatchObject({ date: '2024-11-25', precision: 'week' });
  });

  it('reads "this week" as the publication week', () => {
    expect(onlyDate('Both sides met this week.', 'en')).toMatchObject({ date: '2024-12-02', precision: 'week' });
  });

  it('reads "hier" as the day before publication', () => {
    expect(onlyDate('Une explosion a eu lieu hier.', 'fr')).toMatchObject({ date: '2024-12-04', precision: 'day' });
  });

  it('reads "yesterday" as the day before publication', () => {
    expect(onlyDate('A drone struck the port yesterday.', 'en')).toMatchObject({ date: '2024-12-04', precision: 'day' });
  });

  it('keeps a full French weekday and date as written', () => {
    expect(onlyDate('lundi 2 décembre', 'fr')).toMatchObject({ date: '2024-12-02', precision: 'day' });
  });
});

describe('recogniseDates: what is not a date', () => {
  it('leaves out a French duration ("en 24 heures")', () => {
    expect(recogniseDates('il règlerait le conflit « en 24 heures »', 'fr', PUBLISHED)).toEqual([]);
  });

  it('leaves out a time of day alone', () => {
    expect(recogniseDates('The sirens sounded at 10 a.m.', 'en', PUBLISHED)).toEqual([]);
  });

  it('leaves out "now"', () => {
    expect(recogniseDates('The coast guard now publishes videos.', 'en', PUBLISHED)).toEqual([]);
  });

  it('does not read "last a week" as last week', () => {
    expect(recogniseDates('The drills would last a week.', 'en', PUBLISHED)).toEqual([]);
  });

  it('leaves out a date relative to another event ("two days after")', () => {
    expect(recogniseDates('The attack came two days after the talks.', 'en', PUBLISHED)).toEqual([]);
  });
});

describe('recogniseDates: abbreviations', () => {
  it('does not read "la mer" as Wednesday', () => {
    expect(recogniseDates('des manœuvres en mer Noire', 'fr', PUBLISHED)).toEqual([]);
  });
});

describe('recogniseDates: repairs', () => {
  it('reads "la veille" as the day before the last day named', () => {
    expect(recogniseDates('Ils se sont rencontrés lundi. La veille, des tirs ont eu lieu.', 'fr', PUBLISHED)[1]).toMatchObject({ text: 'La veille', date: '2024-12-01' });
  });

  it('reads "the next day" as the day after the last day named', () => {
    expect(recogniseDates('They met on Monday. The next day, shelling resumed.', 'en', PUBLISHED)[1]).toMatchObject({ date: '2024-12-03', precision: 'day' });
  });

  it('reads "le même jour" as the last day named', () => {
    expect(recogniseDates('Des tirs ont eu lieu lundi. Le même jour, Belgrade a protesté.', 'fr', PUBLISHED)[1]).toMatchObject({ text: 'Le même jour', date: '2024-12-02' });
  });

  it('reads "overnight" as the night before publication', () => {
    expect(onlyDate('Drones hit the port overnight, officials said.', 'en')).toMatchObject({ text: 'overnight', date: '2024-12-04', endDate: '2024-12-05', precision: 'day' });
  });

  it('reads "cette nuit" as the night before publication, not the coming one', () => {
    expect(onlyDate('Cette nuit, un drone a frappé le port.', 'fr')).toMatchObject({ date: '2024-12-04', endDate: '2024-12-05' });
  });

  it('leaves "overnight" to the weekdays named with it', () => {
    expect(onlyDate('Drones struck the port overnight Sunday to Monday.', 'en')).toMatchObject({ date: '2024-12-01', endDate: '2024-12-02' });
  });

  it('finds the weekday in "night on Thursday"', () => {
    expect(onlyDate('Protesters rallied for a third night on Thursday.', 'en')).toMatchObject({ text: 'Thursday', date: '2024-12-05' });
  });

  it('finds the days in "the night of December 20 to 21"', () => {
    expect(onlyDate('Two ships left the port in the night of November 20 to 21.', 'en')).toMatchObject({ date: '2024-11-20', endDate: '2024-11-21', precision: 'day' });
  });

  it('reads "December 8 last year" in the year before publication', () => {
    expect(onlyDate('after the fall of the regime on December 8 last year.', 'en')).toMatchObject({ text: 'December 8 last year', date: '2023-12-08' });
  });

  it('keeps "next week" though it lies ahead', () => {
    expect(onlyDate('Talks will resume next week.', 'en')).toMatchObject({ date: '2024-12-09', precision: 'week' });
  });
});
