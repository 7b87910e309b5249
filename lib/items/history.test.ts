import { describe, expect, it } from 'vitest';
import type { ItemState } from './schema';
import { stateAsOf, type RevisionRecord } from './history';

function state(title: string, overrides: Partial<ItemState> = {}): ItemState {
  return {
    version: 1,
    deletedAt: null,
    input: {
      title,
      summary: '',
      kind: 'strike',
      status: 'confirmed',
      geometry: { type: 'Point', coordinates: [35, 48] },
      locationPrecision: 'exact',
      startDate: '2024-11-21',
      endDate: null,
      datePrecision: 'day',
      announcedAt: null,
      actors: [],
      countries: [],
      excerptIds: [1],
    },
    ...overrides,
  };
}
const at = (iso: string) => new Date(iso);
const revision = (iso: string, before: ItemState | null, after: ItemState | null): RevisionRecord => ({ createdAt: at(iso), before, after });

describe('stateAsOf', () => {
  it('is the live state for an item without history created before the instant', () => {
    expect(stateAsOf(state('Seeded'), at('2026-01-01T00:00:00Z'), [], at('2026-06-01T00:00:00Z'))?.input.title).toBe('Seeded');
  });

  it('is absent before the item was created', () => {
    expect(stateAsOf(state('Later'), at('2026-06-01T00:00:00Z'), [], at('2026-01-01T00:00:00Z'))).toBeNull();
  });

  it('shows the earlier version of an item edited later', () => {
    const revisions = [revision('2026-03-01T00:00:00Z', state('Old title'), state('New title', { version: 2 }))];
    expect(stateAsOf(state('New title'), at('2026-01-01T00:00:00Z'), revisions, at('2026-02-01T00:00:00Z'))?.input.title).toBe('Old title');
  });

  it('shows the version saved by the last revision before the instant', () => {
    const revisions = [
      revision('2026-03-01T00:00:00Z', null, state('First')),
      revision('2026-04-01T00:00:00Z', state('First'), state('Second')),
      revision('2026-05-01T00:00:00Z', state('Second'), state('Third')),
    ];
    expect(stateAsOf(state('Third'), at('2026-03-01T00:00:00Z'), revisions, at('2026-04-15T00:00:00Z'))?.input.title).toBe('Second');
  });

  it('is absent while the item was deleted, and back once restored', () => {
    const deleted = state('Gone', { deletedAt: '2026-04-01T00:00:00.000Z' });
    const revisions = [
      revision('2026-04-01T00:00:00Z', state('Gone'), deleted),
      revision('2026-05-01T00:00:00Z', deleted, state('Gone')),
    ];
    const created = at('2026-01-01T00:00:00Z');
    expect(stateAsOf(state('Gone'), created, revisions, at('2026-04-15T00:00:00Z'))).toBeNull();
    expect(stateAsOf(state('Gone'), created, revisions, at('2026-05-15T00:00:00Z'))?.input.title).toBe('Gone');
  });
});
