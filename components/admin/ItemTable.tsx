'use client';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import type { EditorItemRow } from '@/lib/items/schema';
// The admin pages speak English.
import { MESSAGES } from '@/lib/i18n/messages';
import { ITEM_KINDS, ITEM_STATUSES } from '@/lib/items/kinds';

/** Every item, deleted ones on request: search by title, filter by kind and status, sort by date. */
export function ItemTable({ items }: { items: EditorItemRow[] }) {
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState('');
  const [status, setStatus] = useState('');
  const [showDeleted, setShowDeleted] = useState(false);
  const [newestFirst, setNewestFirst] = useState(true);

  const shown = useMemo(() => {
    const words = search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    return items
      .filter((item) => showDeleted || !item.deletedAt)
      .filter((item) => !kind || item.kind === kind)
      .filter((item) => !status || item.status === status)
      .filter((item) => words.every((word) => item.title.toLocaleLowerCase().includes(word)))
      .sort((a, b) => (newestFirst ? -1 : 1) * (a.startDate.localeCompare(b.startDate) || a.id - b.id));
  }, [items, search, kind, status, showDeleted, newestFirst]);

  return (
    <>
      <div className="table-filters">
        <label>
          Search
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Words in the title" />
        </label>
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">All kinds</option>
            {ITEM_KINDS.map((k) => (
              <option key={k} value={k}>
                {MESSAGES.en.kinds[k].label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">All statuses</option>
            {ITEM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {MESSAGES.en.statuses[s].description}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          <input type="checkbox" checked={showDeleted} onChange={(e) => setShowDeleted(e.target.checked)} /> Show deleted
        </label>
      </div>
      <table className="item-table">
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Kind</th>
            <th scope="col">Status</th>
            <th scope="col" aria-sort={newestFirst ? 'descending' : 'ascending'}>
              <button type="button" className="link-button" onClick={() => setNewestFirst(!newestFirst)}>
                Date {newestFirst ? '↓' : '↑'}
              </button>
            </th>
            <th scope="col">Version</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((item) => (
            <tr key={item.id} className={item.deletedAt ? 'deleted' : undefined}>
              <td>
                <Link href={`/admin/items/${item.id}`}>{item.title}</Link>
                {item.deletedAt && <span className="badge">Deleted</span>}
              </td>
              <td>{MESSAGES.en.kinds[item.kind].label}</td>
              <td>{MESSAGES.en.statuses[item.status].description}</td>
              <td>{item.startDate}</td>
              <td>{item.version}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 && <p className="muted">No item matches.</p>}
      <p className="muted">
        {shown.length} of {items.length} items
      </p>
    </>
  );
}
