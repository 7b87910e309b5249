// Date expressions in an article (French or English), resolved against its publication day and biased
// to the past: news reports what happened, so "mardi", "le 14 février dernier" or "on Tuesday" name
// the last such day, not the next one. Parsing is chrono-node's; this module adds what chrono lacks
// (French month names without a day, the past bias, precision) and reads chrono's components
// directly as calendar days, never through the machine's time zone.
import * as chrono from 'chrono-node';
import type { DatePrecision } from '@/lib/items/kinds';
import { DAY_MS, dayMs, isoDay } from '@/lib/dates';
import type { DateMention, DraftLanguage } from './types';

const FRENCH_MONTHS: Record<string, number> = {
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
};

/**
 * "en octobre", "depuis novembre", "début décembre", "octobre 2023": chrono's French locale only
 * knows months with a day. A bare month needs a preposition or a year, so "mai" and "mars" in other
 * senses stay words.
 */
const FRENCH_MONTH_PATTERN = new RegExp(
  `(^|[^\\p{L}\\p{N}])((?:en|depuis|dès|début|fin|mi|courant|jusqu['’]en|au mois de|du mois de|le mois de|d['’]ici)[\\s-]+)?` +
    `(${Object.keys(FRENCH_MONTHS).join('|')})(?:\\s+((?:19|20)\\d{2}))?(?![\\p{L}\\p{N}])`,
  'iu',
);

const frenchMonthParser: chrono.Parser = {
  pattern: () => FRENCH_MONTH_PATTERN,
  extract(context, match) {
    const [, boundary, preposition, month, year] = match;
    if (!preposition && !year) return null;
    const skipped = boundary.length + (preposition?.length ?? 0);
    const result = context.createParsingResult(match.index! + skipped, match[0].slice(skipped));
    result.start.assign('month', FRENCH_MONTHS[month.toLowerCase()]);
    result.start.imply('day', 1);
    if (year) result.start.assign('year', Number(year));
    else result.start.imply('year', context.reference.instant.getUTCFullYear());
    result.addTag('parser/FrenchMonthParser');
    return result;
  },
};

/** "cette semaine", "ce mois-ci": the publication's own week or month (chrono's French has neither). */
const frenchCurrentSpanParser: chrono.Parser = {
  pattern: () => /(?<![\p{L}])(?:cette semaine|ce mois(?:-ci)?)(?![\p{L}])/iu,
  extract(context, match) {
    const result = context.createParsingResult(match.index!, match[0]);
    const published = new Date(context.reference.instant);
    result.start.imply('year', published.getUTCFullYear());
    result.start.imply('month', published.getUTCMonth() + 1);
    result.start.imply('day', published.getUTCDate());
    return result;
  },
};

/** "overnight", "cette nuit", "la nuit dernière": the night before publication, unless a day is named with it ("overnight into Sunday"). */
const NIGHT_JUST_PASSED = /(?<![\p{L}])(?:overnight|cette nuit|la nuit dernière)(?![\p{L}])(?!,?\s+(?:on|into|to|from|between|of|de|du|à|entre|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d)(?![\p{L}]))/iu;

const nightJustPassedParser: chrono.Parser = {
  pattern: () => NIGHT_JUST_PASSED,
  extract(context, match) {
    const result = context.createParsingResult(match.index!, match[0]);
    const published = dayMs(isoDay(context.reference.instant.getTime()));
    assignDay(result.start, published - DAY_MS);
    result.end = context.createParsingComponents();
    assignDay(result.end, published);
    result.addTag('parser/NightJustPassedParser');
    return result;
  },
};

/**
 * "la veille", "le lendemain", "the day before", "le même jour": a day next to (or the same as) the
 * last day the text named, not to publication.
 */
const NEXT_TO_LAST_DAY =
  /(?<![\p{L}])(?:(la veille|the day before|the previous day|a day earlier)|(le lendemain|the next day|the following day|a day later)|(le même jour|the same day|that same day|ce jour-là))(?![\p{L}])/giu;

const PAST_SUFFIX = /^\s*(?:dernier|dernière|passé|passée)(?![\p{L}\p{N}])/iu;
/** "December 8 last year", "le 8 décembre de l'an dernier": the year before publication's. */
const LAST_YEAR_SUFFIX = /^,?\s*(?:last year|(?:de )?l['’]an (?:dernier|passé)|(?:de )?l['’]année (?:dernière|passée))(?![\p{L}\p{N}])/iu;
/** Words near a date that say it lies ahead: then the past bias does not apply, and a weekday is the next one. */
const FUTURE_WORDS =
  /(?<![\p{L}])(?:prochain|prochaine|next|upcoming|coming|à venir|prévu|prévue|prévus|scheduled|aura lieu|will|would|doit|doivent|devr\p{L}*|expected|due|set to|plans? to|(?:is|are) to|attendue?s?)(?![\p{L}])/iu;
/** A French verb in the future tense: "réunira", "se rendra", "seront", "se tiendra". */
const FRENCH_FUTURE_VERB = /(?<![\p{L}])\p{Ll}+(?:er|ir|dr|tr|ur|oi|ai|ie)(?:a|ont)(?![\p{L}])/u;
/** How far before a date its verb may stand, within its sentence. */
const VERB_REACH = 60;
/** "until September 2", "from October", "jusqu'au 8 juin": a limit that usually lies ahead. */
const FUTURE_LIMIT = /(?:^|[^\p{L}])(?:until|from|jusqu'(?:au|à|en)|à partir d[ue]|dès)\s+(?:le\s+|the\s+)?$/iu;

function componentsDay(components: chrono.ParsingComponents): number {
  return Date.UTC(components.get('year')!, components.get('month')! - 1, components.get('day')!);
}

/** Moves the implied calendar day of a component set (its certain parts are left alone). */
function implyDay(components: chrono.ParsingComponents, ms: number): void {
  const day = new Date(ms);
  components.imply('year', day.getUTCFullYear());
  components.imply('month', day.getUTCMonth() + 1);
  components.imply('day', day.getUTCDate());
}

function assignDay(components: chrono.ParsingComponents, ms: number): void {
  const day = new Date(ms);
  components.assign('year', day.getUTCFullYear());
  components.assign('month', day.getUTCMonth() + 1);
  components.assign('day', day.getUTCDate());
}

const isWeekdayOnly = (c: chrono.ParsingComponents) => c.isCertain('weekday') && !c.isCertain('day');
const hasImpliedYear = (c: chrono.ParsingComponents) => c.isCertain('month') && !c.isCertain('year');

/**
 * The past bias (chrono resolves a bare weekday to the nearest one, future included, and ignores
 * "dernier"): a weekday after the publication day moves back a week, a day or month without a year
 * after it moves back a year, unless words around it say it lies ahead. A trailing "dernier" joins
 * the mention's text.
 */
export const pastBiasRefiner: chrono.Refiner = {
  refine(context, results) {
    const published = dayMs(isoDay(context.reference.instant.getTime()));
    for (const result of results) {
      const after = context.text.slice(result.index + result.text.length, result.index + result.text.length + 30);
      const lastYear = LAST_YEAR_SUFFIX.exec(after);
      if (lastYear && result.start.isCertain('month') && !result.start.isCertain('year')) {
        result.text += lastYear[0];
        result.start.assign('year', new Date(published).getUTCFullYear() - 1);
        continue;
      }
      const pastSuffix = PAST_SUFFIX.exec(after);
      if (pastSuffix) result.text += pastSuffix[0];
      const lead = context.text.slice(Math.max(0, result.index - VERB_REACH), result.index).split(/[.;!?]/).at(-1)!;
      const near = lead + context.text.slice(result.index, result.index + result.text.length + 15);
      const before = context.text.slice(Math.max(0, result.index - 20), result.index).replace(/[’‘]/g, "'");
      if (!pastSuffix && (FUTURE_WORDS.test(near) || FRENCH_FUTURE_VERB.test(lead))) {
        // "will meet on Thursday" written on a Friday: next Thursday, not yesterday ("said on Saturday they would stay" is past).
        const futureVerbBefore = FUTURE_WORDS.test(lead) || FRENCH_FUTURE_VERB.test(lead);
        if (futureVerbBefore && isWeekdayOnly(result.start) && componentsDay(result.start) < published) implyDay(result.start, componentsDay(result.start) + 7 * DAY_MS);
        continue;
      }
      if (!pastSuffix && FUTURE_LIMIT.test(before)) continue;
      for (const components of [result.start, result.end]) {
        if (!components || componentsDay(components) <= published) continue;
        if (isWeekdayOnly(components)) implyDay(components, componentsDay(components) - 7 * DAY_MS);
        else if (hasImpliedYear(components)) components.imply('year', components.get('year')! - 1);
      }
      if (result.end && componentsDay(result.end) < componentsDay(result.start)) implyDay(result.end, componentsDay(result.end) + 7 * DAY_MS);
    }
    return results;
  },
};

function configured(base: chrono.Chrono, extraParsers: chrono.Parser[]): chrono.Chrono {
  const parser = base.clone();
  // First, so that on a tie ("cette nuit", which chrono reads as tonight) ours is kept.
  parser.parsers.unshift(nightJustPassedParser);
  parser.parsers.push(...extraParsers);
  parser.refiners.push(pastBiasRefiner);
  return parser;
}

const PARSERS: Record<DraftLanguage, chrono.Chrono> = {
  fr: configured(chrono.fr.casual, [frenchMonthParser, frenchCurrentSpanParser]),
  en: configured(chrono.en.casual, []),
};

const WEEK_WORDS = /semaine|week/i;
const MONTH_WORDS = /(?<![\p{L}])(?:mois|month)(?![\p{L}])/iu;
/** A weekday alone must be spelt out: chrono also reads "mer" (la mer) and "sam" as mercredi and samedi. */
const FULL_WEEKDAY = /lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday/i;
/** Where the day begins in a time of day that swallowed it: a weekday, or a month and day ("night of December 20 to 21"). */
const DAY_INSIDE = new RegExp(
  `${FULL_WEEKDAY.source}|(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s+\\d|\\d{1,2}(?:er)?\\s+(?:${Object.keys(FRENCH_MONTHS).join('|')})`,
  'i',
);
/** "next week", "demain": a date ahead that the text itself places ahead (not "a day after" another event). */
const AHEAD = /(?<![\p{L}])(?:next|prochaine?|demain|tomorrow)(?![\p{L}])/iu;
/** "en 24 heures", "de deux mois": a duration chrono reads as a date from now. */
const DURATION = /^(?:en|de|within|for)\s/i;
/** "now", "maintenant" name no day; "would last a week" is a duration, not "last week". */
const NOT_A_DATE = /^(?:now|right now|maintenant|désormais|last an? )/i;

function mondayOf(ms: number): number {
  return ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY_MS;
}

function firstOfMonth(ms: number): number {
  const day = new Date(ms);
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1);
}

/** How precise the expression is, and the first day of the span it names at that precision. */
function precisionOf(result: chrono.ParsedResult): { precision: DatePrecision; day: number } {
  const day = componentsDay(result.start as chrono.ParsingComponents);
  const start = result.start;
  // "this week" names no day of its own: chrono implies its Sunday; the week is the publication's.
  if (WEEK_WORDS.test(result.text)) return { precision: 'week', day: mondayOf(start.isCertain('day') ? day : dayMs(isoDay(result.refDate.getTime()))) };
  const dayCertain = start.isCertain('day') || start.isCertain('weekday') || [...result.tags()].some((tag) => tag.startsWith('casualReference/'));
  if (MONTH_WORDS.test(result.text) || (start.isCertain('month') && !dayCertain)) return { precision: 'month', day: firstOfMonth(day) };
  return { precision: dayCertain ? 'day' : 'unknown', day };
}

/**
 * chrono's results, with one repair: a time of day that swallowed the day after it ("night on
 * Thursday", "the night of December 20 to 21" come back as a time alone) is parsed again from the
 * day on.
 */
function parseAll(parser: chrono.Chrono, text: string, reference: chrono.ParsingReference): chrono.ParsedResult[] {
  return parser.parse(text, reference).flatMap((result) => {
    const day = (result.start as chrono.ParsingComponents).isOnlyTime() ? DAY_INSIDE.exec(result.text) : null;
    if (!day) return [result];
    const from = result.index + day.index;
    return parser.parse(text.slice(from, result.index + result.text.length), reference).map((inner) => Object.assign(inner, { index: inner.index + from }));
  });
}

/**
 * Every date expression in `text` with its offsets (JS string offsets), its calendar day and its
 * precision, resolved against `published` (YYYY-MM-DD). Times of day alone, durations and relative
 * dates ahead of publication ("a day after", "in 24 hours") are left out: they name no day of their own.
 */
export function recogniseDates(text: string, lang: DraftLanguage, published: string): DateMention[] {
  const reference = { instant: new Date(`${published}T12:00:00Z`), timezone: 0 };
  const publishedDay = dayMs(published);
  const mentions: DateMention[] = [];
  for (const result of parseAll(PARSERS[lang], text, reference)) {
    const start = result.start as chrono.ParsingComponents;
    const namesSpan = WEEK_WORDS.test(result.text) || MONTH_WORDS.test(result.text);
    if ((start.isOnlyTime() && !namesSpan) || !start.isValidDate() || NOT_A_DATE.test(result.text)) continue;
    if (isWeekdayOnly(start) && !FULL_WEEKDAY.test(result.text)) continue;
    const relative = result.tags().has('result/relativeDate');
    if (relative && ((componentsDay(start) > publishedDay && !AHEAD.test(result.text)) || DURATION.test(result.text))) continue;
    const { precision, day } = precisionOf(result);
    // "this year", "l'an dernier": a year alone dates no event.
    if (precision === 'unknown') continue;
    const mentionText = result.text.trimEnd();
    const mention: DateMention = { text: mentionText, start: result.index, end: result.index + mentionText.length, date: isoDay(day), precision };
    const end = result.end as chrono.ParsingComponents | undefined;
    if (end && precision === 'day' && componentsDay(end) > day) mention.endDate = isoDay(componentsDay(end));
    mentions.push(mention);
  }
  return withDaysNextToLast(text, mentions);
}

/** Adds "la veille", "the next day"… as the day before or after the last day named before them (chrono reads them from publication). */
function withDaysNextToLast(text: string, mentions: DateMention[]): DateMention[] {
  let result = mentions;
  for (const match of text.matchAll(NEXT_TO_LAST_DAY)) {
    const [start, end] = [match.index, match.index + match[0].length];
    const others = result.filter((mention) => mention.end <= start || mention.start >= end);
    const lastDay = others.findLast((mention) => mention.end <= start && mention.precision === 'day');
    if (!lastDay) continue;
    const date = isoDay(dayMs(lastDay.date) + (match[1] ? -DAY_MS : match[2] ? DAY_MS : 0));
    result = [...others, { text: match[0], start, end, date, precision: 'day' as const }].sort((a, b) => a.start - b.start);
  }
  return result;
}
