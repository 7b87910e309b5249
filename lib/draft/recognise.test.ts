import { describe, expect, it } from 'vitest';
import { recognisePlaces } from './recognise';
import type { DraftLanguage, PlaceMention } from './types';

function placesIn(text: string, lang: DraftLanguage): PlaceMention[] {
  return recognisePlaces(text, lang);
}

/** The mention whose text is exactly `surface`. */
function mentionOf(text: string, lang: DraftLanguage, surface: string): PlaceMention | undefined {
  return placesIn(text, lang).find((mention) => mention.text === surface);
}

function namesIn(text: string, lang: DraftLanguage): string[] {
  return placesIn(text, lang).map((mention) => mention.name);
}

describe('recognisePlaces: words and spans', () => {
  it('reads French elision with a typographic apostrophe', () => {
    const text = 'Les frappes contre l’Ukraine continuent.';
    expect(mentionOf(text, 'fr', 'Ukraine')).toMatchObject({ name: 'Ukraine', kind: 'country', iso3: 'UKR', start: text.indexOf('Ukraine') });
  });

  it('reads French elision with a straight apostrophe', () => {
    expect(mentionOf("Les frappes contre l'Ukraine continuent.", 'fr', 'Ukraine')?.iso3).toBe('UKR');
  });

  it('reads a town after d’', () => {
    expect(mentionOf('Le port d’Odessa a été frappé.', 'fr', 'Odessa')).toMatchObject({ kind: 'city', iso3: 'UKR' });
  });

  it('gives offsets into the JavaScript string, after characters outside the BMP', () => {
    const text = '🚢 Un navire a quitté Novorossiïsk mardi.';
    const [mention] = placesIn(text, 'fr');
    expect(text.slice(mention.start, mention.end)).toBe('Novorossiïsk');
  });

  it('reads a multi-word gulf as one place, not the country in its name', () => {
    const places = placesIn('Un câble a été endommagé dans le golfe de Finlande.', 'fr');
    expect(places.map((place) => [place.text, place.kind])).toEqual([['golfe de Finlande', 'gulf']]);
  });

  it('reads a sea whose name has an elision', () => {
    expect(mentionOf('Des drones ont survolé la mer d’Azov.', 'fr', 'mer d’Azov')?.name).toBe('Sea of Azov');
  });

  it('reads a hyphenated strait', () => {
    expect(mentionOf('Ships avoid the Bab el-Mandeb strait.', 'en', 'Bab el-Mandeb')?.kind).toBe('strait');
  });

  it('takes the longest name: South Sudan, not Sudan', () => {
    expect(namesIn('Des combats au Soudan du Sud.', 'fr')).toEqual(['South Sudan']);
  });

  it('does not read a proper noun written in lower case', () => {
    expect(placesIn('the gotland ferry schedule', 'en')).toEqual([]);
  });

  it('reads a name without its accents', () => {
    expect(mentionOf('Jets landed at Bodo on Monday.', 'en', 'Bodo')?.name).toBe('Bodø');
  });
});

describe('recognisePlaces: subdivisions', () => {
  it('reads "région de Krasnodar" as the krai, generic word included', () => {
    expect(mentionOf('Des drones ont visé la région de Krasnodar.', 'fr', 'région de Krasnodar')).toMatchObject({ kind: 'admin1', name: 'Krasnodar Krai' });
  });

  it('reads "oblast de Zaporijjia" as the oblast', () => {
    expect(mentionOf('Des combats dans l’oblast de Zaporijjia.', 'fr', 'oblast de Zaporijjia')?.kind).toBe('admin1');
  });

  it('reads "Syunik province" as the province', () => {
    expect(mentionOf('Shelling hit Syunik province on Monday.', 'en', 'Syunik province')).toMatchObject({ kind: 'admin1', iso3: 'ARM' });
  });

  it('reads "Kursk region" as the region and bare "Kursk" as the town', () => {
    const places = placesIn('Troops entered the Kursk region. Kursk itself was calm.', 'en');
    expect(places.map((place) => [place.text, place.kind])).toEqual([
      ['Kursk region', 'admin1'],
      ['Kursk', 'city'],
    ]);
  });
});

describe('recognisePlaces: spellings', () => {
  it('reads the French transliteration Novorossiïsk', () => {
    expect(mentionOf('Le port de Novorossiïsk a été visé.', 'fr', 'Novorossiïsk')).toMatchObject({ name: 'Novorossiysk', iso3: 'RUS' });
  });

  it('reads Kharkov and Kharkiv as one town', () => {
    const [old, current] = placesIn('Kharkov, now written Kharkiv, was shelled.', 'en');
    expect(old.name).toBe(current.name);
  });

  it('reads Kiev and Kyiv as the capital', () => {
    expect(namesIn('Kiev ou Kyiv ? Kyiv.', 'fr')).toEqual(['Kyiv', 'Kyiv', 'Kyiv']);
  });

  it('reads Odesa and Odessa as the Ukrainian port', () => {
    expect(placesIn('Odesa (Odessa) was hit.', 'en').map((place) => place.iso3)).toEqual(['UKR', 'UKR']);
  });

  it('reads Zaporijjia as Zaporizhzhia', () => {
    expect(mentionOf('Des frappes sur Zaporijjia.', 'fr', 'Zaporijjia')?.lat).toBeCloseTo(47.8, 0);
  });
});

describe('recognisePlaces: adjectives, demonyms and seats of power', () => {
  it('reads a French feminine plural adjective as its country', () => {
    expect(mentionOf('Les autorités finlandaises enquêtent.', 'fr', 'finlandaises')).toMatchObject({ name: 'Finland', kind: 'country', via: 'demonym' });
  });

  it('reads French adjectives in every form', () => {
    const text = 'Des navires russes, une frégate suédoise, des soldats nord-coréens et le gouvernement burkinabè.';
    expect(placesIn(text, 'fr').map((place) => place.iso3)).toEqual(['RUS', 'SWE', 'PRK', 'BFA']);
  });

  it('reads English adjectives as their countries', () => {
    const text = 'Russian, Azerbaijani, Kazakh and Liberian officials met.';
    expect(placesIn(text, 'en').map((place) => place.iso3)).toEqual(['RUS', 'AZE', 'KAZ', 'LBR']);
  });

  it('reads "le Kremlin" as the building in Moscow, by metonymy', () => {
    expect(mentionOf('Le Kremlin a démenti.', 'fr', 'Kremlin')).toMatchObject({ kind: 'landmark', iso3: 'RUS', via: 'metonym' });
  });

  it('reads French and English seats of power', () => {
    const places = placesIn('La Maison Blanche, le Pentagone, l’Élysée et le Quai d’Orsay ont réagi.', 'fr');
    expect(places.map((place) => place.iso3)).toEqual(['USA', 'USA', 'FRA', 'FRA']);
  });

  it('reads Downing Street and Zhongnanhai', () => {
    expect(placesIn('Downing Street and Zhongnanhai declined to comment.', 'en').map((place) => place.kind)).toEqual(['landmark', 'landmark']);
  });
});

describe('recognisePlaces: ambiguity resolved by the article', () => {
  it('reads Georgia as the country in an article about the Caucasus', () => {
    expect(mentionOf('Protesters in Tbilisi said Georgia must not join Russia, Armenia warned.', 'en', 'Georgia')?.kind).toBe('country');
  });

  it('reads Georgia as the US state in an article about Atlanta', () => {
    expect(mentionOf('The governor spoke in Atlanta and Savannah. Georgia will vote in May.', 'en', 'Georgia')).toMatchObject({ kind: 'admin1', iso3: 'USA' });
  });

  it('reads Tripoli in Lebanon when the article is about Lebanon', () => {
    expect(mentionOf('Des heurts à Tripoli, dans le nord du Liban, à 80 km de Beyrouth.', 'fr', 'Tripoli')?.iso3).toBe('LBN');
  });

  it('reads Tripoli in Libya when the article is about Libya', () => {
    expect(mentionOf('Clashes in Tripoli, Libya, spread towards Misrata.', 'en', 'Tripoli')?.iso3).toBe('LBY');
  });

  it('gives the runner-up reading with its confidence', () => {
    const tripoli = mentionOf('Des heurts à Tripoli, dans le nord du Liban.', 'fr', 'Tripoli')!;
    expect(tripoli.alternatives.map((alternative) => alternative.iso3)).toContain('LBY');
    expect(tripoli.confidence).toBeGreaterThan(0.5);
    expect(tripoli.confidence).toBeLessThanOrEqual(1);
  });

  it('reads a small town when its country is named nearby', () => {
    expect(mentionOf('Ukrainian troops held Sudzha, in Russia’s Kursk region.', 'en', 'Sudzha')?.iso3).toBe('RUS');
  });
});

describe('recognisePlaces: words that are not places here', () => {
  it('does not read "Nice" as a town in "Nice weather"', () => {
    expect(placesIn('It was a day of Nice weather in the capital.', 'en').filter((place) => place.text === 'Nice')).toEqual([]);
  });

  it('reads "Nice" after "à"', () => {
    expect(mentionOf('Une manifestation à Nice.', 'fr', 'Nice')?.iso3).toBe('FRA');
  });

  it('does not read "Reading", "Split" or "Mobile" opening a sentence', () => {
    expect(placesIn('Reading the report, he paused. Split over the plan, they left. Mobile units moved.', 'en')).toEqual([]);
  });

  it('reads "Reading" after "in"', () => {
    expect(mentionOf('A rally was held in Reading on Sunday.', 'en', 'Reading')?.iso3).toBe('GBR');
  });

  it('does not read "Of" or "Bar" in a sentence', () => {
    expect(placesIn('The Minister Of Defence met the Bar Council.', 'en')).toEqual([]);
  });

  it('reads a capital of millions even where its name is also a word', () => {
    expect(mentionOf('Il a demandé à Washington et Paris d’intervenir.', 'fr', 'Paris')?.iso3).toBe('FRA');
  });

  it('does not read a person’s surname as a town', () => {
    expect(placesIn('President Abraham Lincoln and Lloyd Austin spoke. Austin said no.', 'en')).toEqual([]);
  });

  it('does not read a ship named after a person or a province', () => {
    expect(placesIn('The carrier George Washington and the carrier Shandong sailed.', 'en')).toEqual([]);
  });

  it('reads a town listed with another place even if a person bears its name', () => {
    const text = 'The carrier George Washington sailed. Talks between Beijing and Washington resumed.';
    expect(placesIn(text, 'en').map((place) => place.text)).toEqual(['Beijing', 'Washington']);
  });

  it('does not read a mercenary group as a town', () => {
    expect(placesIn('Russian instructors replaced the Wagner group in Mali.', 'en').map((place) => place.name)).toEqual(['Russia', 'Mali']);
  });
});
