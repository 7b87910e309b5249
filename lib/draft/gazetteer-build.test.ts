import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer-build';

describe('buildGazetteer', () => {
  // Decodes every package (about ten seconds): one test for what only a build can tell.
  it('finds every town the committed tables name in the packages', () => {
    expect(buildGazetteer().unresolved).toEqual([]);
  }, 120_000);
});
