import { describe, expect, it } from 'vitest';
import { describeProblem, problemPlace, shorten } from './import-view';

describe('problemPlace', () => {
  it('names item fields as the editor labels them', () => {
    expect(problemPlace('properties.kind')).toBe('Kind');
    expect(problemPlace('properties.announcedAt')).toBe('Made public on');
  });

  it('names the shape for any geometry path', () => {
    expect(problemPlace('geometry')).toBe('Shape on the map');
    expect(problemPlace('geometry.coordinates.0.3')).toBe('Shape on the map');
  });

  it('counts excerpts from 1', () => {
    expect(problemPlace('properties.excerpts')).toBe('Excerpts');
    expect(problemPlace('properties.excerpts.0')).toBe('Excerpt 1');
    expect(problemPlace('properties.excerpts.2.text')).toBe('Excerpt 3');
  });

  it('quotes a property the editor does not know, and names the feature for its own shape', () => {
    expect(problemPlace('properties.colour')).toBe('The property “colour”');
    expect(problemPlace('type')).toBe('The feature');
    expect(problemPlace('')).toBeNull();
  });
});

describe('describeProblem', () => {
  it('puts the place before the message', () => {
    expect(describeProblem({ path: 'properties.kind', message: 'Choose a kind from the list' })).toBe('Kind: Choose a kind from the list');
  });

  it('keeps a message about the whole feature as it is', () => {
    expect(describeProblem({ path: '', message: 'Each entry of features must be a GeoJSON Feature' })).toBe('Each entry of features must be a GeoJSON Feature');
  });
});

describe('shorten', () => {
  it('keeps a short quote whole', () => {
    expect(shorten('Moscou avait annoncé des manœuvres.', 90)).toBe('Moscou avait annoncé des manœuvres.');
  });

  it('cuts a long quote at a word and marks the cut', () => {
    expect(shorten('Moscou avait annoncé des manœuvres.', 20)).toBe('Moscou avait…');
  });
});
