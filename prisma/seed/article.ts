// The first article: its text ships with the repository (prisma/seed/*.txt) and every item and region
// below cites it through quotes that must occur verbatim, exactly once, in that text.
import type { ItemKind, ItemStatus, LocationPrecision, DatePrecision } from '@/lib/items/kinds';
import type { ItemGeometry } from '@/lib/items/schema';

export const ARTICLE_FILE = 'article-gerasimov-brown.fr.txt';

export const ARTICLE = {
  // The article has no title, outlet or date line of its own: the title is ours, the dates come from
  // the facts it reports (the call was made public on Thursday 2024-12-05).
  title: 'Premier appel entre les chefs d’état-major russe et américain (Guérassimov–Brown)',
  outlet: 'Unknown outlet (supplied without masthead)',
  url: null,
  language: 'fr',
  publishedAt: null,
  reportedAt: '2024-12-05',
} as const;

export interface SeedItem {
  title: string;
  summary: string;
  kind: ItemKind;
  status: ItemStatus;
  geometry: ItemGeometry;
  locationPrecision: LocationPrecision;
  startDate: string;
  endDate?: string;
  datePrecision: DatePrecision;
  announcedAt?: string;
  actors: string[];
  countries: string[];
  quotes: string[];
}

const Q = {
  call:
    'En pleine montée des tensions entre la Russie et l’Occident autour de l’Ukraine, les chefs d’état-major russe et américain se sont entretenus au téléphone le 27 novembre dernier, ont annoncé les deux pays ce jeudi.',
  callInitiative:
    'Selon le ministère russe de la Défense, c’est à l’initiative de la partie russe que cette conversation téléphonique a eu lieu entre le général Valéri Guérassimov et son homologue américain, le général Charles Brown.',
  callTopics:
    'Au cours de cet appel, les deux responsables militaires ont « discuté d’un certain nombre de questions relatives à la sécurité mondiale et régionale, notamment du conflit en cours en Ukraine », a précisé le porte-parole américain.',
  callSecret:
    'L’échange n’avait jusqu’à présent pas été rendu public, « à la demande du général Guérassimov ».',
  exerciseInformed:
    'La partie russe affirme pour sa part avoir informé les Américains lors de cet entretien « de la tenue d’exercices (militaires) en Méditerranée orientale » par l’armée russe.',
  exerciseAnnounced:
    'Moscou avait annoncé mardi des manœuvres impliquant plus d’un millier de soldats et des tirs de missiles, y compris hypersoniques Zirkon, dans cette zone, sans toutefois préciser quand exactement elles avaient eu lieu.',
  syria:
    'Cette annonce intervient alors que la Syrie de Bachar al-Assad, allié de la Russie, perd du terrain face à une coalition de rebelles menée par des islamistes radicaux.',
  syriaContext:
    'Un contexte régional explosif qui pourrait expliquer en partie la tenue de ces exercices militaires russes en Méditerranée.',
  missile:
    'Autre sujet abordé lors de cet entretien téléphonique selon des médias américains : le tir le 21 novembre par l’armée russe d’un missile balistique présenté comme hypersonique et expérimental, capable de porter une charge nucléaire, sur une usine militaire ukrainienne.',
  putinReply:
    'Le président Vladimir Poutine avait qualifié cette frappe de réponse aux attaques ukrainiennes sur le sol russe à l’aide de missiles longue-portée fournis par les Occidentaux.',
  putinThreat: 'Il avait dans la foulée menacé de viser directement les pays qui arment l’Ukraine.',
  escalation:
    'Une nouvelle escalade dans le conflit qui inquiète au plus haut point Washington et ses alliés.',
  northKorea:
    'Valéri Guérassimov et Charles Brown auraient aussi évoqué le déploiement de milliers de soldats nord-coréens en appui des forces russes face à l’armée ukrainienne, sur fond de rapprochement entre Moscou et Pyongyang.',
  southKorea:
    'Une information qui, si elle se confirme, ne manquera pas d’alarmer encore davantage Washington et son allié sud-coréen.',
  trumpReturn:
    'Enfin, on notera que ce premier échange entre les chefs militaires russe et américain est intervenu à moins de deux mois du retour à la Maison Blanche de Donald Trump.',
  trump24h:
    'Le président nouvellement élu a affirmé qu’il règlerait le conflit en Ukraine « en 24 heures », sans pour autant préciser comment.',
} as const;

/**
 * Quotes of the first article that report a party's own statement (Excerpt.attribution): what the
 * Russian side says of the call's initiative and of its exercises. The others are the outlet's reporting.
 */
export const ARTICLE_ATTRIBUTIONS: Record<string, string> = {
  [Q.callInitiative]: 'Russian Ministry of Defence',
  [Q.exerciseInformed]: 'Russian Ministry of Defence',
  [Q.exerciseAnnounced]: 'Russian Ministry of Defence',
};

/** What the map is about (the Situation row), named for the first article's situation. */
export const SEED_SITUATION = {
  name: 'Russia and the West, November–December 2024',
  description:
    'The first call between the Russian and US chiefs of the general staff, on 27 November 2024, and what surrounded it: the war in Ukraine and the strike on Dnipro, North Korean troops alongside Russia, Russian drills in the eastern Mediterranean and the rebel offensive in Syria.',
} as const;

const MOSCOW: [number, number] = [37.6173, 55.7558];
const WASHINGTON: [number, number] = [-77.0369, 38.9072];

export const SEED_ITEMS: SeedItem[] = [
  {
    title: 'Gerasimov–Brown phone call',
    summary:
      'First call between the Russian and US chiefs of the general staff since Gen. Brown took office in October 2023, held on 27 November 2024 at Moscow’s initiative and made public by both countries on 5 December 2024. Topics: global and regional security, the war in Ukraine, Russian exercises in the eastern Mediterranean, the 21 November missile strike and North Korean troops.',
    kind: 'diplomatic_contact',
    status: 'confirmed',
    geometry: { type: 'LineString', coordinates: [MOSCOW, WASHINGTON] },
    locationPrecision: 'exact',
    startDate: '2024-11-27',
    datePrecision: 'day',
    announcedAt: '2024-12-05',
    actors: ['Gen. Valery Gerasimov (Russia)', 'Gen. Charles Q. Brown Jr. (United States)'],
    countries: ['RUS', 'USA'],
    quotes: [Q.call, Q.callInitiative, Q.callTopics, Q.callSecret],
  },
  {
    title: 'Russian exercises in the eastern Mediterranean',
    summary:
      'Moscow announced on Tuesday 3 December 2024 manoeuvres involving more than a thousand troops and missile firing, including Zircon hypersonic missiles, in the eastern Mediterranean, off the Syrian coast (Tartus) towards Cyprus. Russia did not say exactly when they took place: the dates are unknown. Russia says it informed the United States during the 27 November call.',
    kind: 'exercise_area',
    status: 'claimed',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [35.7, 34.3],
          [35.75, 35.4],
          [35.4, 35.9],
          [34.7, 35.75],
          [34.3, 35.0],
          [34.6, 34.4],
          [35.7, 34.3],
        ],
      ],
    },
    locationPrecision: 'approximate',
    startDate: '2024-12-03',
    datePrecision: 'unknown',
    announcedAt: '2024-12-03',
    actors: ['Russian Armed Forces'],
    countries: ['RUS', 'SYR', 'CYP'],
    quotes: [Q.exerciseInformed, Q.exerciseAnnounced],
  },
  {
    title: 'Missile strike on the Pivdenmash plant, Dnipro',
    summary:
      'On 21 November 2024 the Russian army fired an experimental, nuclear-capable ballistic missile presented as hypersonic (later named Oreshnik) at the Pivdenmash (Yuzhmash) missile plant in Dnipro, Ukraine. Putin called it a response to Ukrainian strikes on Russian soil with Western long-range missiles.',
    kind: 'strike',
    status: 'confirmed',
    geometry: { type: 'Point', coordinates: [35.0005, 48.4366] },
    locationPrecision: 'exact',
    startDate: '2024-11-21',
    datePrecision: 'day',
    actors: ['Russian Armed Forces'],
    countries: ['UKR'],
    quotes: [Q.missile, Q.putinReply],
  },
  {
    title: 'Rebel offensive in northwest Syria: Aleppo, Idlib, towards Hama',
    summary:
      'From 27 November 2024 a rebel coalition led by radical Islamists (Hayat Tahrir al-Sham) gained ground on the forces of Bashar al-Assad, Russia’s ally: the Aleppo and Idlib countryside, Aleppo itself within days, then the advance south towards Hama in early December. The outline is approximate.',
    kind: 'front_line',
    status: 'reported',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [36.2, 36.25],
          [36.6, 36.62],
          [37.1, 36.55],
          [37.45, 36.3],
          [37.35, 36.0],
          [37.0, 35.6],
          [36.8, 35.3],
          [36.5, 35.3],
          [36.25, 35.6],
          [36.15, 35.9],
          [36.2, 36.25],
        ],
      ],
    },
    locationPrecision: 'approximate',
    startDate: '2024-11-27',
    // Still under way when the article reported it.
    endDate: '2024-12-05',
    datePrecision: 'day',
    actors: ['Hayat Tahrir al-Sham-led rebel coalition', 'Syrian government forces (Bashar al-Assad)'],
    countries: ['SYR'],
    quotes: [Q.syria, Q.syriaContext],
  },
  {
    title: 'North Korean troops deployed alongside Russian forces (Pyongyang → Kursk region)',
    summary:
      'Thousands of North Korean soldiers reportedly deployed to Russia’s Kursk region to support Russian forces against the Ukrainian army, amid the rapprochement between Moscow and Pyongyang. The article reports it conditionally (“if confirmed”). Destination approximate.',
    kind: 'troop_deployment',
    status: 'reported',
    geometry: {
      type: 'LineString',
      coordinates: [
        [125.7625, 39.0392],
        [35.6, 51.4],
      ],
    },
    locationPrecision: 'approximate',
    startDate: '2024-11-01',
    datePrecision: 'month',
    actors: ['Korean People’s Army', 'Russian Armed Forces'],
    countries: ['PRK', 'RUS'],
    quotes: [Q.northKorea, Q.southKorea],
  },
  {
    title: 'Ukrainian strikes on Russian soil with Western long-range missiles',
    summary:
      'Ukrainian attacks on Russia’s border regions (Bryansk, Kursk) with long-range missiles supplied by Western countries, which Putin gave as the reason for the 21 November strike. Area only: the article names no site.',
    kind: 'strike',
    status: 'reported',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [32.3, 52.6],
          [34.3, 53.3],
          [35.6, 52.5],
          [37.4, 51.9],
          [38.4, 51.2],
          [38.2, 50.2],
          [36.3, 50.3],
          [35.4, 50.9],
          [34.2, 51.3],
          [33.3, 52.0],
          [32.3, 52.6],
        ],
      ],
    },
    locationPrecision: 'region',
    startDate: '2024-11-19',
    datePrecision: 'week',
    actors: ['Armed Forces of Ukraine'],
    countries: ['RUS', 'UKR'],
    quotes: [Q.putinReply],
  },
  {
    title: 'Putin threatens countries that arm Ukraine',
    summary:
      'After the 21 November strike, Vladimir Putin threatened to target directly the countries that supply Ukraine with weapons: a new escalation that worries Washington and its allies.',
    kind: 'political_event',
    status: 'confirmed',
    geometry: { type: 'Point', coordinates: MOSCOW },
    locationPrecision: 'exact',
    startDate: '2024-11-21',
    datePrecision: 'day',
    actors: ['Vladimir Putin'],
    countries: ['RUS'],
    quotes: [Q.putinThreat, Q.escalation],
  },
  {
    title: 'Trump returns to the White House',
    summary:
      'Donald Trump’s inauguration on 20 January 2025, less than two months after the call. The president-elect said he would settle the war in Ukraine “in 24 hours”, without saying how.',
    kind: 'political_event',
    status: 'confirmed',
    geometry: { type: 'Point', coordinates: [-77.0365, 38.8977] },
    locationPrecision: 'exact',
    startDate: '2025-01-20',
    datePrecision: 'day',
    actors: ['Donald Trump'],
    countries: ['USA'],
    quotes: [Q.trumpReturn, Q.trump24h],
  },
];

export interface SeedTheatre {
  id: string;
  name: string;
  geometry: ItemGeometry;
  summary: string;
  quotes: string[];
}

const box = (w: number, s: number, e: number, n: number): ItemGeometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

export const SEED_THEATRES: SeedTheatre[] = [
  {
    id: 'eastern-mediterranean',
    name: 'Eastern Mediterranean',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [28.0, 31.2],
          [34.2, 31.2],
          [35.9, 33.6],
          [36.2, 36.9],
          [32.0, 36.4],
          [28.0, 36.6],
          [28.0, 31.2],
        ],
      ],
    },
    summary:
      'Russia says it held military exercises here, off the Syrian coast where its navy is based at Tartus, with over a thousand troops and missile firing including Zircon hypersonic missiles, while its Syrian ally loses ground.',
    quotes: [Q.exerciseInformed, Q.exerciseAnnounced, Q.syriaContext],
  },
  {
    id: 'northwest-syria',
    name: 'Northwest Syria',
    geometry: box(35.6, 34.8, 38.4, 36.9),
    summary:
      'Bashar al-Assad’s forces, allied with Russia, are losing ground to a rebel coalition led by radical Islamists: the regional context of Russia’s exercises.',
    quotes: [Q.syria, Q.syriaContext],
  },
  {
    id: 'korean-peninsula',
    name: 'Korean Peninsula',
    geometry: box(124.0, 33.0, 131.0, 43.0),
    summary:
      'North Korea is reported to have sent thousands of soldiers to fight alongside Russian forces, which would alarm Washington and its South Korean ally further.',
    quotes: [Q.northKorea, Q.southKorea],
  },
  {
    id: 'ukraine-front',
    name: 'Ukraine front',
    geometry: box(30.0, 46.0, 40.5, 53.5),
    summary:
      'The war in Ukraine, discussed in the Gerasimov–Brown call: the 21 November missile strike on a Ukrainian military plant, Ukrainian strikes on Russian soil with Western long-range missiles, and North Korean troops alongside Russian forces.',
    quotes: [Q.callTopics, Q.missile, Q.putinReply, Q.northKorea],
  },
];

/** Context for the countries the article talks about; every other country gets no summary. */
export const SEED_COUNTRY_CONTEXT: Record<string, { summary: string; quotes: string[] }> = {
  RUS: {
    summary:
      'Russia’s chief of the general staff called his US counterpart; Moscow announced exercises in the eastern Mediterranean, fired an experimental hypersonic missile at Ukraine and threatened countries that arm Ukraine.',
    quotes: [Q.callInitiative, Q.exerciseAnnounced, Q.putinThreat],
  },
  USA: {
    summary:
      'The US chairman of the Joint Chiefs of Staff took the call; Washington worries about the escalation and about North Korean troops, ahead of Donald Trump’s return to the White House.',
    quotes: [Q.callTopics, Q.escalation, Q.trumpReturn, Q.trump24h],
  },
  UKR: {
    summary:
      'Ukraine is the main subject of the call: a Russian experimental missile hit a Ukrainian military plant, and Ukraine strikes Russian soil with Western long-range missiles.',
    quotes: [Q.missile, Q.putinReply],
  },
  SYR: {
    summary: 'Bashar al-Assad’s Syria, Russia’s ally, is losing ground to a rebel coalition led by radical Islamists.',
    quotes: [Q.syria, Q.syriaContext],
  },
  PRK: {
    summary: 'North Korea reportedly deployed thousands of soldiers alongside Russian forces against Ukraine.',
    quotes: [Q.northKorea],
  },
  KOR: {
    summary: 'South Korea, a US ally, would be alarmed by the North Korean deployment if it is confirmed.',
    quotes: [Q.southKorea],
  },
};
