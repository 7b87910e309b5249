// Places an article names, read against the drafter's gazetteer and resolved from the article's own
// context (see docs/places.md, "Recognition and resolution"). Server-side: it loads the gazetteer.
import { distance } from '@turf/turf';
import { FORM, RANK } from './gazetteer-format';
import { loadGazetteer, type Gazetteer, type GazetteerPlace } from './gazetteer';
import { foldWord, romanisationKey, WORD } from './names';
import type { DraftLanguage, PlaceCandidate, PlaceKind, PlaceMention } from './types';

interface Token {
  start: number;
  end: number;
  fold: string;
  capitalised: boolean;
  upperCase: boolean;
  /** First word of a sentence, a heading or a quotation: its capital says nothing. */
  sentenceStart: boolean;
  /** The text between the previous token and this one. */
  before: string;
}

/** A stretch of text that matches a name, with every place the name may stand for. */
interface Span {
  first: number;
  /** Index after the last token. */
  last: number;
  key: string;
  forms: { place: GazetteerPlace; flags: number }[];
  /** Set when words around the name say it is a subdivision ("région de", "Kursk region"). */
  subdivisionCue: boolean;
  /** Set when words around it say it is a town ("ville de", "city of"). */
  townCue: boolean;
}

/** Words that open a sentence or a name without being part of it ("In", "Selon", "Lundi"). */
const FUNCTION_WORDS = new Set(
  (
    'the a an in at on of off from to for by with and but or nor as after before during since while when if this that these those it its ' +
    'his her their our we they he she i you meanwhile however yet also near according under over across into between both all some many most ' +
    'there here then now still even only not no yes so such other another each every what which who whose where why how than though although ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'north south east west northern southern eastern western central greater upper lower northeast northwest southeast southwest ' +
    'le la les l un une des du de d à a au aux en dans sur sous pour par avec et mais ou où selon depuis vers près après avant pendant lors ce cette ces cet ' +
    'il elle ils elles on nous vous je son sa ses leur leurs notre nos votre vos lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai ' +
    'juin juillet août septembre octobre novembre décembre quant côté entre tandis alors si comme dont qui que qu outre malgré face nord sud est ouest ' +
    'tout tous toute toutes plus moins très déjà encore ainsi puis enfin aussi même cependant pourtant car donc or ni ne pas y là ici'
  ).split(' ').map(foldWord),
);

/** Words that say the next capitalised word is a person ("President", "le général", "M."). */
const TITLES = new Set(
  (
    'president gen general mr mrs ms dr minister secretary chancellor premier senator sen rep gov governor admiral adm col colonel lt lieutenant sgt ' +
    'captain capt commander cmdr chief spokesman spokeswoman spokesperson king queen prince princess sheikh ayatollah pope lord sir judge mayor ' +
    'ambassador envoy leader marshal field st saint ' +
    'm mme mmes mlle président présidente général générale ministre secrétaire chancelier chancelière sénateur sénatrice gouverneur amiral ' +
    'commandant chef roi reine cheikh pape maire ambassadeur ambassadrice envoyé envoyée dirigeant dirigeante capitaine député députée juge maréchal'
  ).split(' ').map(foldWord),
);

/** Words before a name that say it is where something happens ("in Nice", "à Marseille", "près de"). */
const LOCATIVE: Record<DraftLanguage, Set<string>> = {
  en: new Set('in at near from to into outside toward towards across around off via through over inside within reached hit struck targeted'.split(' ')),
  fr: new Set('à a au aux en vers depuis dans sur contre visé visée frappé frappée'.split(' ').map(foldWord)),
};
/** "north of", "port de", "près de": a place noun or direction, then "of"/"de". */
const PLACE_NOUNS = new Set(
  (
    'north south east west outskirts city cities town towns port ports village villages region province coast shores capital suburbs centre center area district ' +
    'nord sud est ouest ville villes port ports village villages région province côte côtes capitale banlieue environs centre périphérie large près proche autour abords localité cité'
  ).split(' ').map(foldWord),
);
const OF = new Set(['of', 'de', 'd', 'du', 'des']);

/** Words that make a name a first-level subdivision: before it in French, after it in English. */
const SUBDIVISION_WORDS = new Set(
  (
    'region regions oblast oblasts province provinces krai kray governorate state district prefecture county republic territory canton voivodeship ' +
    'région régions kraï gouvernorat état préfecture département comté république territoire voïvodie wilaya'
  ).split(' ').map(foldWord),
);
const TOWN_WORDS = new Set('city town village ville localité bourgade cité'.split(' ').map(foldWord));

const FEATURE_KINDS = new Set<PlaceKind>(['sea', 'gulf', 'strait', 'canal', 'island', 'archipelago', 'peninsula', 'region', 'landmark']);

/** Below this a town needs the article's help (its country named, a place nearby, "in …"). */
const SMALL_TOWN = 15_000;
/** How many readings of one name are weighed (the likeliest before context). */
const MOST_READINGS = 25;
/** Below this a town needs at least its country named or a place near it. */
const MID_TOWN = 100_000;

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    const before = text.slice(previousEnd, start);
    const first = word[0];
    tokens.push({
      start,
      end: start + word.length,
      fold: foldWord(word),
      capitalised: first !== first.toLowerCase(),
      upperCase: word.length > 1 ? word === word.toUpperCase() && word !== word.toLowerCase() : first !== first.toLowerCase(),
      sentenceStart: tokens.length === 0 || /[.!?:;\n«“"(—–•]/.test(before.replace(/\.(?=\S)/g, '')) || (/^\s*$/.test(before) && tokens.length === 0),
      before,
    });
    previousEnd = start + word.length;
  }
  // "U.S." then a capital: the dot is an abbreviation's, not a sentence's end.
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].sentenceStart && tokens[i].before.trim() === '.' && tokens[i - 1].upperCase && tokens[i - 1].end - tokens[i - 1].start === 1) {
      tokens[i].sentenceStart = false;
    }
  }
  return tokens;
}

/** May a name run on from one token to the next across this text? Spaces, hyphens, apostrophes, an abbreviation's dot. */
function joins(between: string): boolean {
  return /^(?:[ \u00a0]|['’ʼ‘\-‐‑]|\.(?=[ \u00a0]?$)|\. )+$/u.test(between) && between.length <= 3;
}

function languageAllows(flags: number, lang: DraftLanguage): boolean {
  if (flags & FORM.english) return lang === 'en';
  if (flags & FORM.french) return lang === 'fr';
  return true;
}

/** Does the text's case fit the form: a proper noun's capital, an acronym's capitals, a French adjective's lower case? */
function caseFits(tokens: Token[], first: number, last: number, flags: number): boolean {
  if (flags & FORM.capitals) {
    for (let i = first; i < last; i++) if (!tokens[i].upperCase) return false;
    return true;
  }
  // An acronym is not a town of that name ("NATO" is not Nato, "ONU" not Onu); a dateline's "KYIV" is longer.
  if (last - first === 1 && tokens[first].upperCase && tokens[first].end - tokens[first].start <= 4) return false;
  if (tokens[first].capitalised || flags & FORM.lowerCase) return true;
  // "îles Cook", "mer Noire": a generic word in lower case, then the name's capital.
  if (!GENERIC_WORDS.has(tokens[first].fold)) return false;
  for (let i = first + 1; i < last; i++) if (tokens[i].capitalised) return true;
  return false;
}

const GENERIC_WORDS = new Set(
  'mer golfe détroit détroits canal île îles archipel péninsule presqu baie lac bassin plateau bande zone corridor trouée passage pont place palais cap'
    .split(' ')
    .map(foldWord),
);

/** A village's name, or one that is also a common phrase: a weak reading of a stretch of text. */
function isWeak(span: Span, lang: DraftLanguage): boolean {
  return span.forms.every(({ place, flags }) => place.kind === 'city' && !(flags & FORM.curated) && (place.population < SMALL_TOWN || isCommonWord(flags, lang)));
}

/** The longest name that starts at token i, preferring one of weight to a weak one. */
function matchAt(i: number, tokens: Token[], lang: DraftLanguage, gazetteer: Gazetteer): Span | undefined {
  let weak: Span | undefined;
  let reach = 1;
  while (reach < gazetteer.longestName && i + reach < tokens.length && joins(tokens[i + reach].before)) reach++;
  for (let length = reach; length >= 1; length--) {
    const key = tokens.slice(i, i + length).map((token) => token.fold).join(' ');
    const forms = gazetteer.lookup(key) ?? (tokens[i].capitalised ? gazetteer.lookup(romanisationKey(key, lang)) : undefined);
    if (!forms) continue;
    const fitting = forms
      .filter((form) => languageAllows(form.flags, lang) && caseFits(tokens, i, i + length, form.flags))
      .map((form) => ({ place: gazetteer.place(form.place), flags: form.flags }))
      // The article's context adds at most about 15 points: a village of 1 000 cannot beat a capital of that name.
      .sort((a, b) => prior(b.place) - prior(a.place))
      .slice(0, MOST_READINGS);
    if (!fitting.length) continue;
    const span = { first: i, last: i + length, key, forms: fitting, subdivisionCue: false, townCue: false };
    if (!isWeak(span, lang)) return span;
    weak ??= span;
  }
  return weak;
}

function findSpans(tokens: Token[], lang: DraftLanguage, gazetteer: Gazetteer): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = matchAt(i, tokens, lang, gazetteer);
    // A weak name yields to a name of weight that starts inside it ("La Maison Blanche" is an Algerian
    // town's old name; "Maison Blanche" the White House).
    const yields = (span: Span) => {
      for (let j = span.first + 1; j < span.last; j++) {
        const inner = matchAt(j, tokens, lang, gazetteer);
        if (inner && !isWeak(inner, lang)) return true;
      }
      return false;
    };
    if (found && !(isWeak(found, lang) && yields(found))) {
      spans.push(found);
      i = found.last;
    } else i++;
  }
  return spans;
}

/** Words next to each other in one phrase: a space, a hyphen or an apostrophe between them. */
const adjacent = (between: string): boolean => /^[ \u00a0'’\-]{1,3}$/.test(between);

/** Takes in the words that say a name is a subdivision or a town: "région de Krasnodar", "Kursk region", "ville de Nice". */
function readCues(span: Span, tokens: Token[]): void {
  const hasSubdivision = span.forms.some((form) => form.place.kind === 'admin1');
  const previous = tokens[span.first - 1];
  const beforePrevious = tokens[span.first - 2];
  const next = tokens[span.last];
  if (previous && OF.has(previous.fold) && beforePrevious && adjacent(previous.before) && adjacent(span.first < tokens.length ? tokens[span.first].before : ' ')) {
    if (SUBDIVISION_WORDS.has(beforePrevious.fold) && hasSubdivision) {
      span.subdivisionCue = true;
      span.first -= 2;
    } else if (TOWN_WORDS.has(beforePrevious.fold)) span.townCue = true;
  } else if (previous && SUBDIVISION_WORDS.has(previous.fold) && hasSubdivision && adjacent(tokens[span.first].before)) {
    span.subdivisionCue = true;
    span.first -= 1;
  }
  if (next && adjacent(next.before) && hasSubdivision && SUBDIVISION_WORDS.has(next.fold)) {
    span.subdivisionCue = true;
    span.last += 1;
  } else if (next && adjacent(next.before) && TOWN_WORDS.has(next.fold) && next.capitalised) span.townCue = true;
}

/** Words before a name that make it a ship's ("the carrier George Washington", "la frégate Languedoc"). */
const VESSELS = new Set(
  'uss hms ins carrier frigate destroyer cruiser corvette submarine vessel ship tanker freighter porte avions frégate destroyer croiseur sous marin navire bâtiment pétrolier cargo vraquier'
    .split(' ')
    .map(foldWord),
);

/** Is the name a person's or a ship's: after a title, a first name or a ship's type ("Charles Brown", "le général Lincoln", "USS George")? */
function namesPerson(span: Span, tokens: Token[], covered: Set<number>): boolean {
  const previous = tokens[span.first - 1];
  if (!previous || !joins(tokens[span.first].before)) return false;
  if (TITLES.has(previous.fold) || VESSELS.has(previous.fold)) return true;
  if (!previous.capitalised || FUNCTION_WORDS.has(previous.fold) || tokens[span.first].sentenceStart) return false;
  // After a first name, or after a town name with no comma between ("George Washington").
  return !covered.has(span.first - 1) || townsOnly(spanEndingAt.get(span.first));
}

/** Is the name part of a person's or an organisation's name ("Charles Brown", "Washington Post", "George Washington")? */
function insideOtherName(span: Span, tokens: Token[], covered: Set<number>): boolean {
  if (namesPerson(span, tokens, covered)) return true;
  const next = tokens[span.last];
  if (next && /^[ \u00a0-]$/.test(next.before) && next.capitalised && !next.sentenceStart && !FUNCTION_WORDS.has(next.fold) && !SUBDIVISION_WORDS.has(next.fold) && !TOWN_WORDS.has(next.fold)) {
    // Two town names in a row without a comma are a person's ("George Washington"), not two places.
    return !covered.has(span.last) || townsOnly(spanAt.get(span.last));
  }
  return false;
}

const AND = new Set(['and', 'or', 'et', 'ou']);

/** Is the name listed with another place ("Beijing and Washington", "Kyiv, Odesa et Lviv")? */
function coordinatedWithPlace(span: Span, tokens: Token[]): boolean {
  const previous = tokens[span.first - 1];
  const linkedBefore = previous && (AND.has(previous.fold) ? spanEndingAt.has(span.first - 1) : /^\s*,\s*$/.test(tokens[span.first].before) && spanEndingAt.has(span.first));
  const next = tokens[span.last];
  const linkedAfter = next && (AND.has(next.fold) ? spanAt.has(span.last + 1) : /^\s*,\s*$/.test(next.before) && spanAt.has(span.last));
  return !!(linkedBefore || linkedAfter);
}

const townsOnly = (span: Span | undefined): boolean => !!span && span.forms.every((form) => form.place.kind === 'city');
/** The spans of the text being read, by their first token and by the token after their last. */
let spanAt = new Map<number, Span>();
let spanEndingAt = new Map<number, Span>();

function hasLocativeCue(span: Span, tokens: Token[], lang: DraftLanguage): boolean {
  const previous = tokens[span.first - 1];
  if (!previous) return false;
  if (LOCATIVE[lang].has(previous.fold)) return true;
  const beforePrevious = tokens[span.first - 2];
  return OF.has(previous.fold) && !!beforePrevious && PLACE_NOUNS.has(beforePrevious.fold);
}

/** How likely a place is named, before the article says anything: its kind, size and standing. */
function prior(place: GazetteerPlace): number {
  switch (place.kind) {
    case 'country':
      // A sovereign state before a territory of the same adjective ("américaines": the United States, not the Northern Marianas).
      return place.rank === RANK.capital ? 10.5 : 10;
    case 'admin1':
      return 6;
    case 'city': {
      const standing = place.rank === RANK.capital ? 2 : place.rank === RANK.admin1Seat ? 1 : place.rank === RANK.admin2Seat ? 0.3 : 0;
      return Math.log10(Math.max(place.population, 500)) + standing;
    }
    default:
      // A sea, strait, island or seat of power, named by our own table: before a subdivision named after it ("Red Sea" state).
      return 12;
  }
}

function kmBetween(a: GazetteerPlace, b: GazetteerPlace): number {
  return distance([a.lon, a.lat], [b.lon, b.lat], { units: 'kilometers' });
}

/** Points for being near the article's other places: towns near each other are read together. */
function proximity(place: GazetteerPlace, anchors: GazetteerPlace[]): number {
  let nearest = Infinity;
  for (const anchor of anchors) if (anchor.id !== place.id) nearest = Math.min(nearest, kmBetween(place, anchor));
  const slack = place.kind === 'country' ? 500 : FEATURE_KINDS.has(place.kind) && place.kind !== 'landmark' ? 150 : 0;
  const km = Math.max(0, nearest - slack);
  if (km < 150) return 3;
  if (km < 400) return 2;
  if (km < 1000) return 1;
  return 0;
}

/** Points for holding a town the article names, or lying in a subdivision it names (Atlanta is in Georgia, the state). */
function containment(place: GazetteerPlace, anchors: GazetteerPlace[]): number {
  if (!place.admin1) return 0;
  if (place.kind === 'admin1') return anchors.some((anchor) => anchor.kind === 'city' && anchor.admin1 === place.admin1) ? 4 : 0;
  if (place.kind === 'city') return anchors.some((anchor) => anchor.kind === 'admin1' && anchor.admin1 === place.admin1) ? 2 : 0;
  return 0;
}

interface Reading {
  place: GazetteerPlace;
  flags: number;
  score: number;
}

/** Every reading of a name in this article, best first. */
function score(span: Span, countries: Map<string, number>, anchors: GazetteerPlace[]): Reading[] {
  const readings = new Map<number, Reading>();
  for (const { place, flags } of span.forms) {
    let points = prior(place);
    if (place.kind !== 'country' && place.iso3 && countries.has(place.iso3)) points += 3;
    points += proximity(place, anchors) + containment(place, anchors);
    if (span.subdivisionCue) points += place.kind === 'admin1' ? 6 : -2;
    if (span.townCue && place.kind === 'city') points += 2;
    // A spelling our tables give is the town news means by it ("Geneva" is not Geneva, Illinois).
    if (flags & FORM.preferred) points += 3;
    const known = readings.get(place.id);
    // Of two forms of one place (a name and a common word), the one the text can least doubt.
    if (!known || points > known.score || (points === known.score && flags < known.flags)) readings.set(place.id, { place, flags, score: points });
  }
  return [...readings.values()].sort((a, b) => b.score - a.score);
}

/** The countries a span names without doubt: a country, an adjective, or a place only one country has. */
function countryOf(span: Span): string | undefined {
  const countries = new Set(span.forms.map((form) => form.place.iso3));
  if (countries.size !== 1) return undefined;
  const [iso3] = countries;
  return iso3;
}

function isCommonWord(flags: number, lang: DraftLanguage): boolean {
  return (flags & (lang === 'en' ? FORM.commonEn : FORM.commonFr)) !== 0;
}

/**
 * The places the text names, in text order, each stretch of text once (the longest name there: "golfe de
 * Finlande" is the gulf, not Finland). Offsets index the text as a JavaScript string.
 */
export function recognisePlaces(text: string, lang: DraftLanguage): PlaceMention[] {
  const gazetteer = loadGazetteer();
  const tokens = tokenise(text);
  const spans = findSpans(tokens, lang, gazetteer);
  const covered = new Set<number>();
  for (const span of spans) for (let i = span.first; i < span.last; i++) covered.add(i);
  spanAt = new Map(spans.map((span) => [span.first, span]));
  spanEndingAt = new Map(spans.map((span) => [span.last, span]));
  for (const span of spans) readCues(span, tokens);

  // Names that are a person's anywhere in the article are so everywhere ("Gen. Brown" … "Brown said").
  const personNames = new Set<string>();
  for (const span of spans) {
    if (span.forms.every((form) => form.place.kind === 'city' || form.place.kind === 'admin1') && namesPerson(span, tokens, covered)) personNames.add(span.key);
  }

  // First reading: the countries named without doubt, and the places that are sure.
  const countries = new Map<string, number>();
  for (const span of spans) {
    const iso3 = countryOf(span);
    const certain = span.forms.every((form) => form.place.kind === 'country' || FEATURE_KINDS.has(form.place.kind)) || span.forms.length === 1;
    if (iso3 && certain && !personNames.has(span.key) && !span.forms.every((form) => isCommonWord(form.flags, lang))) countries.set(iso3, (countries.get(iso3) ?? 0) + 1);
  }
  // One sense per name and per way of naming it: "Kursk region" and "Kursk" are read apart.
  const byKey = new Map<string, Span[]>();
  for (const span of spans) {
    const key = `${span.key}${span.subdivisionCue ? ' (subdivision)' : span.townCue ? ' (town)' : ''}`;
    byKey.set(key, [...(byKey.get(key) ?? []), span]);
  }
  // Places the article names without doubt, with the key of the name that names them.
  const anchors: { place: GazetteerPlace; key: string }[] = [];
  for (const group of byKey.values()) {
    if (personNames.has(group[0].key)) continue;
    const readings = score(group[0], countries, []);
    const margin = readings.length > 1 ? readings[0].score - readings[1].score : Infinity;
    if (margin >= 2 && !isCommonWord(readings[0].flags, lang) && (readings[0].place.kind !== 'city' || readings[0].place.population >= SMALL_TOWN)) anchors.push({ place: readings[0].place, key: group[0].key });
  }

  // Second reading, with the places nearby; one sense per name in an article.
  const mentions: PlaceMention[] = [];
  for (const group of byKey.values()) {
    // The article's other places: not this name's own reading ("Odessa" the oblast does not hold "Odessa" the town).
    const context = anchors.filter((anchor) => anchor.key !== group[0].key).map((anchor) => anchor.place);
    const readings = group.map((span) => score(span, countries, context));
    const best = readings.reduce((winner, current) => (current[0].score > winner[0].score ? current : winner));
    const [top, ...others] = best;
    const place = top.place;
    const near = proximity(place, context) >= 3;
    const nearby = proximity(place, context) >= 2;
    const supported = (place.iso3 !== undefined && countries.has(place.iso3) && place.kind !== 'country') || nearby;
    group.forEach((span) => {
      const cue = hasLocativeCue(span, tokens, lang) || coordinatedWithPlace(span, tokens);
      if (!accepted(span, tokens, top, { cue, supported, near, nearby, person: personNames.has(span.key), lang, group, covered })) return;
      const runnerUp = others[0]?.score ?? top.score - 6;
      const certainty = 1 / (1 + Math.exp(-(top.score - runnerUp)));
      const doubt = (isCommonWord(top.flags, lang) && !(top.flags & FORM.demonym)) || (place.kind === 'city' && place.population < SMALL_TOWN) ? 0.8 : 1;
      mentions.push({
        text: text.slice(tokens[span.first].start, tokens[span.last - 1].end),
        start: tokens[span.first].start,
        end: tokens[span.last - 1].end,
        name: place.name,
        lat: place.lat,
        lon: place.lon,
        kind: place.kind,
        iso3: place.iso3,
        confidence: Math.round(certainty * doubt * 100) / 100,
        via: top.flags & FORM.demonym ? 'demonym' : top.flags & FORM.metonym ? 'metonym' : 'name',
        alternatives: others.slice(0, 3).map((other): PlaceCandidate => ({
          name: other.place.name,
          lat: other.place.lat,
          lon: other.place.lon,
          kind: other.place.kind,
          iso3: other.place.iso3,
          score: Math.round((1 / (1 + Math.exp(-(other.score - top.score)))) * 100) / 100,
        })),
      });
    });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

interface Evidence {
  supported: boolean;
  /** A locative word before it ("in", "à"), or another place listed with it. */
  cue: boolean;
  /** Within 150 km of a place the article names without doubt. */
  near: boolean;
  /** Within 400 km of one. */
  nearby: boolean;
  person: boolean;
  lang: DraftLanguage;
  group: Span[];
  covered: Set<number>;
}

/** Is this stretch of text a place at all? Common words, people's names and small towns need the context's word. */
function accepted(span: Span, tokens: Token[], reading: Reading, evidence: Evidence): boolean {
  const { place, flags } = reading;
  const first = tokens[span.first];
  const townOrSubdivision = place.kind === 'city' || place.kind === 'admin1';
  // A country named like a word or a first name ("Jordan Bardella", "Chad Smith") may be a person too.
  const mayBePerson = townOrSubdivision || (place.kind === 'country' && !(flags & FORM.demonym) && (flags & (FORM.commonEn | FORM.commonFr)) !== 0);
  if (mayBePerson && !span.subdivisionCue) {
    if (insideOtherName(span, tokens, evidence.covered)) return false;
    // A person's name elsewhere in the article is theirs here too, unless this one reads as a place ("in Austin", "Beijing and Washington").
    if (evidence.person && !evidence.cue) return false;
  }
  // An old or foreign name of a town ("Hamas" is an old name of Hamm) only near the places the article names.
  if (flags & FORM.alternate && !evidence.nearby) return false;
  if (span.subdivisionCue || span.townCue) return true;
  if (place.kind === 'country' || flags & FORM.demonym) return true;
  if (isCommonWord(flags, evidence.lang)) {
    if (first.sentenceStart) return false;
    return evidence.cue || evidence.near;
  }
  if (place.kind === 'city' && place.population < SMALL_TOWN) return evidence.cue || evidence.nearby;
  if (place.kind === 'city' && place.population < MID_TOWN) return evidence.cue || evidence.supported;
  return true;
}
