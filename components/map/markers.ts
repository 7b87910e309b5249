// Marker shapes as SVG (pure): the legend draws them inline and the map loads them as icons, so each
// kind has its own shape and unverified facts are hollow — colour is never the only carrier of meaning.
import { ITEM_KINDS, KIND_STYLES, type ItemKind, type MarkerShape } from '@/lib/items/kinds';

const PATHS: Record<MarkerShape, string> = {
  circle: 'M12 3a9 9 0 1 0 0.001 0Z',
  square: 'M4 4h16v16H4Z',
  diamond: 'M12 2l10 10-10 10L2 12Z',
  triangle: 'M12 3l10 18H2Z',
  hexagon: 'M12 2l9 5v10l-9 5-9-5V7Z',
  burst: 'M12 1l2.6 6.3 6.6-1.7-3.9 5.6 4.7 4.8-6.7.4L12 23l-3.3-6.6-6.7-.4 4.7-4.8-3.9-5.6 6.6 1.7Z',
};

export function markerSvg(shape: MarkerShape, color: string, hollow: boolean, size = 24): string {
  const fill = hollow ? '#ffffff' : color;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="-1 -1 26 26">` +
    `<path d="${PATHS[shape]}" fill="${fill}" stroke="${hollow ? color : '#ffffff'}" stroke-width="${hollow ? 3 : 1.5}" stroke-linejoin="round"/>` +
    `</svg>`
  );
}

export const markerPath = (shape: MarkerShape) => PATHS[shape];

/** Icon name on the map for a kind, solid or hollow. */
export const markerIconName = (kind: ItemKind, hollow: boolean) => `marker-${kind}-${hollow ? 'hollow' : 'solid'}`;

/** Every icon the item layers use, with its SVG. */
export function markerIcons(size = 24): { name: string; svg: string }[] {
  return ITEM_KINDS.flatMap((kind) =>
    [false, true].map((hollow) => ({
      name: markerIconName(kind, hollow),
      svg: markerSvg(KIND_STYLES[kind].marker, KIND_STYLES[kind].color, hollow, size),
    })),
  );
}
