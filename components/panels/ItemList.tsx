import { useI18n } from '@/components/i18n';
import { formatItemDate } from '@/lib/items/format';
import type { ItemFeature } from '@/lib/items/types';
import { KindSwatch } from './KindSwatch';
import { SupportBadge } from './SupportBadge';

interface ItemListProps {
  items: ItemFeature[];
  selectedId: number | null;
  onSelect: (id: number) => void;
  emptyMessage: string;
}

/** Items by date; each is a button, so the whole list works from the keyboard. */
export function ItemList({ items, selectedId, onSelect, emptyMessage }: ItemListProps) {
  const { t } = useI18n();
  if (items.length === 0) return <p className="empty">{emptyMessage}</p>;
  return (
    <ol className="item-list">
      {items.map((item) => {
        const { id, kind, title, support } = item.properties;
        return (
          <li key={id}>
            <button type="button" className="item-row" aria-current={id === selectedId ? 'true' : undefined} onClick={() => onSelect(id)}>
              <KindSwatch kind={kind} />
              <span className="item-row-text">
                <span className="item-row-title">{title}</span>
                <span className="item-row-meta">
                  {formatItemDate(item.properties, t)} · {t.kinds[kind].label}
                  {support.level !== 'corroborated' && (
                    <>
                      {' · '}
                      <SupportBadge level={support.level} />
                    </>
                  )}
                </span>
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
