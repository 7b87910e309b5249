'use client';
// The GeoJSON import: choose the article and a file, read the dry run (per feature: what will be
// created, every problem), then import all or nothing while the server streams its progress.
import Link from 'next/link';
import { useId, useState } from 'react';
import { sendBody, type SendResult } from '@/lib/admin/client';
import { describeProblem, problemPlace, shorten } from '@/lib/admin/import-view';
import { tooLargeMessage } from '@/lib/api/body-size';
import type { ApiErrorBody } from '@/lib/api/errors';
import { MAX_IMPORT_BYTES } from '@/lib/import/limits';
import type { ImportPlan } from '@/lib/import/plan';
import { readEvents } from '@/lib/import/progress';
// The admin pages speak English.
import { MESSAGES } from '@/lib/i18n/messages';
import type { SourceSummary } from '@/lib/sources/schema';

type Failure = ApiErrorBody['error'];
/** Links to this many created items at most; the items table lists them all. */
const MAX_RESULT_LINKS = 100;

function send(file: File, sourceId: string, dryRun: boolean): Promise<SendResult<Response>> {
  return sendBody('POST', `/api/import?source=${sourceId}&dryRun=${dryRun}`, file, 'application/geo+json');
}

/** The 400 of a real import keys its problems "features.3.properties.kind": back to plain words. */
function failureLines(failure: Failure): string[] {
  return Object.entries(failure.fields ?? {}).flatMap(([key, messages]) => {
    const [, index, path = ''] = /^features\.(\d+)\.?(.*)$/.exec(key) ?? [null, null, key];
    const place = problemPlace(path);
    return messages.map((message) => `${index === null ? '' : `Feature ${Number(index) + 1}: `}${place ? `${place}: ` : ''}${message}`);
  });
}

function PlanTable({ plan }: { plan: ImportPlan }) {
  return (
    <table className="item-table import-plan">
      <caption>Features in the file, in order</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Title</th>
          <th scope="col">Kind</th>
          <th scope="col">Excerpts</th>
          <th scope="col">Problems</th>
        </tr>
      </thead>
      <tbody>
        {plan.features.map((feature) => (
          <tr key={feature.index} className={feature.problems.length ? 'has-problems' : undefined}>
            <td>{feature.index + 1}</td>
            <td>{feature.title?.trim() ? feature.title : <span className="muted">(no title)</span>}</td>
            <td>{feature.kind ? MESSAGES.en.kinds[feature.kind].label : '—'}</td>
            <td>
              {feature.excerpts.length > 0 && (
                <ul className="plan-excerpts">
                  {feature.excerpts.map((excerpt) => (
                    <li key={`${excerpt.start}-${excerpt.end}`}>
                      <span className={excerpt.existingId === null ? 'tag new' : 'tag'}>{excerpt.existingId === null ? 'New' : 'Reused'}</span>{' '}
                      <q>{shorten(excerpt.text)}</q>
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td>
              {feature.problems.length === 0 ? (
                <span className="ok">Ready</span>
              ) : (
                <ul className="plan-problems">
                  {feature.problems.map((problem, i) => (
                    <li key={i}>{describeProblem(problem)}</li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ImportForm({ sources }: { sources: SourceSummary[] }) {
  const idPrefix = useId();
  const [sourceId, setSourceId] = useState(sources[0] ? String(sources[0].id) : '');
  const [file, setFile] = useState<File | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [busy, setBusy] = useState<'checking' | 'importing' | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [itemIds, setItemIds] = useState<number[] | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  /** A new choice of article or file: the previous dry run no longer says anything about it. */
  function reset() {
    setPlan(null);
    setProgress(null);
    setItemIds(null);
    setFailure(null);
  }

  async function check(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    reset();
    if (!file) return setFailure({ code: 'bad_request', message: 'Choose a .geojson or .json file first.' });
    if (file.size > MAX_IMPORT_BYTES) return setFailure({ code: 'payload_too_large', message: tooLargeMessage('The file', MAX_IMPORT_BYTES) });
    setBusy('checking');
    const sent = await send(file, sourceId, true);
    if (sent.ok) setPlan((await sent.data.json()) as ImportPlan);
    else setFailure(sent.error);
    setBusy(null);
  }

  async function runImport() {
    if (!file || !plan) return;
    setBusy('importing');
    setFailure(null);
    const sent = await send(file, sourceId, false);
    if (!sent.ok || !sent.data.body) {
      setFailure(sent.ok ? { code: 'internal_error', message: 'The server sent no answer.' } : sent.error);
      return setBusy(null);
    }
    let finished = false;
    try {
      for await (const update of readEvents(sent.data.body)) {
        if (update.type === 'progress') setProgress({ done: update.done, total: update.total });
        else if (update.type === 'done') setItemIds(update.itemIds);
        else setFailure(update.error);
        finished ||= update.type !== 'progress';
      }
    } catch {
      finished = false;
    }
    if (!finished) {
      setFailure({
        code: 'internal_error',
        message: 'The connection closed before the import finished. It either completed in full or not at all: check the items table.',
      });
    }
    setBusy(null);
  }

  const ready = plan !== null && plan.problemCount === 0 && plan.features.length > 0 && itemIds === null;
  const withProblems = plan?.features.filter((f) => f.problems.length > 0).length ?? 0;

  return (
    <>
      <form className="admin-form import-form" onSubmit={check} noValidate>
        <label htmlFor={`${idPrefix}-source`}>Article the excerpts quote</label>
        <select
          id={`${idPrefix}-source`}
          value={sourceId}
          onChange={(e) => {
            setSourceId(e.target.value);
            reset();
          }}
        >
          {sources.map((source) => (
            <option key={source.id} value={source.id}>
              {source.title} ({source.outlet})
            </option>
          ))}
        </select>
        <label htmlFor={`${idPrefix}-file`}>GeoJSON file (FeatureCollection, as the dashboard exports it)</label>
        <input
          id={`${idPrefix}-file`}
          type="file"
          accept=".geojson,.json,application/geo+json,application/json"
          aria-describedby={`${idPrefix}-file-help`}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            reset();
          }}
        />
        <span id={`${idPrefix}-file-help`} className="muted">
          At most {MAX_IMPORT_BYTES / 1_000_000} MB. Checking the file writes nothing.
        </span>
        <button type="submit" className="primary" disabled={busy !== null || !sourceId}>
          {busy === 'checking' ? 'Checking…' : 'Check the file (dry run)'}
        </button>
      </form>

      <div role="status" className="import-status">
        {failure && (
          <div className="notice warning">
            <p>{failure.message}</p>
            {failureLines(failure).length > 0 && (
              <ul>
                {failureLines(failure).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {plan && itemIds === null && busy !== 'importing' && (
          <p className="notice">
            {plan.features.length === 0
              ? 'The file holds no features: there is nothing to import.'
              : plan.problemCount === 0
                ? `All ${plan.features.length} features are ready to import.`
                : `${withProblems} of ${plan.features.length} features have problems (${plan.problemCount} in all). Nothing is imported while any feature has a problem: fix the file and check it again.`}
          </p>
        )}
        {itemIds && (
          <p className="notice">
            Imported {itemIds.length} {itemIds.length === 1 ? 'item' : 'items'}, each with its history entry. <Link href="/">See them on the public map</Link>{' '}
            or in the <Link href="/admin">items table</Link>.
          </p>
        )}
      </div>

      {busy === 'importing' && (
        <div className="import-progress">
          <label htmlFor={`${idPrefix}-progress`}>
            {progress ? `Importing: ${progress.done} of ${progress.total} items written` : 'Sending the file…'}
          </label>
          <progress id={`${idPrefix}-progress`} max={progress?.total || 1} value={progress?.done ?? undefined} />
        </div>
      )}

      {ready && (
        <p>
          <button type="button" className="primary" onClick={runImport} disabled={busy !== null}>
            Import {plan.features.length} {plan.features.length === 1 ? 'item' : 'items'}
          </button>{' '}
          <span className="muted">All or nothing: if anything fails, nothing is written.</span>
        </p>
      )}

      {itemIds && (
        <section className="import-results" aria-labelledby={`${idPrefix}-result`}>
          <h2 id={`${idPrefix}-result`}>Imported items</h2>
          <ul className="import-result">
            {itemIds.slice(0, MAX_RESULT_LINKS).map((id, i) => (
              <li key={id}>
                <Link href={`/admin/items/${id}`}>{plan?.features[i]?.title ?? `Item ${id}`}</Link>
              </li>
            ))}
          </ul>
          {itemIds.length > MAX_RESULT_LINKS && <p>… and {itemIds.length - MAX_RESULT_LINKS} more in the items table.</p>}
        </section>
      )}

      {plan && plan.features.length > 0 && itemIds === null && <PlanTable plan={plan} />}
    </>
  );
}
