import { describe, expect, it } from 'vitest';
import { citedSources, compareReporting, firstReport, supportOf, type CitedExcerpt } from './support';

const excerpt = (sourceId: number, outlet: string, attribution: string | null = null): CitedExcerpt => ({ sourceId, outlet, attribution });

describe('supportOf', () => {
  it('calls two outlets of the outlets’ own reporting corroborated', () => {
    expect(supportOf([excerpt(1, 'Le Monde'), excerpt(2, 'Reuters')])).toEqual({ sources: 2, outlets: 2, level: 'corroborated' });
  });

  it('calls one outlet single-source, however many of its articles are cited', () => {
    expect(supportOf([excerpt(1, 'Reuters'), excerpt(2, 'Reuters')])).toEqual({ sources: 2, outlets: 1, level: 'single-source' });
  });

  it('calls several outlets repeating one party’s statement one-party', () => {
    const excerpts = [excerpt(1, 'Le Monde', 'Russian Ministry of Defence'), excerpt(2, 'Reuters', 'Russian Ministry of Defence')];
    expect(supportOf(excerpts)).toEqual({ sources: 2, outlets: 2, level: 'one-party' });
  });

  it('calls a single attributed quote one-party rather than single-source', () => {
    expect(supportOf([excerpt(1, 'Reuters', 'Vladimir Putin')]).level).toBe('one-party');
  });

  it('is not one-party when one quote is the outlet’s own reporting', () => {
    expect(supportOf([excerpt(1, 'Le Monde', 'Kremlin'), excerpt(2, 'Reuters')]).level).toBe('corroborated');
  });

  it('is not one-party when two parties are quoted, even in one outlet', () => {
    expect(supportOf([excerpt(1, 'Reuters', 'Kremlin'), excerpt(1, 'Reuters', 'Pentagon')]).level).toBe('single-source');
  });

  it('counts an item citing nothing as single-source with no source', () => {
    expect(supportOf([])).toEqual({ sources: 0, outlets: 0, level: 'single-source' });
  });

  it('compares outlets as written', () => {
    expect(supportOf([excerpt(1, 'Reuters'), excerpt(2, 'reuters')]).outlets).toBe(2);
  });
});

describe('citedSources', () => {
  it('lists each article id and outlet once, sorted', () => {
    expect(citedSources([excerpt(3, 'Reuters'), excerpt(1, 'Le Monde'), excerpt(3, 'Reuters')])).toEqual({ sourceIds: [1, 3], outlets: ['Le Monde', 'Reuters'] });
  });
});

describe('firstReport', () => {
  it('takes the earliest publication', () => {
    expect(firstReport([{ id: 1, publishedAt: 200 }, { id: 2, publishedAt: 100 }])?.id).toBe(2);
  });

  it('puts unknown dates last', () => {
    expect(firstReport([{ id: 1, publishedAt: null }, { id: 2, publishedAt: 100 }])?.id).toBe(2);
  });

  it('breaks ties by id', () => {
    expect(compareReporting({ id: 4, publishedAt: 100 }, { id: 3, publishedAt: 100 })).toBeGreaterThan(0);
  });

  it('finds nothing in nothing', () => {
    expect(firstReport([])).toBeUndefined();
  });
});
