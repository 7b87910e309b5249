'use client';
import { useState } from 'react';
import { useI18n } from '@/components/i18n';
import type { ChangeSet, ItemChange } from '@/lib/changes/diff';
import type { ChangeTime } from '@/lib/changes/times';
import { isOrdered, type CompareState } from '@/lib/changes/url-state';
import { formatKm2 } from './format';
import './following.css';

interface ChangesResult {
  data?: ChangeSet;
  error?: Error;
  isLoading: boolean;
  mutate: () => unknown;
}

interface ComparePanelProps {
  /** The comparison in the URL (remount the panel with a new key when it changes). */
  compare: CompareState | null;
  changes: ChangesResult;
  onChange: (compare: CompareState | null) => void;
  onSelectItem: (id: number) => void;
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function changeLabel(change: ItemChange, time: ChangeTime, t: ReturnType<typeof useI18n>['t']): string {
  const f = t.following;
  return time === 'knowledge' ? f.changes.knowledge[change.change] : f.changes.event[change.change as 'appeared' | 'ended'];
}

function ChangeList({ compare, changes, onSelectItem }: { compare: CompareState; changes: ChangesResult; onSelectItem: (id: number) => void }) {
  const { t } = useI18n();
  const f = t.following;
  if (changes.error) {
    return (
      <div className="error" role="alert">
        <p>{f.failed(changes.error.message)}</p>
        <button type="button" onClick={() => void changes.mutate()}>
          {t.states.retry}
        </button>
      </div>
    );
  }
  if (!changes.data) {
    return (
      <p className="status-line" role="status">
        {f.loading}
      </p>
    );
  }
  const { items, areas } = changes.data;
  if (items.length === 0 && areas.length === 0) return <p className="muted">{f.none}</p>;
  // Removed from the map (knowledge time): nothing to open any more.
  const canOpen = (change: ItemChange) => !(compare.time === 'knowledge' && change.change === 'ended');
  return (
    <>
      <h3>{f.count(items.length)}</h3>
      <ul className="change-list">
        {items.map((change) => (
          <li key={`${change.change}-${change.id}`}>
            <span className={`change-badge change-${change.change}`}>{changeLabel(change, compare.time, t)}</span>{' '}
            {canOpen(change) ? (
              <button type="button" className="link-button" onClick={() => onSelectItem(change.id)}>
                {change.item.properties.title}
              </button>
            ) : (
              <span>{change.item.properties.title}</span>
            )}
            {change.fields.length > 0 && <span className="muted"> — {f.changed(change.fields.map((field) => f.fields[field]).join(', '))}</span>}
          </li>
        ))}
      </ul>
      {areas.length > 0 && (
        <>
          <h3>{f.ground}</h3>
          <ul className="change-list">
            {areas.map((area, index) => (
              <li key={index}>
                <span className={`change-badge change-${area.change}`}>{area.change === 'gained' ? f.gained : f.lost}</span>{' '}
                {f.areaOf(t.kinds[area.kind].label, area.actors.join(', '))}: <strong>{formatKm2(area.km2, t)}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** "Compare two moments": A, B and which time, in a form; then what changed in the view between them. */
export function ComparePanel({ compare, changes, onChange, onSelectItem }: ComparePanelProps) {
  const { t } = useI18n();
  const f = t.following;
  const [since, setSince] = useState(() => compare?.since.slice(0, 10) ?? isoDay(Date.now() - 7 * DAY_MS));
  const [until, setUntil] = useState(() => compare?.until.slice(0, 10) ?? isoDay(Date.now()));
  const [time, setTime] = useState<ChangeTime>(compare?.time ?? 'knowledge');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!since || !until || !isOrdered({ since, until })) {
      setError(f.reversed);
      return;
    }
    setError(null);
    onChange({ since, until, time });
  };

  return (
    <section className="compare" aria-labelledby="compare-title">
      <details open={compare !== null}>
        <summary>
          <h2 id="compare-title">{f.compare}</h2>
        </summary>
        <form onSubmit={submit} noValidate>
          <p className="muted">{f.compareHint}</p>
          <div className="compare-moments">
            <label>
              {f.since}
              <input type="date" value={since} required aria-invalid={error !== null} onChange={(event) => setSince(event.target.value)} />
            </label>
            <label>
              {f.until}
              <input type="date" value={until} required aria-invalid={error !== null} onChange={(event) => setUntil(event.target.value)} />
            </label>
          </div>
          <fieldset className="compare-time">
            <legend>{f.time}</legend>
            {(['knowledge', 'event'] as const).map((value) => (
              <label key={value}>
                <input type="radio" name="compare-time" value={value} checked={time === value} onChange={() => setTime(value)} />{' '}
                {value === 'knowledge' ? f.knowledgeTime : f.eventTime}
              </label>
            ))}
          </fieldset>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <div className="compare-actions">
            <button type="submit">{f.showChanges}</button>
            {compare && (
              <button type="button" onClick={() => onChange(null)}>
                {f.stopComparing}
              </button>
            )}
          </div>
        </form>
      </details>
      {compare && <ChangeList compare={compare} changes={changes} onSelectItem={onSelectItem} />}
    </section>
  );
}
