// The import page's words for a dry run (pure): where a problem is, in the editor's field names.
import type { Problem } from '@/lib/import/plan';
import { FIELD_LABELS, type ItemFormState } from './item-form';

/** "properties.kind" -> "Kind", "properties.excerpts.1.text" -> "Excerpt 2", "geometry.coordinates.0" -> "Shape on the map". */
export function problemPlace(path: string): string | null {
  const [head, field, index] = path.split('.');
  if (head === '') return null;
  if (head === 'geometry') return FIELD_LABELS.geometry;
  if (head !== 'properties' || field === undefined) return 'The feature';
  if (field === 'excerpts') return index === undefined ? FIELD_LABELS.excerptIds : `Excerpt ${Number(index) + 1}`;
  return FIELD_LABELS[field as keyof ItemFormState] ?? `The property “${field}”`;
}

/** A problem as one plain sentence: "Kind: Choose a kind from the list". */
export function describeProblem({ path, message }: Problem): string {
  const place = problemPlace(path);
  return place ? `${place}: ${message}` : message;
}

/** The first `max` characters of a quote, cut at a word when it is longer. */
export function shorten(text: string, max = 90): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : max)}…`;
}
