import { describe, expect, it } from 'vitest';
import type { LineString, Point } from 'geojson';
import { capitalPlaces } from '@/lib/places/gazetteer';
import { recogniseDates } from './dates';
import { eventKind, proposeItems, splitSentences, type ExistingItem } from './propose';
import type { DraftLanguage, PlaceKind, PlaceMention } from './types';

const PUBLISHED = '2024-12-05';

interface PlaceSpec {
  name: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  iso3?: string;
  via?: PlaceMention['via'];
}

/** Place mentions as the recogniser would give them: every occurrence of each form in the text. */
function mentionsIn(text: string, specs: Record<string, PlaceSpec>): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  for (const [form, spec] of Object.entries(specs)) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      mentions.push({ text: form, start: at, end: at + form.length, confidence: 0.9, via: 'name', alternatives: [], ...spec });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

const KHARKIV: PlaceSpec = { name: 'Kharkiv', kind: 'city', lat: 49.9935, lon: 36.2304, iso3: 'UKR' };
const RUSSIA: PlaceSpec = { name: 'Russia', kind: 'country', lat: 60, lon: 100, iso3: 'RUS' };
const FRANCE: PlaceSpec = { name: 'France', kind: 'country', lat: 46, lon: 2, iso3: 'FRA' };
const GERMANY: PlaceSpec = { name: 'Germany', kind: 'country', lat: 51, lon: 9, iso3: 'DEU' };
const BLACK_SEA: PlaceSpec = { name: 'Black Sea', kind: 'sea', lat: 43.4, lon: 34.3 };

function propose(text: string, lang: DraftLanguage, specs: Record<string, PlaceSpec>, existingItems?: ExistingItem[]) {
  return proposeItems(text, { lang, published: PUBLISHED, places: mentionsIn(text, specs), dates: recogniseDates(text, lang, PUBLISHED), existingItems });
}

const capital = (iso3: string) => capitalPlaces().find((place) => place.iso3 === iso3)!.center;

describe('splitSentences', () => {
  it('keeps a French sentence whole after "M." and "Gén."', () => {
    const text = 'M. Macron a reçu le Gén. Dupont à Paris. Il est reparti mardi.';
    expect(splitSentences(text, 'fr').map((s) => s.text)).toEqual(['M. Macron a reçu le Gén. Dupont à Paris.', 'Il est reparti mardi.']);
  });

  it('keeps an English sentence whole after "Gen." and "Mr."', () => {
    const text = 'Gen. Brown met Mr. Smith in Kyiv. They spoke for an hour.';
    expect(splitSentences(text, 'en').map((s) => s.text)).toEqual(['Gen. Brown met Mr. Smith in Kyiv.', 'They spoke for an hour.']);
  });

  it('gives offsets that slice the text to the sentence, never across a line break', () => {
    const text = 'Heading without a stop\nFirst sentence here. Second one.';
    const sentences = splitSentences(text, 'en');
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 1]);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});

describe('eventKind', () => {
  it('reads a French drone strike as a strike', () => {
    expect(eventKind('Une frappe de drone a touché un immeuble à Kharkiv.', 'fr')).toBe('strike');
  });

  it('reads English naval drills as an exercise', () => {
    expect(eventKind('The navy held drills in the Black Sea with live missiles.', 'en')).toBe('exercise_area');
  });

  it('ignores a word that points back to an event already told ("cet entretien")', () => {
    expect(eventKind('Autre sujet abordé lors de cet entretien téléphonique : le tir d’un missile sur une usine.', 'fr')).toBe('strike');
  });

  it('finds no event in a sentence of commentary', () => {
    expect(eventKind('Autant de questions qui laissent présager de nouvelles turbulences.', 'fr')).toBeNull();
  });

  it('finds no event in a denied one ("were not damaged")', () => {
    expect(eventKind('The pipelines that carry oil to the coast were not damaged, their operator said.', 'en')).toBeNull();
  });

  it('finds no event in a denied French one ("n’ont pas été endommagés")', () => {
    expect(eventKind('Les oléoducs n’ont pas été endommagés, selon l’opérateur.', 'fr')).toBeNull();
  });

  it('reads the boarding of a tanker as a strike, not a capture of ground', () => {
    expect(eventKind('The Guards seized a Liberian-flagged tanker in the strait.', 'en')).toBe('strike');
  });

  it('reads a patrol that came under fire as a strike', () => {
    expect(eventKind('The patrol came under fire from the far bank of the river while escorting a boat.', 'en')).toBe('strike');
  });

  it('does not read border checks ("contrôles") as control of ground', () => {
    expect(eventKind('Le gouvernement a ordonné le renforcement des contrôles le long de la frontière.', 'fr')).not.toBe('front_line');
  });

  it('reads a meeting still to come as a diplomatic contact', () => {
    expect(eventKind('Opposition leaders will meet in the capital on Wednesday.', 'en')).toBe('diplomatic_contact');
  });

  it('reads a government convening its own security council as a political event', () => {
    expect(eventKind('La présidente a réuni mercredi le Conseil suprême de sécurité et ordonné des contrôles.', 'fr')).toBe('political_event');
  });

  it('reads an English phone call as a diplomatic contact', () => {
    expect(eventKind('The two ministers held talks by phone on Monday.', 'en')).toBe('diplomatic_contact');
  });
});

describe('proposeItems: status', () => {
  it('marks a French event claimed when a party says so ("selon Moscou")', () => {
    const [proposal] = propose('Selon Moscou, une frappe a détruit un dépôt à Kharkiv mardi.', 'fr', { Kharkiv: KHARKIV });
    expect(proposal.status).toBe('claimed');
  });

  it('marks an English event claimed when a party said so', () => {
    const [proposal] = propose('A missile strike hit Kharkiv on Tuesday, the ministry said.', 'en', { Kharkiv: KHARKIV });
    expect(proposal.status).toBe('claimed');
  });

  it('does not read the noun "cette annonce" as a party saying so', () => {
    const [proposal] = propose('Cette annonce intervient alors qu’une frappe a touché Kharkiv mardi.', 'fr', { Kharkiv: KHARKIV });
    expect(proposal.status).toBe('reported');
  });

  it('marks an event told "according to media" as reported', () => {
    const [proposal] = propose('Selon des médias locaux, une frappe a touché Kharkiv mardi.', 'fr', { Kharkiv: KHARKIV });
    expect(proposal.status).toBe('reported');
  });
});

describe('proposeItems: geometry', () => {
  it('puts a strike on the town where it happened', () => {
    const [proposal] = propose('Une frappe russe a touché Kharkiv mardi.', 'fr', { Kharkiv: KHARKIV });
    expect(proposal.geometry).toEqual({ type: 'Point', coordinates: [KHARKIV.lon, KHARKIV.lat] });
    expect(proposal.locationPrecision).toBe('exact');
  });

  it('puts an exercise at the sea named, not at the capital that announced it', () => {
    const [proposal] = propose('Russia said on Tuesday it held naval drills in the Black Sea.', 'en', { Russia: RUSSIA, 'Black Sea': BLACK_SEA });
    expect((proposal.geometry as Point).coordinates).toEqual([BLACK_SEA.lon, BLACK_SEA.lat]);
  });

  it('draws a call between two countries as a line between their capitals', () => {
    const [proposal] = propose('Les ministres de la France et de l’Allemagne se sont entretenus au téléphone lundi.', 'fr', { France: FRANCE, Allemagne: GERMANY });
    expect(proposal.kind).toBe('diplomatic_contact');
    expect((proposal.geometry as LineString).coordinates).toEqual([capital('FRA'), capital('DEU')]);
  });

  it('draws a deployment "from X to Y" as a line from X to Y', () => {
    const [proposal] = propose('Troops were deployed from Russia to Kharkiv on Monday.', 'en', { Russia: RUSSIA, Kharkiv: KHARKIV });
    expect(proposal.kind).toBe('troop_deployment');
    expect((proposal.geometry as LineString).coordinates).toEqual([capital('RUS'), [KHARKIV.lon, KHARKIV.lat]]);
  });

  it('puts a protest at the town whose bridge it blocked, not at the country of the protesters', () => {
    const [proposal] = propose('Des manifestants russes ont bloqué lundi le pont de Kharkiv pour protester.', 'fr', { russes: { ...RUSSIA, via: 'demonym' }, Kharkiv: KHARKIV });
    expect(proposal).toMatchObject({ kind: 'political_event', geometry: { type: 'Point', coordinates: [KHARKIV.lon, KHARKIV.lat] } });
  });

  it('does not put an event where its source is ("selon un institut basé à Paris")', () => {
    const PARIS: PlaceSpec = { name: 'Paris', kind: 'city', lat: 48.8566, lon: 2.3522, iso3: 'FRA' };
    const [proposal] = propose('Les forces russes ont pris samedi le village de Kharkiv, selon un institut d’analyse basé à Paris.', 'fr', { Kharkiv: KHARKIV, Paris: PARIS });
    expect(proposal).toMatchObject({ kind: 'front_line', geometry: { type: 'Point', coordinates: [KHARKIV.lon, KHARKIV.lat] } });
  });

  it('skips an event with no place at all', () => {
    expect(propose('Une frappe a eu lieu mardi.', 'fr', {})).toEqual([]);
  });
});

describe('proposeItems: dates', () => {
  it('dates an event by its own sentence', () => {
    const [proposal] = propose('Une frappe a touché Kharkiv le 21 novembre.', 'fr', { Kharkiv: KHARKIV });
    expect(proposal).toMatchObject({ startDate: '2024-11-21', datePrecision: 'day' });
  });

  it('takes the event date, not the day it was announced', () => {
    const [proposal] = propose('A strike hit Kharkiv on November 27, officials announced on Thursday.', 'en', { Kharkiv: KHARKIV });
    expect(proposal).toMatchObject({ startDate: '2024-11-27', announcedAt: '2024-12-05' });
  });

  it('dates an event known only by its announcement with an unknown precision', () => {
    const [proposal] = propose('Moscou a annoncé mardi des manœuvres navales en mer Noire.', 'fr', { 'mer Noire': BLACK_SEA });
    expect(proposal).toMatchObject({ kind: 'exercise_area', startDate: '2024-12-03', datePrecision: 'unknown', announcedAt: '2024-12-03' });
  });

  it('dates an undated sentence by the last date before it in its paragraph', () => {
    const text = 'Talks ended on Monday. Hours later, a missile strike hit Kharkiv.';
    const [proposal] = propose(text, 'en', { Kharkiv: KHARKIV });
    expect(proposal).toMatchObject({ startDate: '2024-12-02', datePrecision: 'day' });
  });

  it('takes, of two dates in a sentence, the one nearest the event’s words', () => {
    const text = 'The army chief toured the front last week, and a brigade was moved to Kharkiv on Tuesday.';
    const [proposal] = propose(text, 'en', { Kharkiv: KHARKIV });
    expect(proposal).toMatchObject({ kind: 'troop_deployment', startDate: '2024-12-03', datePrecision: 'day' });
  });

  it('dates an announced event by the placeless sentence after it that tells when it happened', () => {
    const text = 'The rebels said on Wednesday they had captured Kharkiv.\nTheir fighters overran the last base in the town on Monday after weeks of fighting.';
    const proposals = propose(text, 'en', { Kharkiv: KHARKIV });
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({ kind: 'front_line', startDate: '2024-12-02', datePrecision: 'day', announcedAt: '2024-12-04' });
  });

  it('does not date an event by an old "since" that belongs to another clause', () => {
    const text = 'Fighting flared on Monday. Shelling hit three villages near Kharkiv, wounding five people, and officials accused Russia of breaking a truce that has held since February 2021.';
    const [proposal] = propose(text, 'en', { Kharkiv: KHARKIV, Russia: RUSSIA });
    expect(proposal).toMatchObject({ kind: 'strike', startDate: '2024-12-02', datePrecision: 'day' });
  });

  it('dates a state by the "since" that follows its words ("under blockade since March")', () => {
    const [proposal] = propose('The junta said Kharkiv had been under blockade since March.', 'en', { Kharkiv: KHARKIV });
    expect(proposal).toMatchObject({ kind: 'front_line', startDate: '2024-03-01', datePrecision: 'month' });
  });

  it('falls back to the publication day with an unknown precision', () => {
    const [proposal] = propose('A missile strike hit Kharkiv.', 'en', { Kharkiv: KHARKIV });
    expect(proposal).toMatchObject({ startDate: PUBLISHED, datePrecision: 'unknown' });
  });
});

describe('proposeItems: excerpt, merging and matching', () => {
  it('cites the sentence verbatim', () => {
    const text = 'Contexte.\nUne frappe a touché Kharkiv mardi. Rien d’autre.';
    const [proposal] = propose(text, 'fr', { Kharkiv: KHARKIV });
    expect(proposal.excerpt.text).toBe('Une frappe a touché Kharkiv mardi.');
    expect(text.slice(proposal.excerpt.start, proposal.excerpt.end)).toBe(proposal.excerpt.text);
  });

  it('folds a later sentence about the same event into the first proposal', () => {
    const text = 'Russia said on Tuesday it held naval drills in the Black Sea. The exercises in the Black Sea involved 20 ships.';
    const proposals = propose(text, 'en', { Russia: RUSSIA, 'Black Sea': BLACK_SEA });
    expect(proposals).toHaveLength(1);
    expect(proposals[0].otherExcerpts?.map((e) => e.text)).toEqual(['The exercises in the Black Sea involved 20 ships.']);
  });

  it('points at an item already on the map for the same event', () => {
    const existing: ExistingItem = {
      id: 7,
      kind: 'strike',
      geometry: { type: 'Point', coordinates: [36.25, 50.0] },
      startDate: '2024-11-21',
      endDate: null,
      datePrecision: 'day',
      announcedAt: null,
    };
    const [proposal] = propose('A missile strike hit Kharkiv on November 21.', 'en', { Kharkiv: KHARKIV }, [existing]);
    expect(proposal.matchesItemId).toBe(7);
  });

  it('does not point at an item of another kind', () => {
    const existing: ExistingItem = {
      id: 7,
      kind: 'political_event',
      geometry: { type: 'Point', coordinates: [36.25, 50.0] },
      startDate: '2024-11-21',
      endDate: null,
      datePrecision: 'day',
      announcedAt: null,
    };
    const [proposal] = propose('A missile strike hit Kharkiv on November 21.', 'en', { Kharkiv: KHARKIV }, [existing]);
    expect(proposal.matchesItemId).toBeUndefined();
  });
});

describe('proposeItems: more dates and places', () => {
  it('dates "la veille" the day before the last date told', () => {
    const text = 'Les ministres se sont rencontrés lundi. La veille, des tirs de mortier avaient touché Kharkiv.';
    const strike = propose(text, 'fr', { Kharkiv: KHARKIV }).find((proposal) => proposal.kind === 'strike');
    expect(strike).toMatchObject({ startDate: '2024-12-01', datePrecision: 'day' });
  });

  it('puts a meeting where it is held rather than between the two capitals', () => {
    const text = 'The foreign ministers of France and Germany met in Kharkiv on Monday.';
    const [proposal] = propose(text, 'en', { France: FRANCE, Germany: GERMANY, Kharkiv: KHARKIV });
    expect(proposal.geometry).toEqual({ type: 'Point', coordinates: [KHARKIV.lon, KHARKIV.lat] });
  });
});

describe('proposeItems: movements and several events', () => {
  const STRAIT: PlaceSpec = { name: 'Bashi Channel', kind: 'strait', lat: 21.5, lon: 121 };
  const SANYA: PlaceSpec = { name: 'Sanya', kind: 'city', lat: 18.25, lon: 109.5, iso3: 'CHN' };

  it('draws a ship that left one place and crossed a strait from the one to the other', () => {
    const [proposal] = propose('Le porte-avions, parti de Sanya, a franchi lundi le détroit de Bachi.', 'fr', { Sanya: SANYA, 'détroit de Bachi': STRAIT });
    expect(proposal).toMatchObject({ kind: 'troop_deployment', geometry: { type: 'LineString', coordinates: [[SANYA.lon, SANYA.lat], [STRAIT.lon, STRAIT.lat]] } });
  });

  it('proposes a second event of another kind told somewhere else in the same sentence', () => {
    const text = 'Troops were sent to Kharkiv on Monday after Russia held naval drills in the Black Sea.';
    const proposals = propose(text, 'en', { Kharkiv: KHARKIV, Russia: RUSSIA, 'Black Sea': BLACK_SEA });
    expect(proposals.map((p) => p.kind).sort()).toEqual(['exercise_area', 'troop_deployment']);
  });

  it('proposes one strike at each of two targets far apart in one sentence', () => {
    const KHERSON: PlaceSpec = { name: 'Kherson', kind: 'city', lat: 46.6354, lon: 32.6169, iso3: 'UKR' };
    const proposals = propose('Des frappes ont visé mardi des dépôts à Kharkiv ainsi que le port de Kherson.', 'fr', { Kharkiv: KHARKIV, Kherson: KHERSON });
    expect(proposals.map((p) => [p.kind, (p.geometry as Point).coordinates])).toEqual([
      ['strike', [KHARKIV.lon, KHARKIV.lat]],
      ['strike', [KHERSON.lon, KHERSON.lat]],
    ]);
  });

  it('folds a sentence placed only by a country adjective into the event just told', () => {
    const text = 'Troops fired on a patrol near Kharkiv, officials said on Thursday. The patrol came under fire from the Russian bank of the river on Tuesday.';
    const proposals = propose(text, 'en', { Kharkiv: KHARKIV, Russian: { ...RUSSIA, via: 'demonym' } });
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({ kind: 'strike', startDate: '2024-12-03', geometry: { type: 'Point', coordinates: [KHARKIV.lon, KHARKIV.lat] } });
  });
});
