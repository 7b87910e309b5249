import { useId } from 'react';
import { KIND_STYLES, type ItemKind } from '@/lib/items/kinds';
import { markerPath, patternPath } from '@/lib/map/markers';

/** The kind's symbol as the map draws it: shape and pattern as well as colour. */
export function KindSwatch({ kind, hollow = false }: { kind: ItemKind; hollow?: boolean }) {
  const { color, marker, pattern, swatch } = KIND_STYLES[kind];
  // Unique per swatch: the same kind is drawn in the legend, the list and the table.
  const patternId = `pattern-${useId()}`;
  return (
    <svg className="swatch" width="22" height="16" viewBox="0 0 22 16" aria-hidden="true" focusable="false">
      {swatch === 'area' && (
        <>
          <defs>
            <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse" viewBox="0 0 8 8">
              <rect width="8" height="8" fill={color} fillOpacity="0.25" />
              <path d={patternPath(pattern)} stroke={color} strokeWidth={pattern === 'dots' ? 2.6 : 1.3} strokeLinecap="round" />
            </pattern>
          </defs>
          <rect x="2" y="2" width="18" height="12" rx="2" fill={`url(#${patternId})`} stroke={color} strokeWidth="2" />
        </>
      )}
      {swatch === 'line' && <path d="M2 12 L9 6 L20 8" fill="none" stroke={color} strokeWidth="3" strokeLinecap="round" />}
      {swatch === 'arc' && (
        <>
          <path d="M3 13 Q11 0 19 13" fill="none" stroke={color} strokeWidth="3" strokeLinecap="round" />
          <circle cx="3" cy="13" r="2.5" fill={color} />
          <circle cx="19" cy="13" r="2.5" fill={color} />
        </>
      )}
      {swatch === 'marker' && (
        <g transform="translate(3 0) scale(0.66)">
          <path d={markerPath(marker)} fill={hollow ? '#fff' : color} stroke={hollow ? color : '#fff'} strokeWidth={hollow ? 3 : 1.5} />
        </g>
      )}
    </svg>
  );
}
