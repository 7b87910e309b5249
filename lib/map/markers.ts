// Marker shapes as SVG (pure): the legend draws them inline and the map loads them as icons, so each
// kind has its own shape and unverified facts are hollow — colour is never the only carrier of meaning.
import { ITEM_KINDS, KIND_STYLES, type FillPattern, type ItemKind, type MarkerShape } from '@/lib/items/kinds';

const PATHS: Record<MarkerShape, string> = {
  circle: 'M12 3a9 9 0 1 0 0.001 0Z',
  square: 'M4 4h16v16H4Z',
  diamond: 'M12 2l10 10-10 10L2 12Z',
  triangle: 'M12 3l10 18H2Z',
  hexagon: 'M12 2l9 5v10l-9 5-9-5V7Z',
  burst: 'M12 1l2.6 6.3 6.6-1.7-3.9 5.6 4.7 4.8-6.7.4L12 23l-3.3-6.6-6.7-.4 4.7-4.8-3.9-5.6 6.6 1.7Z',
};

function markerSvg(shape: MarkerShape, color: string, hollow: boolean, size = 24): string {
  const fill = hollow ? '#ffffff' : color;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="-1 -1 26 26">` +
    `<path d="${PATHS[shape]}" fill="${fill}" stroke="${hollow ? color : '#ffffff'}" stroke-width="${hollow ? 3 : 1.5}" stroke-linejoin="round"/>` +
    `</svg>`
  );
}

export const markerPath = (shape: MarkerShape) => PATHS[shape];

/** One 8×8 tile of each area pattern, drawn as strokes. */
const PATTERN_PATHS: Record<FillPattern, string> = {
  dots: 'M2 2h0.01M6 6h0.01',
  hatch: 'M-1 1l2-2M0 8l8-8M7 9l2-2',
  crosshatch: 'M-1 1l2-2M0 8l8-8M7 9l2-2M-1 7l2 2M0 0l8 8M7-1l2 2',
  horizontal: 'M0 2h8M0 6h8',
  vertical: 'M2 0v8M6 0v8',
  grid: 'M0 4h8M4 0v8',
};

export const patternPath = (pattern: FillPattern) => PATTERN_PATHS[pattern];

/** An area pattern tile as SVG: the kind's colour on a pale wash of it. */
function patternSvg(pattern: FillPattern, color: string, size = 16): string {
  const width = pattern === 'dots' ? 2.6 : 1.3;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 8 8">` +
    `<rect width="8" height="8" fill="${color}" fill-opacity="0.25"/>` +
    `<path d="${PATTERN_PATHS[pattern]}" stroke="${color}" stroke-width="${width}" stroke-linecap="round"/>` +
    `</svg>`
  );
}

export const patternIconName = (kind: ItemKind) => `pattern-${kind}`;

/** Icon name on the map for a kind, solid or hollow. */
export const markerIconName = (kind: ItemKind, hollow: boolean) => `marker-${kind}-${hollow ? 'hollow' : 'solid'}`;

/** Every icon and fill pattern the item layers use, with its SVG and size in device pixels. */
export function mapImages(markerSize: number, patternSize: number): { name: string; svg: string; size: number }[] {
  return ITEM_KINDS.flatMap((kind) => {
    const { marker, pattern, color } = KIND_STYLES[kind];
    return [
      ...[false, true].map((hollow) => ({ name: markerIconName(kind, hollow), svg: markerSvg(marker, color, hollow, markerSize), size: markerSize })),
      { name: patternIconName(kind), svg: patternSvg(pattern, color, patternSize), size: patternSize },
    ];
  });
}
