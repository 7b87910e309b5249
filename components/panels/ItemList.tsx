import { KIND_STYLES } from '@/lib/items/kinds';
import { formatItemDate } from '@/lib/items/format';
import type { ItemFeature } from '@/lib/items/types';

interface ItemListProps {
  items: ItemFeature[];
  selectedId: number | null;
  onSelect: (id: number) => void;
  emptyMessage: string;
}

/** Items by date; each is a button, so the whole list works from the keyboard. */
export function ItemList({ items, selectedId, onSelect, emptyMessage }: ItemListProps) {
  if (items.length === 0) return <p className="empty">{emptyMessage}</p>;
  return (
    <ol className="item-list">
      {items.map((item) => {
        const { id, kind, title } = item.properties;
        return (
          <li key={id}>
            <button
              type="button"
              className="item-row"
              aria-current={id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(id)}
            >
              <span className={`swatch swatch-${kind}`} style={{ color: KIND_STYLES[kind].color }} aria-hidden="true" />
              <span className="item-row-text">
                <span className="item-row-title">{title}</span>
                <span className="item-row-meta">
                  {formatItemDate(item.properties)} · {KIND_STYLES[kind].label}
                </span>
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
