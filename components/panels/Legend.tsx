import { ITEM_KINDS, KIND_STYLES, type ItemKind } from '@/lib/items/kinds';

interface LegendProps {
  counts: Record<ItemKind, number>;
  hiddenKinds: ItemKind[];
  onToggle: (kind: ItemKind) => void;
}

/** Kind toggles with their counts, plus a key to how precision and status are drawn. */
export function Legend({ counts, hiddenKinds, onToggle }: LegendProps) {
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      <ul>
        {ITEM_KINDS.map((kind) => {
          const visible = !hiddenKinds.includes(kind);
          return (
            <li key={kind}>
              <label className="legend-row" title={KIND_STYLES[kind].description}>
                <input type="checkbox" checked={visible} onChange={() => onToggle(kind)} />
                <span className={`swatch swatch-${kind}`} style={{ color: KIND_STYLES[kind].color }} aria-hidden="true" />
                <span className="legend-label">{KIND_STYLES[kind].label}</span>
                <span className="legend-count" aria-label={`${counts[kind]} items`}>
                  {counts[kind]}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <p className="legend-key">
        <span className="key key-solid" aria-hidden="true" /> confirmed or assessed · <span className="key key-dashed" aria-hidden="true" />{' '}
        claimed or reported · <span className="key key-halo" aria-hidden="true" /> approximate place
      </p>
    </section>
  );
}
