import { describe, expect, it } from 'vitest';
import { itemInputSchema } from '@/lib/items/schema';
import { itemDraft } from '@/lib/testing/items';
import { differingFields, emptyItemForm, errorsByField, toItemDraft, toItemForm } from './item-form';

const savedInput = () => itemInputSchema.parse(itemDraft([1, 2]));

describe('item form state', () => {
  it('round-trips a saved item through the form unchanged', () => {
    expect(itemInputSchema.parse(toItemDraft(toItemForm(savedInput())))).toEqual(savedInput());
  });

  it('reads actors one per line and countries in any separator, upper-cased', () => {
    const draft = toItemDraft({ ...emptyItemForm(), actors: ' Russia \n\nUnited States', countries: 'ukr, rus;usa' });
    expect(draft.actors).toEqual(['Russia', 'United States']);
    expect(draft.countries).toEqual(['UKR', 'RUS', 'USA']);
  });

  it('turns empty optional dates into null', () => {
    expect(toItemDraft(emptyItemForm())).toMatchObject({ endDate: null, announcedAt: null });
  });
});

describe('errorsByField', () => {
  it('groups nested paths under their field and leaves unknown ones general', () => {
    expect(errorsByField({ 'geometry.coordinates.0': ['A'], geometry: ['B'], 'actors.1': ['C'], version: ['D'] })).toEqual({
      geometry: ['A', 'B'],
      actors: ['C'],
      _: ['D'],
    });
  });
});

describe('differingFields', () => {
  it('lists only the fields that changed', () => {
    const theirs = { version: 2, deletedAt: null, input: { ...savedInput(), title: 'Their title' } };
    expect(differingFields(toItemForm(savedInput()), theirs)).toEqual(['title']);
  });
});
