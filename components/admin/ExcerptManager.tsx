'use client';
// An article's excerpts for the admin: each one's words (edited only to other words of the article,
// found verbatim), whose statement it reports, the items citing it, and deletion, refused while an item
// still cites it. A refused or failed change keeps what was typed.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { sendJson } from '@/lib/admin/client';
import { locateQuote } from '@/lib/sources/excerpts';
import type { SourceDto } from '@/lib/items/types';

type Excerpt = SourceDto['excerpts'][number];

/** What the API's 409 names: the items and regions still citing what was to be deleted. */
export interface Citations {
  itemIds?: number[];
  regionIds?: string[];
}

/** Titles of the items citing the article's excerpts, by id (the page reads them on the server). */
export type ItemTitles = Record<number, string>;

const itemLink = (id: number, titles: ItemTitles) => <Link href={`/admin/items/${id}`}>{titles[id] ? `“${titles[id]}”` : `item #${id}`}</Link>;

/** The refusal in our words, naming (and linking) the items and regions so the editor knows where to look. */
export function CitedRefusal({ what, citations, titles, fallback }: { what: string; citations: Citations | undefined; titles: ItemTitles; fallback: string }) {
  const itemIds = citations?.itemIds ?? [];
  const regionIds = citations?.regionIds ?? [];
  if (itemIds.length === 0 && regionIds.length === 0) return <>{fallback}</>;
  return (
    <>
      {what} cannot be deleted while something still cites it:{' '}
      {itemIds.map((id, index) => (
        <span key={id}>
          {index > 0 && ', '}
          {itemLink(id, titles)}
        </span>
      ))}
      {regionIds.length > 0 && (
        <>
          {itemIds.length > 0 && ', '}
          {regionIds.length === 1 ? 'the context of region ' : 'the context of regions '}
          {regionIds.join(', ')}
        </>
      )}
      . Cite other words there, or remove it from there, first. Nothing was changed.
    </>
  );
}

export function ExcerptManager({ sourceId, text, excerpts, titles }: { sourceId: number; text: string; excerpts: Excerpt[]; titles: ItemTitles }) {
  if (excerpts.length === 0) return <p className="muted">No excerpt of this article has been cited yet.</p>;
  return (
    <ol className="excerpt-admin-list">
      {excerpts.map((excerpt) => (
        <ExcerptRow key={excerpt.id} sourceId={sourceId} articleText={text} excerpt={excerpt} titles={titles} />
      ))}
    </ol>
  );
}

function ExcerptRow({ sourceId, articleText, excerpt, titles }: { sourceId: number; articleText: string; excerpt: Excerpt; titles: ItemTitles }) {
  const router = useRouter();
  const idPrefix = useId();
  const [quote, setQuote] = useState(excerpt.text);
  const [attribution, setAttribution] = useState(excerpt.attribution ?? '');
  const [message, setMessage] = useState<React.ReactNode>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const url = `/api/sources/${sourceId}/excerpts/${excerpt.id}`;

  function report(text: React.ReactNode, isError: boolean) {
    setMessage(text);
    setFailed(isError);
  }

  async function save(event: React.FormEvent) {
    event.preventDefault();
    let span;
    try {
      span = locateQuote(articleText, quote);
    } catch {
      return report('Not saved: the quoted text must be words of the article exactly as written, and occur only once in it. Your text is kept above.', true);
    }
    setBusy(true);
    const result = await sendJson('PUT', url, { ...span, text: quote, attribution: attribution.trim() || null });
    setBusy(false);
    if (!result.ok) return report(`Not saved: ${result.error.message}`, true);
    report('Saved.', false);
    router.refresh();
  }

  async function remove() {
    setBusy(true);
    const result = await sendJson('DELETE', url, {});
    setBusy(false);
    if (result.ok) return router.refresh();
    const citations = result.error.details as Citations | undefined;
    const fallback = `Not deleted: ${result.error.message}`;
    report(result.status === 409 ? <CitedRefusal what="This excerpt" citations={citations} titles={titles} fallback={fallback} /> : fallback, true);
  }

  return (
    <li className="excerpt-admin">
      <form onSubmit={save} aria-label={`Excerpt ${excerpt.id}`}>
        <label htmlFor={`${idPrefix}-quote`}>Quoted text</label>
        <textarea id={`${idPrefix}-quote`} lang={excerpt.language} rows={2} value={quote} onChange={(event) => setQuote(event.target.value)} />
        <label htmlFor={`${idPrefix}-attribution`}>According to (optional: whose own statement this reports)</label>
        <input id={`${idPrefix}-attribution`} value={attribution} onChange={(event) => setAttribution(event.target.value)} />
        <p className="muted">
          {excerpt.itemIds.length === 0 ? (
            'Cited by no item.'
          ) : (
            <>
              Cited by{' '}
              {excerpt.itemIds.map((id, index) => (
                <span key={id}>
                  {index > 0 && ', '}
                  {itemLink(id, titles)}
                </span>
              ))}
            </>
          )}
        </p>
        <p className="excerpt-admin-actions">
          <button type="submit" disabled={busy}>
            Save excerpt
          </button>
          <button type="button" className="danger" disabled={busy} onClick={remove}>
            Delete excerpt
          </button>
        </p>
        {message && (
          <p role={failed ? 'alert' : 'status'} className={failed ? 'field-error' : 'notice'}>
            {message}
          </p>
        )}
      </form>
    </li>
  );
}
