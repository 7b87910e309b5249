// Two short follow-up articles WRITTEN FOR THIS PROJECT (not real reporting; the outlets "Northline Wire"
// and "La Vigie internationale" are invented), about the situation of the first article, so the map
// shows several sources from its first start: each has items of its own, and quotes that corroborate
// some of the first article's items (SEED_CORROBORATIONS). The events they describe are the public
// record of late 2024 (the call's announcement on 5 December, the Oreshnik strike on Dnipro and Putin's
// Astana threat of 28 November, Russia's ATACMS claim of 25 November, the rebels' entry into Hama on
// 5 December, South Korea's intelligence on North Korean troops in the Kursk region); the wording is ours.
// Every quote below must occur verbatim, exactly once, in its article's text.
import type { SeedItem } from './article';

export interface SeedQuote {
  quote: string;
  /** Whose own statement the quote reports (Excerpt.attribution); absent for the outlet's own reporting. */
  attribution?: string;
}

export interface FollowUpArticle {
  key: 'northline' | 'vigie';
  title: string;
  outlet: string;
  url: null;
  language: string;
  publishedAt: string;
  reportedAt: string;
  text: string;
  /** Items this article reports first. */
  items: Array<Omit<SeedItem, 'quotes'> & { quotes: SeedQuote[] }>;
}

const RUSSIAN_MOD = 'Russian Ministry of Defence';

const NORTHLINE_TEXT = [
  'US and Russian military chiefs spoke as pressure mounted in Ukraine and Syria',
  'The top military officers of the United States and Russia spoke by telephone on 27 November, both countries said on Thursday, in their first conversation since Gen. Charles Q. Brown Jr. became Chairman of the Joint Chiefs of Staff. A US official said the call had been kept private at the request of Gen. Valery Gerasimov.',
  'The call came six days after Russia fired a new intermediate-range ballistic missile at the Pivdenmash missile plant in Dnipro, in central Ukraine, a weapon President Vladimir Putin later called Oreshnik.',
  'Russia’s Ministry of Defence said that Ukraine had fired ATACMS missiles at an airfield near Kursk on 25 November and that most of them had been shot down. The claim could not be independently verified.',
  'In Syria, rebel forces led by Hayat Tahrir al-Sham entered the city of Hama on Thursday, a week after sweeping into Aleppo, dealing another blow to President Bashar al-Assad and his Russian backers.',
].join('\n');

const VIGIE_TEXT = [
  'Après l’appel Guérassimov–Brown, Moscou montre ses muscles',
  'Deux jours après l’annonce de l’entretien téléphonique du 27 novembre entre le général Valéri Guérassimov et le général Charles Brown, chaque capitale en livre sa propre lecture.',
  'Le ministère russe de la Défense répète que ses navires ont mené en Méditerranée orientale des exercices comprenant des tirs de missiles hypersoniques Zirkon. Aucune source indépendante n’a confirmé la date de ces tirs.',
  'À Astana, le 28 novembre, Vladimir Poutine avait menacé de frapper les « centres de décision » de Kiev avec le nouveau missile Orechnik.',
  'Selon le renseignement sud-coréen, des soldats nord-coréens déployés dans la région russe de Koursk participent désormais aux combats contre l’armée ukrainienne.',
].join('\n');

const N = {
  call: 'The top military officers of the United States and Russia spoke by telephone on 27 November, both countries said on Thursday',
  callPrivate: 'A US official said the call had been kept private at the request of Gen. Valery Gerasimov.',
  oreshnik:
    'Russia fired a new intermediate-range ballistic missile at the Pivdenmash missile plant in Dnipro, in central Ukraine, a weapon President Vladimir Putin later called Oreshnik.',
  atacms: 'Russia’s Ministry of Defence said that Ukraine had fired ATACMS missiles at an airfield near Kursk on 25 November and that most of them had been shot down.',
  hama: 'In Syria, rebel forces led by Hayat Tahrir al-Sham entered the city of Hama on Thursday, a week after sweeping into Aleppo',
} as const;

const V = {
  call: 'Deux jours après l’annonce de l’entretien téléphonique du 27 novembre entre le général Valéri Guérassimov et le général Charles Brown',
  exercises:
    'Le ministère russe de la Défense répète que ses navires ont mené en Méditerranée orientale des exercices comprenant des tirs de missiles hypersoniques Zirkon.',
  astana: 'À Astana, le 28 novembre, Vladimir Poutine avait menacé de frapper les « centres de décision » de Kiev avec le nouveau missile Orechnik.',
  northKorea:
    'Selon le renseignement sud-coréen, des soldats nord-coréens déployés dans la région russe de Koursk participent désormais aux combats contre l’armée ukrainienne.',
} as const;

export const FOLLOW_UP_ARTICLES: FollowUpArticle[] = [
  {
    key: 'northline',
    title: 'US and Russian military chiefs spoke as pressure mounted in Ukraine and Syria',
    outlet: 'Northline Wire',
    url: null,
    language: 'en',
    publishedAt: '2024-12-06',
    reportedAt: '2024-12-06',
    text: NORTHLINE_TEXT,
    items: [
      {
        title: 'ATACMS strike on an airfield near Kursk (Russian claim)',
        summary:
          'Russia’s Ministry of Defence said Ukraine fired US-made ATACMS missiles at an airfield near Kursk on 25 November 2024 and that most were shot down. Only Russia’s word: not independently verified.',
        kind: 'strike',
        status: 'claimed',
        geometry: { type: 'Point', coordinates: [36.2956, 51.7506] },
        locationPrecision: 'approximate',
        startDate: '2024-11-25',
        datePrecision: 'day',
        actors: ['Armed Forces of Ukraine'],
        countries: ['RUS'],
        quotes: [{ quote: N.atacms, attribution: RUSSIAN_MOD }],
      },
      {
        title: 'Rebels enter Hama',
        summary:
          'On Thursday 5 December 2024 rebel forces led by Hayat Tahrir al-Sham entered Hama, a week after sweeping into Aleppo.',
        kind: 'front_line',
        status: 'reported',
        geometry: { type: 'Point', coordinates: [36.7578, 35.1318] },
        locationPrecision: 'exact',
        startDate: '2024-12-05',
        datePrecision: 'day',
        actors: ['Hayat Tahrir al-Sham-led rebel coalition', 'Syrian government forces (Bashar al-Assad)'],
        countries: ['SYR'],
        quotes: [{ quote: N.hama }],
      },
    ],
  },
  {
    key: 'vigie',
    title: 'Après l’appel Guérassimov–Brown, Moscou montre ses muscles',
    outlet: 'La Vigie internationale',
    url: null,
    language: 'fr',
    publishedAt: '2024-12-07',
    reportedAt: '2024-12-07',
    text: VIGIE_TEXT,
    items: [
      {
        title: 'Putin threatens Kyiv’s “decision-making centres” with Oreshnik (Astana)',
        summary:
          'At a summit in Astana on 28 November 2024, Vladimir Putin threatened to strike the “decision-making centres” in Kyiv with the new Oreshnik missile.',
        kind: 'political_event',
        status: 'confirmed',
        geometry: { type: 'Point', coordinates: [71.4306, 51.1282] },
        locationPrecision: 'exact',
        startDate: '2024-11-28',
        datePrecision: 'day',
        actors: ['Vladimir Putin'],
        countries: ['KAZ', 'RUS', 'UKR'],
        quotes: [{ quote: V.astana, attribution: 'Vladimir Putin' }],
      },
      {
        title: 'North Korean soldiers in combat in the Kursk region',
        summary:
          'According to South Korea’s intelligence service, North Korean soldiers deployed to Russia’s Kursk region now take part in the fighting against the Ukrainian army (early December 2024).',
        kind: 'front_line',
        status: 'reported',
        geometry: { type: 'Point', coordinates: [35.25, 51.35] },
        locationPrecision: 'region',
        startDate: '2024-12-01',
        datePrecision: 'week',
        actors: ['Korean People’s Army', 'Armed Forces of Ukraine'],
        countries: ['PRK', 'RUS', 'UKR'],
        quotes: [{ quote: V.northKorea, attribution: 'South Korean intelligence (NIS)' }],
      },
    ],
  },
];

/**
 * Quotes of the follow-up articles that report what an item of the first article reports (by the
 * item's title in prisma/seed/article.ts): those items then rest on more than one outlet.
 */
export const SEED_CORROBORATIONS: Record<string, Array<SeedQuote & { article: FollowUpArticle['key'] }>> = {
  'Gerasimov–Brown phone call': [
    { article: 'northline', quote: N.call },
    { article: 'northline', quote: N.callPrivate },
    { article: 'vigie', quote: V.call },
  ],
  'Missile strike on the Pivdenmash plant, Dnipro': [{ article: 'northline', quote: N.oreshnik }],
  'North Korean troops deployed alongside Russian forces (Pyongyang → Kursk region)': [
    { article: 'vigie', quote: V.northKorea, attribution: 'South Korean intelligence (NIS)' },
  ],
  'Rebel offensive in northwest Syria: Aleppo, Idlib, towards Hama': [{ article: 'northline', quote: N.hama }],
  // Two outlets, one party: the exercises rest on Moscow's word alone (the first article's quotes are
  // attributed to the same ministry in ARTICLE_ATTRIBUTIONS).
  'Russian exercises in the eastern Mediterranean': [{ article: 'vigie', quote: V.exercises, attribution: RUSSIAN_MOD }],
};
