// Proposed items from an article's sentences (pure): each sentence that reports an event (lexicon.ts)
// becomes a proposal with its kind, status, geometry, date, actors and countries, citing the sentence
// verbatim. Sentences that go on about an event already proposed are folded into it.
import type { Geometry, Position } from 'geojson';
import type { DatePrecision, ItemKind, LocationPrecision } from '@/lib/items/kinds';
import { MESSAGES } from '@/lib/i18n/messages';
import { capitalPlaces } from '@/lib/places/gazetteer';
import { DAY_MS, dayMs, itemSpan, spanOverlaps } from '@/lib/dates';
import { geometryDistanceKm } from './distance';
import { EVENT_LEXICON } from './lexicon';
import type { DateMention, DraftLanguage, PlaceMention, Proposal } from './types';

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (line) the sentence is in. */
  paragraph: number;
}

/** An item already on the map, for "add this excerpt to item N". */
export interface ExistingItem {
  id: number;
  kind: ItemKind;
  geometry: Geometry;
  startDate: string;
  endDate: string | null;
  datePrecision: DatePrecision;
  announcedAt: string | null;
}

export interface ProposeOptions {
  lang: DraftLanguage;
  published: string;
  places: PlaceMention[];
  dates: DateMention[];
  existingItems?: ExistingItem[];
}

// --- Sentences --------------------------------------------------------------------------------

/**
 * Abbreviations that end with a full stop inside a sentence ("M. Poutine", "Gén. Brown", "Mr. Smith",
 * "U.S. forces", initials): Intl.Segmenter breaks after them, so the next segment is joined back.
 */
const ABBREVIATION_AT_END =
  /(?:^|[\s(«"“])(?:M|MM|Mme|Mmes|Mlle|Mgr|Me|Dr|Pr|Prof|St|Ste|Gén|Gal|Col|Cdt|Lt|Sgt|Adm|Cne|Mr|Mrs|Ms|Gen|Maj|Capt|Cmdr|Sen|Rep|Gov|Pres|Jr|Sr|Rev|No|Nos|vol|art|av|env|cf|vs|Jan|Feb|Aug|Sept|Oct|Nov|Dec|janv|févr|déc|\p{Lu})\.$/u;

/** Sentences by Intl.Segmenter, never across a line break, trimmed, with their offsets in `text`. */
export function splitSentences(text: string, lang: DraftLanguage): Sentence[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const sentences: Sentence[] = [];
  let lineStart = 0;
  text.split('\n').forEach((line, paragraph) => {
    let pending: { start: number; end: number } | null = null;
    for (const { segment, index } of segmenter.segment(line)) {
      const lead = segment.length - segment.trimStart().length;
      const trimmed = segment.trim();
      if (!trimmed) continue;
      const start = lineStart + index + lead;
      const end = start + trimmed.length;
      if (pending && ABBREVIATION_AT_END.test(text.slice(pending.start, pending.end))) pending.end = end;
      else {
        if (pending) sentences.push({ ...pending, text: text.slice(pending.start, pending.end), paragraph });
        pending = { start, end };
      }
    }
    if (pending) sentences.push({ ...pending, text: text.slice(pending.start, pending.end), paragraph });
    lineStart += line.length + 1;
  });
  return sentences;
}

// --- Event kind -------------------------------------------------------------------------------

interface CompiledCue {
  pattern: RegExp;
  weight: number;
}

const wholeWords = (fragment: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${fragment})(?![\\p{L}\\p{N}])`, 'giu');

const COMPILED_LEXICON = EVENT_LEXICON.map((entry) => ({
  kind: entry.kind,
  cues: Object.fromEntries(
    Object.entries(entry.cues).map(([lang, cues]) => [
      lang,
      cues.map((cue): CompiledCue => (cue.startsWith('~') ? { pattern: wholeWords(cue.slice(1)), weight: 1 } : { pattern: wholeWords(cue), weight: 2 })),
    ]),
  ) as Record<DraftLanguage, CompiledCue[]>,
}));

/** "cet entretien", "this call": a word that points back to an event already told does not report a new one. */
const POINTS_BACK = /(?:^|[^\p{L}])(?:ce|cet|cette|ces|this|that|these|those|the same)\s+(?:[\p{L}-]+\s+(?:de\s+|d'|of\s+)?)?$/iu;

/** "were not damaged", "n'ont pas été touchés", "aucun blessé": a cue that is denied reports nothing. */
const NEGATED_BEFORE = /(?:^|[^\p{L}])(?:not|never|no|nobody|n'|ne|pas|jamais|aucune?|personne|without|sans)\s+(?:[\p{L}'-]+\s+){0,2}$/iu;

const MIN_EVENT_SCORE = 2;

const straightApostrophes = (text: string) => text.replace(/[’‘ʼ]/g, "'");

interface EventCue {
  kind: ItemKind;
  /** Offset in the sentence of the kind's strongest cue: the event's place is looked for near it. */
  at: number;
}

/** The events a sentence reports, strongest first; ties go to the kind listed first in the lexicon. */
function eventCues(sentence: string, lang: DraftLanguage): EventCue[] {
  const text = straightApostrophes(sentence);
  const found: (EventCue & { score: number })[] = [];
  for (const entry of COMPILED_LEXICON) {
    let score = 0;
    let strongest: { at: number; weight: number } | null = null;
    for (const cue of entry.cues[lang]) {
      for (const match of text.matchAll(cue.pattern)) {
        const before = text.slice(Math.max(0, match.index - 30), match.index);
        if (POINTS_BACK.test(before) || NEGATED_BEFORE.test(before)) continue;
        score += cue.weight;
        if (!strongest || cue.weight > strongest.weight) strongest = { at: match.index, weight: cue.weight };
        break;
      }
    }
    if (score >= MIN_EVENT_SCORE) found.push({ kind: entry.kind, at: strongest!.at, score });
  }
  // A stable sort keeps the lexicon's order between equal scores.
  return found.sort((a, b) => b.score - a.score).map(({ kind, at }) => ({ kind, at }));
}

/** The kind of the main event a sentence reports, or null. */
export function eventKind(sentence: string, lang: DraftLanguage): ItemKind | null {
  return eventCues(sentence, lang)[0]?.kind ?? null;
}

// --- Status -----------------------------------------------------------------------------------

/** A reporting verb, not its noun ("cette annonce", "the claim"). */
const REPORTING_VERB =
  "(?<!(?:cette|une|l'|son|sa|leur|ces|les|des|the|this|an)\\s)(?:annonc\\p{L}*|affirm\\p{L}*|déclar\\p{L}*|indiqu\\p{L}*|précis\\p{L}*|assur\\p{L}*|revendiqu\\p{L}*|démen\\p{L}*|accus\\p{L}*|dit|dire|estim\\p{L}*|soutien\\p{L}*|said|says|say|announced|announces|claimed|claims|claim|stated|states|told|reported|asserted|insisted|denied)";

/** The words by which a party says so: then the fact is claimed, not reported. */
const CLAIM_CUES = new RegExp(
  `(?<![\\p{L}])(?:${REPORTING_VERB}(?![\\p{L}])|(?:selon|d'après|according to)\\s(?!(?:des |les |la |the |plusieurs |several )?(?:médias|presse|sources|journaux|observateurs|experts|analystes|media|reports|analysts|experts|witnesses|témoins)))`,
  'iu',
);

// --- Places in a sentence ---------------------------------------------------------------------

/** A place named as the one who speaks or acts ("selon Moscou", "Moscou a annoncé", "par l'armée russe"), not where it happens. */
const ACTOR_BEFORE = /(?:selon|d'après|according to|par|by)\s+(?:(?:l'|le |la |les |the |des |du )?[\p{L}-]+\s+){0,3}(?:l'|le |la |les |the )?$/iu;
/** "selon un institut basé à Washington", "according to a spokesman in Jammu": where the source is, not the event. */
const SOURCE_BEFORE = /(?:^|[^\p{L}])(?:selon|d'après|according to)\s[^,.;:()«»"]{0,60}$/iu;
const ACTOR_AFTER = new RegExp(`^\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:a |ont |avait |avaient |has |have |had )?${REPORTING_VERB}(?![\\p{L}])`, 'iu');
/** Where it happens: "à Kharkiv", "en Méditerranée", "near Bakhmut". */
const LOCATIVE_BEFORE =
  /(?:^|[^\p{L}])(?:à|au|aux|en|dans|sur|près d[e']|vers|autour d[e']|au large d[e']|contre|in|at|on|near|over|off|into|towards?|outside|across|against|inside)\s+(?:(?:l'|le |la |les |the |une |un |a |an )?[\p{L}-]+\s+){0,3}(?:l'|le |la |les |the |d'|de |du |des |of )?$/iu;
/** An adjective says where only after "sur le sol", "en territoire", "dans une ville": "aux attaques ukrainiennes" is who, not where. */
const LOCATIVE_BEFORE_DEMONYM =
  /(?:^|[^\p{L}])(?:en|dans|sur|près d[e']|au large d[e']|in|on|at|near|inside|into|off)\s+(?:(?:l'|le |la |les |the |une |un |a |an )?[\p{L}-]+\s+){0,3}$/iu;

interface SentencePlace {
  index: number;
  mention: PlaceMention;
  actor: boolean;
  locative: boolean;
}

function placesIn(sentence: Sentence, text: string, places: PlaceMention[]): SentencePlace[] {
  const found: SentencePlace[] = [];
  places.forEach((mention, index) => {
    if (mention.start < sentence.start || mention.end > sentence.end) return;
    const before = straightApostrophes(text.slice(Math.max(sentence.start, mention.start - 60), mention.start));
    const after = straightApostrophes(text.slice(mention.end, Math.min(sentence.end, mention.end + 40)));
    const locative = (mention.via === 'demonym' ? LOCATIVE_BEFORE_DEMONYM : LOCATIVE_BEFORE).test(before);
    found.push({ index, mention, actor: ACTOR_BEFORE.test(before) || SOURCE_BEFORE.test(before) || ACTOR_AFTER.test(after), locative });
  });
  return found;
}

let capitalsByIso3: Map<string, Position> | undefined;

/** Where a mention is drawn: a country stands at its capital (news about a state is mostly about its government and cities), anything else at its own point. */
function pointOf(mention: PlaceMention): Position {
  capitalsByIso3 ??= new Map(capitalPlaces().map((capital) => [capital.iso3, capital.center]));
  const capital = mention.kind === 'country' && mention.iso3 ? capitalsByIso3.get(mention.iso3) : undefined;
  return capital ?? [mention.lon, mention.lat];
}

const placeKey = (place: PlaceMention) => place.iso3 && place.kind === 'country' ? `country:${place.iso3}` : `${place.kind}:${place.name}`;

const KIND_RANK: Record<PlaceMention['kind'], number> = {
  city: 3,
  landmark: 3,
  admin1: 2,
  island: 2,
  strait: 2,
  canal: 2,
  gulf: 2,
  sea: 2,
  archipelago: 1.5,
  peninsula: 1.5,
  region: 1.5,
  country: 1,
};

/**
 * The best place for a single-point event: said to be where it happens, then the most precise, then
 * the nearest to the words that tell the event ("In Aden, officials said forces repelled an attack near Marib").
 */
function mainPlace(candidates: SentencePlace[], cueAt: number): SentencePlace | undefined {
  const score = (place: SentencePlace) => (place.locative ? 3 : 0) + KIND_RANK[place.mention.kind] - (place.mention.via === 'demonym' && !place.locative ? 1.5 : 0);
  // Places said to be where it happens come first, the nearest to the event's words first; then the
  // others, the most precise first, then the first named (the subject).
  // A town a few words further than a province still wins: each rank of precision is worth 20 characters.
  const reach = (place: SentencePlace) => Math.abs(place.mention.start - cueAt) - 20 * KIND_RANK[place.mention.kind];
  const nearest = (a: SentencePlace, b: SentencePlace) => reach(a) - reach(b);
  return candidates
    .filter((place) => !place.actor)
    .sort((a, b) => Number(b.locative) - Number(a.locative) || (a.locative ? nearest(a, b) : 0) || score(b) - score(a) || a.mention.start - b.mention.start)[0];
}

const BETWEEN = /(?:entre|between)\s+$/iu;
const JOINED = /^\s*(?:et|and|-|–|—|\/)\s*(?:l'|le |la |les |the )?$/iu;
const FROM = /(?:^|[^\p{L}])(?:de|du|des|d'|depuis|from)\s+(?:l'|le |la |les |the )?$/iu;
const TO = /^\s*(?:(?:vers|à|jusqu'à|jusqu'en|en|au|aux|dans|to|towards?|into|toward)\s+(?:l'|le |la |les |the )?)$/iu;
const TO_BEFORE = /(?:^|[^\p{L}])(?:vers|à|jusqu'à|en|au|aux|dans|to|towards?|into)\s+(?:l'|le |la |les |the )?$/iu;
const FROM_GAP = /^\s*(?:,\s*)?(?:depuis|from)\s+(?:(?:l'|le |la |les |the |a |une )?[\p{L}-]+\s+){0,3}(?:l'|le |la |les |the |de |d'|of )?$/iu;
/** "parti de Sanya", "from Severomorsk", "leaving Tartus": where a force sets out from. */
const ORIGIN_BEFORE = /(?:^|[^\p{L}])(?:parti\p{L}* d[eu']|partie? d[eu']|from|leaving|left|quitté|quittant|en provenance d[eu']|depuis)\s*(?:(?:l'|le |la |les |the |port d[e'] |base d[e'] |port of |base of |(?:naval |air )?base at )?)$/iu;
/** "vers X", "to X", "a franchi le détroit de X", "arrived in X": where a force goes. */
const DESTINATION_BEFORE =
  /(?:^|[^\p{L}])(?:vers|jusqu'à|to|towards?|into|through|à destination d[e']|rejoindre|rejoint|franchi\p{L}*|crossed|entered|entré\p{L}* (?:dans|en)|arriv\p{L}* (?:à|en|au|aux|dans|in|at)|déploy\p{L}* (?:à|en|au|aux|dans|sur)|deployed (?:to|in|at|on))\s+(?:(?:l'|le |la |les |the |its |their |sa |son |ses )?(?:[\p{L}-]+\s+){0,3}(?:d[e'] |du |des |of |at )?)?$/iu;
const WITH = /(?:avec|with)\s+(?:(?:l'|le |la |les |the |son |sa |ses |his |her |their )?[\p{L}-]+\s+){0,2}(?:l'|le |la |les |the )?$/iu;
/** "soldats nord-coréens", "North Korean troops": the country the moving force comes from. */
const FORCE_AFTER = /(?:troupes|soldats|militaires|forces|unités|mercenaires|marins)\s+(?:[\p{L}-]+\s+){0,1}$/iu;
const FORCE_BEFORE = /^\s*(?:[\p{L}-]+\s+){0,1}(?:troops|soldiers|forces|units|mercenaries|sailors|warships|army)(?![\p{L}])/iu;

/** Two distinct places linked in the text by a pattern on the words between and before them. */
function linkedPair(text: string, places: SentencePlace[], linked: (before: string, between: string) => boolean): [SentencePlace, SentencePlace] | null {
  for (let i = 0; i < places.length; i++) {
    for (let j = i + 1; j < places.length; j++) {
      const [a, b] = [places[i], places[j]];
      if (placeKey(a.mention) === placeKey(b.mention)) continue;
      const before = straightApostrophes(text.slice(Math.max(0, a.mention.start - 40), a.mention.start));
      const between = straightApostrophes(text.slice(a.mention.end, b.mention.start));
      if (between.length <= 40 && linked(before, between)) return [a, b];
    }
  }
  return null;
}

function distinctByPlace(places: SentencePlace[]): SentencePlace[] {
  const seen = new Set<string>();
  return places.filter((place) => !seen.has(placeKey(place.mention)) && seen.add(placeKey(place.mention)));
}

/** The two ends of a contact: "entre X et Y", "X et Y", "X ... avec Y", else the first two distinct countries. */
function contactEnds(text: string, places: SentencePlace[]): [SentencePlace, SentencePlace] | null {
  const between = linkedPair(text, places, (before, gap) => BETWEEN.test(before) && JOINED.test(gap.replace(/^\s*(?:l'|le |la |les |the )/i, '')));
  if (between) return between;
  const joined = linkedPair(text, places, (_before, gap) => JOINED.test(gap));
  if (joined) return joined;
  const withPair = linkedPair(text, places, (_before, gap) => WITH.test(gap));
  if (withPair) return withPair;
  const countries = distinctByPlace(places.filter((place) => place.mention.kind === 'country'));
  return countries.length >= 2 ? [countries[0], countries[1]] : null;
}

/** Where a force moves from and to: "de X vers Y", "from X to Y", else its own country towards where it goes. */
function movementEnds(text: string, places: SentencePlace[]): [SentencePlace, SentencePlace] | null {
  const explicit = linkedPair(text, places, (before, gap) => FROM.test(before) && TO.test(gap));
  if (explicit) return explicit;
  // "en mer Baltique depuis la base de Šiauliai", "to Busan from Yokosuka": the destination comes first.
  const reversed = linkedPair(text, places, (before, gap) => TO_BEFORE.test(before) && FROM_GAP.test(gap));
  if (reversed) return [reversed[1], reversed[0]];
  const before = (place: SentencePlace) => straightApostrophes(text.slice(Math.max(0, place.mention.start - 40), place.mention.start));
  const origin =
    places.find((place) => ORIGIN_BEFORE.test(before(place))) ??
    places.find(
      (place) => place.mention.kind === 'country' && (FORCE_AFTER.test(before(place)) || FORCE_BEFORE.test(text.slice(place.mention.end, place.mention.end + 30))),
    );
  if (!origin) return null;
  const others = places.filter((place) => placeKey(place.mention) !== placeKey(origin.mention) && !place.actor);
  const destination = others.find((place) => DESTINATION_BEFORE.test(before(place))) ?? others.find((place) => place.locative) ?? others[0];
  return destination ? [origin, destination] : null;
}

/** Kinds of event that one sentence may report at several places at once. */
const SEVERAL_TARGETS: ItemKind[] = ['strike', 'front_line'];
/** "X et Y", "X, Y", "X as well as Y": a further target named after the first. */
const ALSO_BEFORE =
  /(?:^|[^\p{L}])(?:et|ainsi qu[e']|de même qu[e']|and|as well as|along with|,)\s+(?:(?:(?:l'|le |la |les |the |des |de |d'|du |a |an |une? )?[\p{L}-]+\s+){0,6}(?:d'|de |du |des |of |in |à |en |dans |near |près d[e'] )(?:l'|le |la |les |the )?|(?:l'|le |la |les |the )?)$/iu;
/** Places closer than this to the first target are parts of the same event. */
const SEPARATE_TARGET_KM = 100;

/** The other places a sentence says were hit too, each far from the first one. */
function furtherTargets(text: string, main: Located, places: SentencePlace[]): Located[] {
  const targets: Located[] = [];
  for (const place of places) {
    if (place.actor || place.mention.kind === 'country' || place.mention.via === 'demonym' || main.places.includes(place)) continue;
    const before = straightApostrophes(text.slice(Math.max(0, place.mention.start - 60), place.mention.start));
    if (!place.locative && !ALSO_BEFORE.test(before)) continue;
    const geometry: Geometry = { type: 'Point', coordinates: pointOf(place.mention) };
    if ([main, ...targets].some((other) => geometryDistanceKm(other.geometry, geometry) < SEPARATE_TARGET_KM)) continue;
    targets.push({ geometry, locationPrecision: locationPrecisionOf(place.mention), places: [place] });
  }
  return targets;
}

/** Where a force goes, when the sentence names no origin: "a franchi le détroit de Bachi", "sent to Gotland". */
function movementDestination(text: string, places: SentencePlace[]): SentencePlace | undefined {
  return places.find((place) => !place.actor && DESTINATION_BEFORE.test(straightApostrophes(text.slice(Math.max(0, place.mention.start - 40), place.mention.start))));
}

/**
 * A statement or a decision happens where it is said to, else where the one who speaks is ("Moscou a
 * menacé…"); a place named only as its object ("menacé les pays qui arment l'Ukraine") is neither, and
 * the event is left to its paragraph's last place.
 */
function politicalPlace(places: SentencePlace[], cueAt: number): SentencePlace | undefined {
  return (
    mainPlace(places.filter((place) => place.locative), cueAt) ??
    places.find((place) => place.actor) ??
    // "bloqué le pont de Mitrovica": a town or a region named by the sentence is where it happens; a country may be its object.
    mainPlace(places.filter((place) => place.mention.kind !== 'country'), cueAt)
  );
}

function locationPrecisionOf(mention: PlaceMention): LocationPrecision {
  if (mention.kind === 'city' || mention.kind === 'landmark') return 'exact';
  if (mention.kind === 'country' || mention.kind === 'sea' || mention.kind === 'region') return 'region';
  return 'approximate';
}

interface Located {
  geometry: Geometry;
  locationPrecision: LocationPrecision;
  places: SentencePlace[];
}

function locate({ kind, at }: EventCue, text: string, places: SentencePlace[]): Located | null {
  // A meeting is where it is held ("se sont rencontrés à Abou Dhabi"); a call is between the two sides.
  const venue = kind === 'diplomatic_contact' ? places.find((place) => place.locative && !place.actor && (place.mention.kind === 'city' || place.mention.kind === 'landmark')) : undefined;
  const ends = venue ? null : kind === 'diplomatic_contact' ? contactEnds(text, places) : kind === 'troop_deployment' ? movementEnds(text, places) : null;
  if (ends) {
    return { geometry: { type: 'LineString', coordinates: ends.map((end) => pointOf(end.mention)) }, locationPrecision: 'approximate', places: ends };
  }
  const destination = kind === 'troop_deployment' ? movementDestination(text, places) : undefined;
  const main = venue ?? destination ?? (kind === 'political_event' ? politicalPlace(places, at) : mainPlace(places, at));
  if (!main) return null;
  return { geometry: { type: 'Point', coordinates: pointOf(main.mention) }, locationPrecision: locationPrecisionOf(main.mention), places: [main] };
}

// --- Dates ------------------------------------------------------------------------------------

/** How a proposal got its date, strongest first (merging keeps the stronger). */
const DATE_SOURCES = ['sentence', 'announcement', 'paragraph', 'article', 'published'] as const;
type DateSource = (typeof DATE_SOURCES)[number];

interface Dated {
  /** Index of the date mention it comes from. */
  mention?: number;
  startDate: string;
  endDate?: string;
  datePrecision: DatePrecision;
  announcedAt?: string;
  source: DateSource;
}

const REPORTED_ON_BEFORE = new RegExp(`${REPORTING_VERB}\\s+(?:[\\p{L}-]+\\s+){0,3}$`, 'iu');
/** "depuis octobre 2023", "since 2022": when something began, not when this event happened. */
const BACKGROUND_BEFORE = /(?:depuis|since|dès|from)\s+(?:(?:le |la |l'|the |en |in )?)?$/iu;

/** How far from the event's words a "since …" may stand and still say when the event began. */
const BACKGROUND_REACH = 60;

/** How long before its announcement an event may be dated by the sentence after it. */
const LENT_DATE_DAYS = 14;

/** An event undated in its paragraph takes the last date named before it, if that date is this recent. */
const RECENT_DAYS = 31;

function dateRole(text: string, mention: DateMention): 'event' | 'announcement' | 'background' {
  const before = straightApostrophes(text.slice(Math.max(0, mention.start - 40), mention.start));
  if (BACKGROUND_BEFORE.test(before)) return 'background';
  // Only a date after the verb is the announcement's ("said on Tuesday"); "on Tuesday, officials said" dates the event.
  if (REPORTED_ON_BEFORE.test(before)) return 'announcement';
  return 'event';
}

const fromMention = (mention: DateMention, source: DateSource, dates: DateMention[]): Dated => ({
  mention: dates.indexOf(mention),
  startDate: mention.date,
  ...(mention.endDate && { endDate: mention.endDate }),
  datePrecision: mention.precision,
  source,
});

/**
 * The sentence's own event date; else the day it was announced (precision unknown: "announced on
 * Tuesday exercises held at an unknown date"); else the last date before it in its paragraph; else
 * the last recent event date before it in the article; else the publication day, precision unknown.
 */
/**
 * The date a sentence gives its event itself (or its announcement), if any. Of several, the one
 * nearest the words that tell the event ("toured the posts last week, and a brigade was moved to X
 * three days ago": the move is three days ago).
 */
function sentenceDate(sentence: Sentence, text: string, dates: DateMention[], published: string, cueAt = sentence.start): Dated | null {
  const inSentence = dates.filter((date) => date.start >= sentence.start && date.end <= sentence.end);
  const roles = inSentence.map((date) => dateRole(text, date));
  const distance = (date: DateMention) => Math.min(Math.abs(date.start - cueAt), Math.abs(date.end - cueAt));
  const nearest = (role: ReturnType<typeof dateRole>) =>
    inSentence.filter((_date, i) => roles[i] === role).sort((a, b) => distance(a) - distance(b))[0];
  // "under blockade since March": when the event began, unless the sentence dates the event itself; an
  // old "since" further off belongs to another clause ("…, and accused X of breaking a truce that has held since 2021").
  const background = nearest('background');
  const ownBackground = background && (distance(background) <= BACKGROUND_REACH || dayMs(published) - dayMs(background.date) <= RECENT_DAYS * DAY_MS);
  const event = nearest('event') ?? (ownBackground ? background : undefined);
  const announcement = inSentence.find((_date, i) => roles[i] === 'announcement');
  if (event) return { ...fromMention(event, 'sentence', dates), ...(announcement && { announcedAt: announcement.date }) };
  if (announcement) {
    return { mention: dates.indexOf(announcement), startDate: announcement.date, datePrecision: 'unknown', announcedAt: announcement.date, source: 'announcement' };
  }
  return null;
}

function dateFor(sentence: Sentence, cueAt: number, text: string, sentences: Sentence[], dates: DateMention[], published: string): Dated {
  const own = sentenceDate(sentence, text, dates, published, cueAt);
  if (own) return own;
  const paragraphStart = sentences.find((s) => s.paragraph === sentence.paragraph)!.start;
  const earlier = dates.filter((date) => date.end <= sentence.start);
  const inParagraph = earlier.filter((date) => date.start >= paragraphStart).at(-1);
  if (inParagraph) return fromMention(inParagraph, 'paragraph', dates);
  const publishedDay = dayMs(published);
  const recent = earlier
    .filter((date) => dateRole(text, date) === 'event' && dayMs(date.date) <= publishedDay && publishedDay - dayMs(date.date) <= RECENT_DAYS * DAY_MS)
    .at(-1);
  if (recent) return fromMention(recent, 'article', dates);
  return { startDate: published, datePrecision: 'unknown', source: 'published' };
}

// --- Actors -----------------------------------------------------------------------------------

const TITLED_PERSON =
  /(?<![\p{L}])(?:président|présidente|premier ministre|ministre(?: [\p{Ll}'’ -]{0,30}?)?|général|amiral|colonel|chef d['’]état-major|porte-parole|secrétaire d['’]État|chancelier|roi|prince|President|Prime Minister|Minister|Foreign Minister|Defence Minister|Defense Minister|General|Gen\.|Adm\.|Admiral|Colonel|Col\.|Chancellor|King|Secretary(?: of State)?|spokesman|spokeswoman|spokesperson)\s+((?:\p{Lu}[\p{L}’'-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{L}’'-]+|\p{Lu}\.|al-\p{Lu}[\p{L}-]+|de|von|van|bin)){0,3})/gu;
const ARMED_FORCE = /(?<![\p{L}])(?:l['’]armée|les forces|la marine|l['’]aviation|la flotte|les troupes)\s+[\p{Ll}-]+|(?<![\p{L}])\p{Lu}[\p{L}-]+\s+(?:forces|army|navy|troops|military|air force)(?![\p{L}])/gu;

function actorsIn(sentenceText: string): string[] {
  const actors = new Set<string>();
  for (const match of sentenceText.matchAll(TITLED_PERSON)) actors.add(match[1].trim());
  for (const match of sentenceText.matchAll(ARMED_FORCE)) actors.add(match[0].trim());
  return [...actors].slice(0, 30);
}

// --- Matching items already on the map --------------------------------------------------------

/** Close enough to be the same event: same kind, within this distance, overlapping dates (± a few days). */
const MATCH_KM = 150;
const MATCH_SLACK_DAYS = 3;

function matchingItem(proposal: Proposal, existing: ExistingItem[]): number | undefined {
  const span = itemSpan({ ...proposal, startDate: proposal.startDate ?? '', endDate: null, announcedAt: proposal.announcedAt ?? null });
  const slack = MATCH_SLACK_DAYS * DAY_MS;
  return existing.find(
    (item) =>
      item.kind === proposal.kind &&
      spanOverlaps(itemSpan(item), span.from - slack, span.to + slack) &&
      geometryDistanceKm(item.geometry, proposal.geometry) <= MATCH_KM,
  )?.id;
}

// --- Proposals --------------------------------------------------------------------------------

const HEADING = /[.!?…»"”:;)]$/u;

interface Candidate {
  proposal: Proposal;
  dated: Dated;
  placeKeys: Set<string>;
  /** Index of the last sentence folded into it. */
  lastSentence: number;
}

/** Every event the article reports, in the order it tells them. */
export function proposeItems(text: string, { lang, published, places, dates, existingItems = [] }: ProposeOptions): Proposal[] {
  const sentences = splitSentences(text, lang);
  const candidates: Candidate[] = [];
  let lastLocated: { paragraph: number; sentence: number; located: Located } | null = null;

  sentences.forEach((sentence, sentenceIndex) => {
    // Headings (no closing punctuation) repeat what the paragraphs below them tell.
    if (!HEADING.test(sentence.text)) return;
    const inSentence = placesIn(sentence, text, places);
    const cues = eventCues(sentence.text, lang);
    const own = cues.map((cue) => locate({ kind: cue.kind, at: sentence.start + cue.at }, text, inSentence));
    // "from the Venezuelan bank", "Russian drones": a country named only by its adjective says little about
    // where, unless the adjective is the place ("sur le sol russe").
    const vague = own[0]?.places.every((place) => place.mention.via === 'demonym' && !place.locative);
    // "Le câble a cessé de fonctionner dans la nuit de lundi à mardi", "The group said its fighters had
    // overrun the base on Saturday": a sentence with no place of its own that follows an event of its
    // kind, or no event at all, goes on about that event and often says when it happened.
    const last = candidates.at(-1);
    if ((!own[0] || vague) && last && last.lastSentence === sentenceIndex - 1 && (cues.length === 0 || cues[0].kind === last.proposal.kind)) {
      // A further excerpt of the same event; a sentence that reports nothing is one only when it dates it.
      if (lendDate(last, sentence) || cues.length > 0) {
        last.proposal.otherExcerpts = [...(last.proposal.otherExcerpts ?? []), { start: sentence.start, end: sentence.end, text: sentence.text }];
        last.lastSentence = sentenceIndex;
      }
      return;
    }
    if (own[0]) lastLocated = { paragraph: sentence.paragraph, sentence: sentenceIndex, located: own[0] };
    if (cues.length === 0) return;
    // "dans cette zone", "there": an event with no place of its own is where the last event was, in its
    // paragraph or just before it.
    const near = lastLocated && (lastLocated.paragraph === sentence.paragraph || lastLocated.sentence === sentenceIndex - 1);
    const main = own[0] ?? (near ? lastLocated!.located : null);
    if (main) propose(cues[0], main, sentence, sentenceIndex, inSentence);
    // "frappé le port de Hodeida ainsi que des sites dans la province de Saada": one strike at each target far apart.
    if (main && SEVERAL_TARGETS.includes(cues[0].kind)) {
      for (const target of furtherTargets(text, main, inSentence)) propose(cues[0], target, sentence, sentenceIndex, inSentence);
    }
    // A second kind of event told in the same sentence, somewhere else ("jets moved to Evenes after an exercise off Kola").
    const second = own[1];
    if (main && second && !second.places.some((place) => main.places.some((other) => placeKey(other.mention) === placeKey(place.mention)))) {
      propose(cues[1], second, sentence, sentenceIndex, inSentence);
    }
  });

  /** Gives an event known only by its announcement the date the next sentence gives it; says whether it did. */
  function lendDate(last: Candidate, sentence: Sentence): boolean {
    const dated = last.dated.source !== 'sentence' ? sentenceDate(sentence, text, dates, published) : null;
    // Only a date shortly before the announcement: "une opération similaire… en janvier 2025" is another event.
    const announced = dayMs(last.dated.announcedAt ?? published);
    if (dated?.source !== 'sentence' || dayMs(dated.startDate) > announced || announced - dayMs(dated.startDate) > LENT_DATE_DAYS * DAY_MS) return false;
    last.dated = { ...dated, announcedAt: dated.announcedAt ?? last.dated.announcedAt };
    Object.assign(last.proposal, datedFields(last.dated));
    return true;
  }

  function propose({ kind, at }: EventCue, located: Located, sentence: Sentence, sentenceIndex: number, inSentence: SentencePlace[]): void {
    const dated = dateFor(sentence, sentence.start + at, text, sentences, dates, published);
    const placeKeys = new Set(located.places.map((place) => placeKey(place.mention)));
    const excerpt = { start: sentence.start, end: sentence.end, text: sentence.text };
    const same = candidates.findLast(
      (candidate) =>
        candidate.proposal.kind === kind &&
        [...placeKeys].some((key) => candidate.placeKeys.has(key)) &&
        (dated.source !== 'sentence' || candidate.dated.source !== 'sentence' || candidate.dated.startDate === dated.startDate),
    );
    if (same) {
      same.proposal.otherExcerpts = [...(same.proposal.otherExcerpts ?? []), excerpt];
      same.lastSentence = sentenceIndex;
      if (DATE_SOURCES.indexOf(dated.source) < DATE_SOURCES.indexOf(same.dated.source)) {
        same.dated = dated;
        Object.assign(same.proposal, datedFields(dated));
      }
      return;
    }

    const allPlaces = inSentence.map((place) => place.mention);
    const proposal: Proposal = {
      kind,
      status: CLAIM_CUES.test(straightApostrophes(sentence.text)) ? 'claimed' : 'reported',
      title: `${MESSAGES.en.kinds[kind].label}: ${[...new Set(located.places.map((place) => place.mention.name))].join(' – ')}`,
      ...datedFields(dated),
      geometry: located.geometry,
      locationPrecision: located.locationPrecision,
      actors: actorsIn(sentence.text),
      countries: [...new Set(allPlaces.map((place) => place.iso3).filter((iso3): iso3 is string => !!iso3))],
      excerpt,
      places: located.places.map((place) => place.index),
    };
    candidates.push({ proposal, dated, placeKeys, lastSentence: sentenceIndex });
  }

  return markMatches(
    candidates.map(({ proposal }) => proposal),
    existingItems,
  );
}

/** Sets matchesItemId on each proposal that an item already on the map stands for. */
export function markMatches(proposals: Proposal[], existingItems: ExistingItem[]): Proposal[] {
  return proposals.map((proposal) => {
    const matchesItemId = matchingItem(proposal, existingItems);
    return matchesItemId === undefined ? proposal : { ...proposal, matchesItemId };
  });
}

function datedFields(dated: Dated): Pick<Proposal, 'startDate' | 'endDate' | 'datePrecision' | 'announcedAt' | 'date'> {
  return { startDate: dated.startDate, endDate: dated.endDate, datePrecision: dated.datePrecision, announcedAt: dated.announcedAt, date: dated.mention };
}
