// How well an item is supported, computed from the excerpts it cites (pure: the server's mapper and the
// browser's filter both read it; the SQL filter in lib/items/repository.ts spells the same rule).
// Outlets and parties are compared as written (the schemas trim them): "Reuters" and "reuters" are two.

export const SUPPORT_LEVELS = ['corroborated', 'single-source', 'one-party'] as const;
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];

export interface Support {
  /** Distinct articles cited. */
  sources: number;
  /** Distinct outlets those articles come from. */
  outlets: number;
  level: SupportLevel;
}

/** What the rule reads of a cited excerpt. */
export interface CitedExcerpt {
  sourceId: number;
  outlet: string;
  /** The party whose own statement the quote reports; null for the outlet's own reporting. */
  attribution: string | null;
}

/**
 * 'one-party' when every cited excerpt reports the same party's own statement (however many outlets
 * repeat it); otherwise 'single-source' when they all come from one outlet; otherwise 'corroborated'
 * (at least two outlets). An item citing nothing (only in a view built without excerpts) is 'single-source'.
 */
export function supportOf(excerpts: readonly CitedExcerpt[]): Support {
  const sources = new Set(excerpts.map((excerpt) => excerpt.sourceId)).size;
  const outlets = new Set(excerpts.map((excerpt) => excerpt.outlet)).size;
  const parties = new Set(excerpts.map((excerpt) => excerpt.attribution));
  const onePartyOnly = excerpts.length > 0 && parties.size === 1 && !parties.has(null);
  const level: SupportLevel = onePartyOnly ? 'one-party' : outlets >= 2 ? 'corroborated' : 'single-source';
  return { sources, outlets, level };
}

/** The distinct ids of the cited articles and their outlets, each sorted. */
export function citedSources(excerpts: readonly CitedExcerpt[]): { sourceIds: number[]; outlets: string[] } {
  return {
    sourceIds: [...new Set(excerpts.map((excerpt) => excerpt.sourceId))].sort((a, b) => a - b),
    outlets: [...new Set(excerpts.map((excerpt) => excerpt.outlet))].sort(),
  };
}

export function isSupportLevel(value: string): value is SupportLevel {
  return (SUPPORT_LEVELS as readonly string[]).includes(value);
}

/** An article as the order of reporting reads it: its publication instant (ms; null when unknown) and id. */
export interface DatedSource {
  id: number;
  publishedAt: number | null;
}

/** Earlier reporting first: by publication (unknown dates last), then by id (the order they were added). */
export function compareReporting(a: DatedSource, b: DatedSource): number {
  const [ta, tb] = [a.publishedAt ?? Number.POSITIVE_INFINITY, b.publishedAt ?? Number.POSITIVE_INFINITY];
  return ta === tb ? a.id - b.id : ta < tb ? -1 : 1;
}

/** The article that first reported an item among those it cites (undefined when it cites none). */
export function firstReport(sources: readonly DatedSource[]): DatedSource | undefined {
  return [...sources].sort(compareReporting)[0];
}
