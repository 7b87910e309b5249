import { ITEM_KINDS, type ItemKind } from '@/lib/items/kinds';
import { useI18n } from '@/components/i18n';
import { KindSwatch } from './KindSwatch';

interface LegendProps {
  counts: Record<ItemKind, number>;
  hiddenKinds: ItemKind[];
  onToggle: (kind: ItemKind) => void;
}

/** Kind toggles with their counts, plus a key to how precision and status are drawn. */
export function Legend({ counts, hiddenKinds, onToggle }: LegendProps) {
  const { t } = useI18n();
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t.legend.title}</h2>
      <ul>
        {ITEM_KINDS.map((kind) => (
          <li key={kind}>
            <label className="legend-row" title={t.kinds[kind].description}>
              <input type="checkbox" checked={!hiddenKinds.includes(kind)} onChange={() => onToggle(kind)} />
              <KindSwatch kind={kind} />
              <span className="legend-label">{t.kinds[kind].label}</span>
              <span className="legend-count" aria-label={t.legend.count(counts[kind])}>
                {counts[kind]}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <p className="legend-key">
        <span className="key key-solid" aria-hidden="true" /> {t.legend.keySolid} · <span className="key key-dashed" aria-hidden="true" />{' '}
        <KindSwatch kind="strike" hollow /> {t.legend.keyDashed} · <span className="key key-halo" aria-hidden="true" /> {t.legend.keyHalo} ·{' '}
        <span className="key-faint" aria-hidden="true">
          <KindSwatch kind="strike" />
        </span>{' '}
        <span className="support-badge support-badge-single-source">{t.sources.badge['single-source']}</span> {t.sources.legendKey}
      </p>
    </section>
  );
}
