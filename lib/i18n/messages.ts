// Interface text in English and French. Data (titles, summaries) stays as written; quotes stay in the
// language of their source.
import type { GeometryNotice } from '@/lib/geo/normalise';
import type { DatePrecision, ItemKind, ItemStatus, LocationPrecision } from '@/lib/items/kinds';
import { FOLLOWING_MESSAGES, type FollowingMessages } from './following-messages';
import { SOURCES_MESSAGES, type SourcesMessages } from './sources-messages';
import type { Locale } from './locales';

/** Why a geometry is refused: every message the shared geometry schema can give. */
export interface GeometryErrors {
  missing: string;
  type: string;
  noCoordinates: string;
  coordinates: string;
  position: string;
  lngNumber: string;
  lngRange: string;
  latNumber: string;
  latRange: string;
  multiPointEmpty: string;
  lineTooShort: string;
  linesEmpty: string;
  ringTooShort: string;
  ringNotClosed: string;
  polygonNoRing: string;
  polygonsEmpty: string;
  tooManyVertices: (max: number) => string;
  selfCrossing: string;
}

/** Why the editor cannot read pasted GeoJSON or typed coordinates. */
export interface GeometryInputErrors {
  notJson: string;
  notGeoJson: string;
  featureCount: (count: number) => string;
  typedLine: (line: number) => string;
  noPosition: string;
  onePoint: string;
}

export interface Messages {
  dateLocale: string;
  kinds: Record<ItemKind, { label: string; description: string }>;
  statuses: Record<ItemStatus, { label: string; description: string }>;
  locationPrecisions: Record<LocationPrecision, string>;
  datePrecisions: Record<DatePrecision, string>;
  dates: { weekOf: string; unknown: (announced: string) => string; madePublic: (date: string) => string };
  /** The document's title and description, in the HTML the server sends. */
  page: { title: string; description: string };
  header: { switchTo: string; switchLabel: string };
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
    /** Above the tiles threshold: the list is a page of the items in view (`estimated`: the total is an estimate). */
    inView: (shown: number, total: number, estimated: boolean) => string;
    pageNote: (shown: number) => string;
    noneInView: string;
  };
  exports: { label: string; shown: (n: number) => string };
  table: { title: string; kind: string; status: string; support: string; when: string; where: string; actors: string; countries: string };
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
  /** The admin's "Draft items from this article". */
  draft: {
    title: string;
    intro: string;
    start: string;
    again: string;
    drafting: string;
    failed: (message: string) => string;
    empty: string;
    text: string;
    textHint: string;
    place: (name: string) => string;
    date: (date: string) => string;
    readAs: string;
    day: string;
    precision: string;
    apply: string;
    remove: string;
    close: string;
    noAlternative: string;
    proposals: (n: number) => string;
    select: (title: string) => string;
    review: string;
    reject: string;
    bringBack: string;
    rejected: string;
    acceptSelected: (n: number) => string;
    accepting: string;
    created: (id: number) => string;
    notCreated: (message: string) => string;
    matches: (id: number) => string;
    addExcerpt: (id: number) => string;
    excerptAdded: (id: number) => string;
    noShape: string;
    noDate: string;
    from: string;
    cancel: string;
    editing: (title: string) => string;
  };
  /** The geometry input of the item editor: what it changed on its own, and why it refuses a shape. */
  geometry: { notices: Record<GeometryNotice, string>; errors: GeometryErrors; input: GeometryInputErrors };
  following: FollowingMessages;
  sources: SourcesMessages;
}

const en: Messages = {
  following: FOLLOWING_MESSAGES.en,
  sources: SOURCES_MESSAGES.en,
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
  page: {
    title: 'Sitmap — situation map',
    description: 'An open geopolitical situation map built from news articles, every item quoted from its source.',
  },
  header: { switchTo: 'Français', switchLabel: 'Afficher en français' },
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
    inView: (shown, total, estimated) =>
      shown < total ? `Items in view: first ${shown} of ${estimated ? 'about ' : ''}${total.toLocaleString('en')}` : `Items in view (${total})`,
    pageNote: (shown) =>
      `Too many items to load them all: the list, the legend’s counts, the timeline and the filter menus show the first ${shown} in view by date; the map draws every item matching the filters.`,
    noneInView: 'No item in view matches these filters. Move or zoom out the map.',
  },
  exports: { label: 'Export the items shown', shown: (n) => `Export the ${n} item${n === 1 ? '' : 's'} shown:` },
  table: { title: 'Title', kind: 'Kind', status: 'Status', support: 'Support', when: 'When', where: 'Location', actors: 'Actors', countries: 'Countries' },
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
  draft: {
    title: 'Draft items from this article',
    intro: 'The drafter reads the article and proposes the items it reports. Nothing is saved until you accept a proposal.',
    start: 'Draft items from this article',
    again: 'Draft again',
    drafting: 'Reading the article…',
    failed: (message) => `The article could not be drafted: ${message}`,
    empty: 'The drafter found no event in this article. You can still create items by hand.',
    text: 'The article, with the places and dates found',
    textHint: 'Places are underlined in blue, dates in green. Choose one to change or remove it.',
    place: (name) => `Place: ${name}`,
    date: (date) => `Date: ${date}`,
    readAs: 'Read it as',
    day: 'Day',
    precision: 'Precision',
    apply: 'Apply',
    remove: 'Remove',
    close: 'Close',
    noAlternative: 'No other reading.',
    proposals: (n) => `Proposed items (${n})`,
    select: (title) => `Select “${title}”`,
    review: 'Review and accept…',
    reject: 'Reject',
    bringBack: 'Bring back',
    rejected: 'Rejected',
    acceptSelected: (n) => `Accept the ${n} selected as they are`,
    accepting: 'Saving…',
    created: (id) => `Saved as item ${id}`,
    notCreated: (message) => `Not saved: ${message}`,
    matches: (id) => `Already on the map as item ${id}`,
    addExcerpt: (id) => `Add this excerpt to item ${id}`,
    excerptAdded: (id) => `Excerpt added to item ${id}`,
    noShape: 'No place: draw one in the form',
    noDate: 'No date: give one in the form',
    from: 'From the article',
    cancel: 'Back to the proposals',
    editing: (title) => `Reviewing “${title}”`,
  },
  geometry: {
    notices: {
      'crs-ignored': 'The “crs” member was ignored: coordinates are always read as WGS 84 longitude, latitude.',
      'altitude-dropped': 'Altitudes were dropped: the map keeps longitude and latitude only.',
      'split-at-antimeridian':
        'The shape crossed the 180° meridian, so it was split there into parts on either side, drawn where they are.',
      rewound: 'Polygon rings were turned round: outer rings now run counterclockwise and holes clockwise, as GeoJSON wants.',
    },
    errors: {
      missing: 'A shape (a GeoJSON geometry) is required',
      type: 'Geometry type must be Point, MultiPoint, LineString, MultiLineString, Polygon or MultiPolygon',
      noCoordinates: 'The geometry has no coordinates',
      coordinates: 'The coordinates are not nested as this geometry type needs',
      position: 'A position is two numbers: longitude, then latitude (an altitude after them is dropped)',
      lngNumber: 'Longitude must be a number',
      lngRange: 'Longitude must be between -180 and 180',
      latNumber: 'Latitude must be a number',
      latRange: 'Latitude must be between -90 and 90',
      multiPointEmpty: 'A MultiPoint needs at least one position',
      lineTooShort: 'A line needs at least two positions',
      linesEmpty: 'A MultiLineString needs at least one line',
      ringTooShort: 'A polygon ring needs at least four positions (three corners, then the first again)',
      ringNotClosed: 'A polygon ring must end where it starts (closed ring)',
      polygonNoRing: 'A polygon needs an outer ring',
      polygonsEmpty: 'A MultiPolygon needs at least one polygon',
      tooManyVertices: (max) => `A geometry may have at most ${max} vertices`,
      selfCrossing: 'A polygon must not cross itself',
    },
    input: {
      notJson: 'This is not valid JSON',
      notGeoJson: 'Paste a GeoJSON geometry, Feature or FeatureCollection',
      featureCount: (count) => `A FeatureCollection must hold exactly one feature (this one has ${count})`,
      typedLine: (line) => `Line ${line}: write two numbers, longitude then latitude, e.g. 35.05, 48.46`,
      noPosition: 'Type at least one position',
      onePoint: 'A point has exactly one position',
    },
  },
};

const fr: Messages = {
  following: FOLLOWING_MESSAGES.fr,
  sources: SOURCES_MESSAGES.fr,
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
  page: {
    title: 'Sitmap — carte de situation',
    description: 'Une carte ouverte de la situation géopolitique tirée d’articles de presse, chaque élément cité de sa source.',
  },
  header: { switchTo: 'English', switchLabel: 'Show in English' },
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
    inView: (shown, total, estimated) =>
      shown < total
        ? `Éléments visibles : les ${shown} premiers sur ${estimated ? 'environ ' : ''}${total.toLocaleString('fr')}`
        : `Éléments visibles (${total})`,
    pageNote: (shown) =>
      `Trop d’éléments pour tout charger : la liste, les nombres de la légende, la frise et les menus de filtres portent sur les ${shown} premiers éléments visibles par date ; la carte dessine tous les éléments qui correspondent aux filtres.`,
    noneInView: 'Aucun élément visible ne correspond à ces filtres. Déplacez ou dézoomez la carte.',
  },
  exports: { label: 'Exporter les éléments affichés', shown: (n) => `Exporter ${n === 1 ? 'l’élément affiché' : `les ${n} éléments affichés`} :` },
  table: { title: 'Titre', kind: 'Type', status: 'Statut', support: 'Appui', when: 'Date', where: 'Lieu', actors: 'Acteurs', countries: 'Pays' },
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
  draft: {
    title: 'Proposer des éléments à partir de cet article',
    intro: 'Le brouillon lit l’article et propose les éléments qu’il rapporte. Rien n’est enregistré tant que vous n’acceptez pas une proposition.',
    start: 'Proposer des éléments à partir de cet article',
    again: 'Relancer',
    drafting: 'Lecture de l’article…',
    failed: (message) => `L’article n’a pas pu être lu : ${message}`,
    empty: 'Aucun événement trouvé dans cet article. Vous pouvez toujours créer des éléments à la main.',
    text: 'L’article, avec les lieux et les dates trouvés',
    textHint: 'Les lieux sont soulignés en bleu, les dates en vert. Choisissez-en un pour le modifier ou le retirer.',
    place: (name) => `Lieu : ${name}`,
    date: (date) => `Date : ${date}`,
    readAs: 'Le lire comme',
    day: 'Jour',
    precision: 'Précision',
    apply: 'Appliquer',
    remove: 'Retirer',
    close: 'Fermer',
    noAlternative: 'Aucune autre lecture.',
    proposals: (n) => `Éléments proposés (${n})`,
    select: (title) => `Sélectionner « ${title} »`,
    review: 'Vérifier et accepter…',
    reject: 'Rejeter',
    bringBack: 'Rétablir',
    rejected: 'Rejeté',
    acceptSelected: (n) => `Accepter tels quels les ${n} sélectionnés`,
    accepting: 'Enregistrement…',
    created: (id) => `Enregistré comme élément ${id}`,
    notCreated: (message) => `Non enregistré : ${message}`,
    matches: (id) => `Déjà sur la carte : élément ${id}`,
    addExcerpt: (id) => `Ajouter cet extrait à l’élément ${id}`,
    excerptAdded: (id) => `Extrait ajouté à l’élément ${id}`,
    noShape: 'Aucun lieu : dessinez-le dans le formulaire',
    noDate: 'Aucune date : indiquez-la dans le formulaire',
    from: 'Dans l’article',
    cancel: 'Retour aux propositions',
    editing: (title) => `Vérification de « ${title} »`,
  },
  geometry: {
    notices: {
      'crs-ignored': 'Le membre « crs » a été ignoré : les coordonnées sont toujours lues en longitude, latitude WGS 84.',
      'altitude-dropped': 'Les altitudes ont été retirées : la carte ne garde que la longitude et la latitude.',
      'split-at-antimeridian':
        'La forme traversait le méridien 180° : elle y a été coupée en parties de part et d’autre, dessinées là où elles sont.',
      rewound:
        'Les anneaux du polygone ont été retournés : les contours extérieurs tournent désormais dans le sens inverse des aiguilles d’une montre et les trous dans le sens des aiguilles, comme le veut GeoJSON.',
    },
    errors: {
      missing: 'Une forme (une géométrie GeoJSON) est requise',
      type: 'Le type de géométrie doit être Point, MultiPoint, LineString, MultiLineString, Polygon ou MultiPolygon',
      noCoordinates: 'La géométrie n’a pas de coordonnées',
      coordinates: 'Les coordonnées ne sont pas imbriquées comme ce type de géométrie l’exige',
      position: 'Une position est faite de deux nombres : la longitude, puis la latitude (une altitude qui les suit est retirée)',
      lngNumber: 'La longitude doit être un nombre',
      lngRange: 'La longitude doit être comprise entre -180 et 180',
      latNumber: 'La latitude doit être un nombre',
      latRange: 'La latitude doit être comprise entre -90 et 90',
      multiPointEmpty: 'Un MultiPoint doit avoir au moins une position',
      lineTooShort: 'Une ligne doit avoir au moins deux positions',
      linesEmpty: 'Un MultiLineString doit avoir au moins une ligne',
      ringTooShort: 'Un anneau de polygone doit avoir au moins quatre positions (trois sommets, puis le premier à nouveau)',
      ringNotClosed: 'Un anneau de polygone doit finir là où il commence (anneau fermé)',
      polygonNoRing: 'Un polygone doit avoir un contour extérieur',
      polygonsEmpty: 'Un MultiPolygon doit avoir au moins un polygone',
      tooManyVertices: (max) => `Une géométrie peut avoir au plus ${max} sommets`,
      selfCrossing: 'Un polygone ne doit pas se croiser lui-même',
    },
    input: {
      notJson: 'Ce n’est pas du JSON valide',
      notGeoJson: 'Collez une géométrie, une Feature ou une FeatureCollection GeoJSON',
      featureCount: (count) => `Une FeatureCollection doit contenir exactement une feature (celle-ci en a ${count})`,
      typedLine: (line) => `Ligne ${line} : écrivez deux nombres, la longitude puis la latitude, par ex. 35.05, 48.46`,
      noPosition: 'Saisissez au moins une position',
      onePoint: 'Un point a exactement une position',
    },
  },
};

export const MESSAGES: Record<Locale, Messages> = { en, fr };
