import { useEffect, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { fromUtcMinutes, instantOrEndOfDay, toUtcMinutes } from '@/lib/dates';
import { ITEM_STATUSES, type ItemStatus } from '@/lib/items/kinds';
import type { SupportLevel } from '@/lib/sources/support';

export interface FilterValues {
  query: string;
  statuses: ItemStatus[];
  actors: string[];
  countries: string[];
  support: SupportLevel | null;
  sources: number[];
}

interface FiltersProps {
  values: FilterValues;
  /** ISO instant of the "as of" view, null for now. */
  asOf: string | null;
  onAsOfChange: (asOf: string | null) => void;
  actors: string[];
  countries: string[];
  countryName: (iso: string) => string;
  onChange: (change: Partial<FilterValues>) => void;
}

const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);
const SEARCH_DELAY_MS = 300;

/** Search and filters by status, actor and country; every control is a native, keyboard-usable input. */
/** `datetime-local` works in minutes without a zone; the URL keeps UTC instants. */
const toInputValue = (iso: string | null) => (iso ? toUtcMinutes(instantOrEndOfDay(iso)) : '');
const fromInputValue = (value: string) => (value ? fromUtcMinutes(value) : null);

export function Filters({ values, asOf, onAsOfChange, actors, countries, countryName, onChange }: FiltersProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState(values.query);
  // Follow the URL when it changes (back/forward), then debounce typing so each keystroke is not a request.
  const [urlQuery, setUrlQuery] = useState(values.query);
  if (urlQuery !== values.query) {
    setUrlQuery(values.query);
    setQuery(values.query);
  }
  useEffect(() => {
    if (query === values.query) return;
    const timer = setTimeout(() => onChange({ query }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, values.query, onChange]);

  const active = values.query || values.statuses.length || values.actors.length || values.countries.length || values.support || values.sources.length;
  return (
    <section className="filters" aria-labelledby="filters-title">
      <h2 id="filters-title" className="visually-hidden">
        {t.filters.title}
      </h2>
      <form role="search" onSubmit={(event) => (event.preventDefault(), onChange({ query }))}>
        <label className="search">
          <span className="visually-hidden">{t.filters.search}</span>
          <input type="search" value={query} placeholder={t.filters.searchPlaceholder} onChange={(event) => setQuery(event.target.value)} />
        </label>
      </form>
      <div className="filter-menus">
        <details>
          <summary>
            {t.filters.status}
            {values.statuses.length > 0 && ` (${values.statuses.length})`}
          </summary>
          <fieldset>
            <legend className="visually-hidden">{t.filters.status}</legend>
            {ITEM_STATUSES.map((status) => (
              <label key={status}>
                <input
                  type="checkbox"
                  checked={values.statuses.includes(status)}
                  onChange={() => onChange({ statuses: toggle(values.statuses, status) })}
                />{' '}
                {t.statuses[status].label}
              </label>
            ))}
          </fieldset>
        </details>
        <details>
          <summary>
            {t.filters.actor}
            {values.actors.length > 0 && ` (${values.actors.length})`}
          </summary>
          <fieldset>
            <legend className="visually-hidden">{t.filters.actor}</legend>
            {actors.map((actor) => (
              <label key={actor}>
                <input type="checkbox" checked={values.actors.includes(actor)} onChange={() => onChange({ actors: toggle(values.actors, actor) })} />{' '}
                {actor}
              </label>
            ))}
          </fieldset>
        </details>
        <details>
          <summary>
            {t.filters.country}
            {values.countries.length > 0 && ` (${values.countries.length})`}
          </summary>
          <fieldset>
            <legend className="visually-hidden">{t.filters.country}</legend>
            {countries.map((iso) => (
              <label key={iso}>
                <input
                  type="checkbox"
                  checked={values.countries.includes(iso)}
                  onChange={() => onChange({ countries: toggle(values.countries, iso) })}
                />{' '}
                {countryName(iso)}
              </label>
            ))}
          </fieldset>
        </details>
        <label className="corroborated-only" title={t.sources.corroboratedOnlyHint}>
          <input
            type="checkbox"
            checked={values.support === 'corroborated'}
            onChange={(event) => onChange({ support: event.target.checked ? 'corroborated' : null })}
          />{' '}
          {t.sources.corroboratedOnly}
        </label>
        <label className="as-of" title={t.filters.asOfHint}>
          {t.filters.asOf}{' '}
          <input
            type="datetime-local"
            value={toInputValue(asOf)}
            max={toUtcMinutes(new Date())}
            aria-describedby="as-of-hint"
            onChange={(event) => onAsOfChange(fromInputValue(event.target.value))}
          />
          <span id="as-of-hint" className="visually-hidden">
            {t.filters.asOfHint}
          </span>
        </label>
        {active ? (
          <button type="button" className="link-button" onClick={() => onChange({ query: '', statuses: [], actors: [], countries: [], support: null, sources: [] })}>
            {t.filters.clear}
          </button>
        ) : null}
      </div>
    </section>
  );
}
