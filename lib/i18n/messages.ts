// Interface text in English and French. Data (titles, summaries) stays as written; quotes stay in the
// language of their source.
import type { DatePrecision, ItemKind, ItemStatus, LocationPrecision } from '@/lib/items/kinds';
import { FOLLOWING_MESSAGES, type FollowingMessages } from './following-messages';
import type { Locale } from './locales';

export interface Messages {
  dateLocale: string;
  kinds: Record<ItemKind, { label: string; description: string }>;
  statuses: Record<ItemStatus, { label: string; description: string }>;
  locationPrecisions: Record<LocationPrecision, string>;
  datePrecisions: Record<DatePrecision, string>;
  dates: { weekOf: string; unknown: (announced: string) => string; madePublic: (date: string) => string };
  header: { switchTo: string; switchLabel: string; article: string };
  legend: { title: string; count: (n: number) => string; keySolid: string; keyDashed: string; keyHalo: string };
  filters: {
    title: string;
    search: string;
    searchPlaceholder: string;
    status: string;
    actor: string;
    country: string;
    any: string;
    clear: string;
    asOf: string;
    asOfHint: string;
    asOfBanner: (instant: string) => string;
    asOfNotOnMap: string;
    backToNow: string;
  };
  timeline: {
    label: string;
    from: string;
    to: string;
    play: string;
    pause: string;
    stepDay: string;
    stepWeek: string;
    step: string;
    reset: string;
    current: (date: string) => string;
    histogram: (from: string, to: string) => string;
  };
  list: {
    title: (n: number) => string;
    table: string;
    list: string;
    empty: string;
    emptyAsOf: string;
    allHidden: string;
    noneMatch: string;
    theatres: string;
    allItems: string;
    /** Above the tiles threshold: the list is a page of the items in view. */
    inView: (shown: number, total: number) => string;
    pageNote: (shown: number) => string;
    noneInView: string;
  };
  exports: { label: string; shown: (n: number) => string };
  table: { title: string; kind: string; status: string; when: string; where: string; actors: string; countries: string };
  detail: {
    when: string;
    status: string;
    where: string;
    actors: string;
    countries: string;
    fromArticle: string;
    readInArticle: string;
    itemsHere: (n: number) => string;
    /** Shown when a region holds more items than its context lists. */
    firstItemsOf: (shown: number, total: number) => string;
    noItemsHere: string;
    silent: (name: string) => string;
    theatre: string;
    country: string;
    selected: (title: string) => string;
  };
  states: {
    loading: string;
    loadingRegion: string;
    itemsFailed: (message: string) => string;
    retry: string;
    missingItem: (id: number) => string;
    mapFailed: string;
    map: string;
    details: string;
  };
  article: { back: string; reported: (date: string) => string; original: string; language: string };
  following: FollowingMessages;
}

const en: Messages = {
  following: FOLLOWING_MESSAGES.en,
  dateLocale: 'en-GB',
  kinds: {
    exercise_area: { label: 'Exercise area', description: 'Military exercise zone' },
    strike: { label: 'Strike', description: 'Missile or air strike site' },
    front_line: { label: 'Front line / ground held', description: 'Front line or area of control' },
    troop_deployment: { label: 'Troop deployment', description: 'Movement of forces, origin to destination' },
    diplomatic_contact: { label: 'Diplomatic contact', description: 'Call or meeting between capitals' },
    political_event: { label: 'Political event', description: 'Election, inauguration, statement' },
  },
  statuses: {
    claimed: { label: 'claimed', description: 'Claimed by a party' },
    reported: { label: 'reported', description: 'Reported by media' },
    assessed: { label: 'assessed', description: 'Assessed by analysts' },
    confirmed: { label: 'confirmed', description: 'Confirmed' },
  },
  locationPrecisions: { exact: 'Exact location', approximate: 'Approximate location', region: 'Region only' },
  datePrecisions: { day: 'to the day', week: 'to the week', month: 'to the month', unknown: 'dates unknown' },
  dates: {
    weekOf: 'week of',
    unknown: (announced) => `Exact dates unknown (announced ${announced})`,
    madePublic: (date) => `made public ${date}`,
  },
  header: { switchTo: 'Français', switchLabel: 'Afficher en français', article: 'Source article' },
  legend: {
    title: 'Legend',
    count: (n) => `${n} items`,
    keySolid: 'confirmed or assessed',
    keyDashed: 'claimed or reported',
    keyHalo: 'approximate place',
  },
  filters: {
    title: 'Filters',
    search: 'Search',
    searchPlaceholder: 'Titles, summaries, quotes…',
    status: 'Status',
    actor: 'Actor',
    country: 'Country',
    any: 'Any',
    clear: 'Clear filters',
    asOf: 'As known on',
    asOfHint: 'The map as it was known then, rebuilt from the edit history (UTC)',
    asOfBanner: (instant) => `The map as it was known on ${instant}.`,
    asOfNotOnMap: 'At this scale the map cannot be rebuilt from history: it draws the items as they are now; the list shows them as known then.',
    backToNow: 'Back to now',
  },
  timeline: {
    label: 'Timeline',
    from: 'From',
    to: 'To',
    play: 'Play',
    pause: 'Pause',
    stepDay: 'day',
    stepWeek: 'week',
    step: 'Step',
    reset: 'All dates',
    current: (date) => `Showing up to ${date}`,
    histogram: (from, to) => `Items per day from ${from} to ${to}`,
  },
  list: {
    title: (n) => `Items by date (${n})`,
    table: 'Table',
    list: 'List',
    empty: 'No item has been recorded yet.',
    emptyAsOf: 'Nothing had been recorded yet at that moment.',
    allHidden: 'Every kind is hidden: turn one on in the legend.',
    noneMatch: 'No item matches these filters.',
    theatres: 'Theatres',
    allItems: '← All items',
    inView: (shown, total) => (shown < total ? `Items in view: first ${shown} of ${total.toLocaleString('en')}` : `Items in view (${total})`),
    pageNote: (shown) =>
      `Too many items to load them all: the list, the legend’s counts, the timeline and the filter menus show the first ${shown} in view by date; the map draws every item matching the filters.`,
    noneInView: 'No item in view matches these filters. Move or zoom out the map.',
  },
  exports: { label: 'Export the items shown', shown: (n) => `Export the ${n} item${n === 1 ? '' : 's'} shown:` },
  table: { title: 'Title', kind: 'Kind', status: 'Status', when: 'When', where: 'Location', actors: 'Actors', countries: 'Countries' },
  detail: {
    when: 'When',
    status: 'Status',
    where: 'Where',
    actors: 'Actors',
    countries: 'Countries',
    fromArticle: 'From the article',
    readInArticle: 'Read in the article',
    itemsHere: (n) => `Items here (${n})`,
    firstItemsOf: (shown, total) => `The first ${shown} of ${total} items by date; zoom in on the map to see the others.`,
    noItemsHere: 'No item lies in or touches this region.',
    silent: (name) => `The article says nothing about ${name} directly.`,
    theatre: 'Theatre',
    country: 'Country',
    selected: (title) => `Selected: ${title}`,
  },
  states: {
    loading: 'Loading the situation…',
    loadingRegion: 'Loading the region’s context…',
    itemsFailed: (message) => `The items could not be loaded: ${message}`,
    retry: 'Try again',
    missingItem: (id) => `Item ${id} does not exist (any more).`,
    mapFailed: 'The map could not be loaded.',
    map: 'Situation map',
    details: 'Details',
  },
  article: { back: '← Back to the map', reported: (date) => `reported ${date}`, original: 'original', language: 'language' },
};

const fr: Messages = {
  following: FOLLOWING_MESSAGES.fr,
  dateLocale: 'fr-FR',
  kinds: {
    exercise_area: { label: 'Zone d’exercice', description: 'Zone d’exercices militaires' },
    strike: { label: 'Frappe', description: 'Site d’une frappe de missile ou aérienne' },
    front_line: { label: 'Ligne de front / terrain tenu', description: 'Ligne de front ou zone contrôlée' },
    troop_deployment: { label: 'Déploiement de troupes', description: 'Mouvement de forces, de l’origine à la destination' },
    diplomatic_contact: { label: 'Contact diplomatique', description: 'Appel ou rencontre entre capitales' },
    political_event: { label: 'Événement politique', description: 'Élection, investiture, déclaration' },
  },
  statuses: {
    claimed: { label: 'revendiqué', description: 'Affirmé par une partie' },
    reported: { label: 'rapporté', description: 'Rapporté par les médias' },
    assessed: { label: 'évalué', description: 'Évalué par des analystes' },
    confirmed: { label: 'confirmé', description: 'Confirmé' },
  },
  locationPrecisions: { exact: 'Lieu exact', approximate: 'Lieu approximatif', region: 'Région seulement' },
  datePrecisions: { day: 'au jour près', week: 'à la semaine près', month: 'au mois près', unknown: 'dates inconnues' },
  dates: {
    weekOf: 'semaine du',
    unknown: (announced) => `Dates exactes inconnues (annoncé le ${announced})`,
    madePublic: (date) => `rendu public le ${date}`,
  },
  header: { switchTo: 'English', switchLabel: 'Show in English', article: 'Article source' },
  legend: {
    title: 'Légende',
    count: (n) => `${n} éléments`,
    keySolid: 'confirmé ou évalué',
    keyDashed: 'revendiqué ou rapporté',
    keyHalo: 'lieu approximatif',
  },
  filters: {
    title: 'Filtres',
    search: 'Rechercher',
    searchPlaceholder: 'Titres, résumés, citations…',
    status: 'Statut',
    actor: 'Acteur',
    country: 'Pays',
    any: 'Tous',
    clear: 'Effacer les filtres',
    asOf: 'Tel que connu le',
    asOfHint: 'La carte telle qu’elle était connue à ce moment, d’après l’historique (UTC)',
    asOfBanner: (instant) => `La carte telle qu’elle était connue le ${instant}.`,
    asOfNotOnMap: 'À cette échelle, la carte ne peut pas être reconstruite à partir de l’historique : elle dessine les éléments tels qu’ils sont aujourd’hui ; la liste les montre tels qu’ils étaient connus.',
    backToNow: 'Revenir à maintenant',
  },
  timeline: {
    label: 'Chronologie',
    from: 'Du',
    to: 'Au',
    play: 'Lecture',
    pause: 'Pause',
    stepDay: 'jour',
    stepWeek: 'semaine',
    step: 'Pas',
    reset: 'Toutes les dates',
    current: (date) => `Affiché jusqu’au ${date}`,
    histogram: (from, to) => `Éléments par jour du ${from} au ${to}`,
  },
  list: {
    title: (n) => `Éléments par date (${n})`,
    table: 'Tableau',
    list: 'Liste',
    empty: 'Aucun élément enregistré pour l’instant.',
    emptyAsOf: 'Rien n’avait encore été enregistré à ce moment-là.',
    allHidden: 'Tous les types sont masqués : activez-en un dans la légende.',
    noneMatch: 'Aucun élément ne correspond à ces filtres.',
    theatres: 'Théâtres',
    allItems: '← Tous les éléments',
    inView: (shown, total) =>
      shown < total ? `Éléments visibles : les ${shown} premiers sur ${total.toLocaleString('fr')}` : `Éléments visibles (${total})`,
    pageNote: (shown) =>
      `Trop d’éléments pour tout charger : la liste, les nombres de la légende, la frise et les menus de filtres portent sur les ${shown} premiers éléments visibles par date ; la carte dessine tous les éléments qui correspondent aux filtres.`,
    noneInView: 'Aucun élément visible ne correspond à ces filtres. Déplacez ou dézoomez la carte.',
  },
  exports: { label: 'Exporter les éléments affichés', shown: (n) => `Exporter ${n === 1 ? 'l’élément affiché' : `les ${n} éléments affichés`} :` },
  table: { title: 'Titre', kind: 'Type', status: 'Statut', when: 'Date', where: 'Lieu', actors: 'Acteurs', countries: 'Pays' },
  detail: {
    when: 'Quand',
    status: 'Statut',
    where: 'Où',
    actors: 'Acteurs',
    countries: 'Pays',
    fromArticle: 'Dans l’article',
    readInArticle: 'Lire dans l’article',
    itemsHere: (n) => `Éléments ici (${n})`,
    firstItemsOf: (shown, total) => `Les ${shown} premiers éléments sur ${total}, par date ; zoomez sur la carte pour voir les autres.`,
    noItemsHere: 'Aucun élément dans cette région ni à son contact.',
    silent: (name) => `L’article ne dit rien directement de ${name}.`,
    theatre: 'Théâtre',
    country: 'Pays',
    selected: (title) => `Sélection : ${title}`,
  },
  states: {
    loading: 'Chargement de la situation…',
    loadingRegion: 'Chargement du contexte de la région…',
    itemsFailed: (message) => `Les éléments n’ont pas pu être chargés : ${message}`,
    retry: 'Réessayer',
    missingItem: (id) => `L’élément ${id} n’existe pas (ou plus).`,
    mapFailed: 'La carte n’a pas pu être chargée.',
    map: 'Carte de situation',
    details: 'Détails',
  },
  article: { back: '← Retour à la carte', reported: (date) => `rapporté le ${date}`, original: 'original', language: 'langue' },
};

export const MESSAGES: Record<Locale, Messages> = { en, fr };
