import { useI18n } from '@/components/i18n';
import { formatItemDate } from '@/lib/items/format';
import type { ItemFeature } from '@/lib/items/types';
import { KindSwatch } from './KindSwatch';
import { SupportBadge } from './SupportBadge';

interface ItemTableProps {
  items: ItemFeature[];
  selectedId: number | null;
  onSelect: (id: number) => void;
  countryName: (iso: string) => string;
  emptyMessage: string;
}

/** Everything the map shows, as a table: the accessible equivalent of the map. */
export function ItemTable({ items, selectedId, onSelect, countryName, emptyMessage }: ItemTableProps) {
  const { t } = useI18n();
  if (items.length === 0) return <p className="empty">{emptyMessage}</p>;
  return (
    <table className="item-table">
      <caption className="visually-hidden">{t.list.title(items.length)}</caption>
      <thead>
        <tr>
          <th scope="col">{t.table.title}</th>
          <th scope="col">{t.table.kind}</th>
          <th scope="col">{t.table.when}</th>
          <th scope="col">{t.table.status}</th>
          <th scope="col">{t.table.support}</th>
          <th scope="col">{t.table.where}</th>
          <th scope="col">{t.table.actors}</th>
          <th scope="col">{t.table.countries}</th>
        </tr>
      </thead>
      <tbody>
        {items.map(({ properties: p }) => (
          <tr key={p.id} aria-current={p.id === selectedId ? 'true' : undefined}>
            <th scope="row">
              <button type="button" className="link-button" onClick={() => onSelect(p.id)}>
                {p.title}
              </button>
            </th>
            <td>
              <KindSwatch kind={p.kind} hollow={p.status === 'claimed' || p.status === 'reported'} /> {t.kinds[p.kind].label}
            </td>
            <td>{formatItemDate(p, t)}</td>
            <td>{t.statuses[p.status].label}</td>
            <td>
              <SupportBadge level={p.support.level} /> <span className="muted">{t.sources.outletCount(p.support.outlets)}</span>
            </td>
            <td>{t.locationPrecisions[p.locationPrecision]}</td>
            <td>{p.actors.join(' · ')}</td>
            <td>{p.countries.map(countryName).join(' · ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
