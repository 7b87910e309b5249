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

/** What the API's 409 names: the items still citing what was to be deleted. */
interface CitingItems {
  items?: Array<{ id: number; title: string }>;
}

/** The refusal in our words, with the items named (and linked) so the editor knows where to detach it. */
export function CitedRefusal({ what, items, fallback }: { what: string; items: CitingItems['items']; fallback: string }) {
  if (!items?.length) return <>{fallback}</>;
  return (
    <>
      {what} cannot be deleted: {items.length === 1 ? 'an item still cites it' : `${items.length} items still cite it`} (
      {items.map((item, index) => (
        <span key={item.id}>
          {index > 0 && ', '}
          <Link href={`/admin/items/${item.id}`}>“{item.title}”</Link>
        </span>
      ))}
      ). Detach it from {items.length === 1 ? 'that item' : 'those items'} first; nothing was changed.
    </>
  );
}

export function ExcerptManager({ sourceId, text, excerpts }: { sourceId: number; text: string; excerpts: Excerpt[] }) {
  if (excerpts.length === 0) return <p className="muted">No excerpt of this article has been cited yet.</p>;
  return (
    <ol className="excerpt-admin-list">
      {excerpts.map((excerpt) => (
        <ExcerptRow key={excerpt.id} sourceId={sourceId} articleText={text} excerpt={excerpt} />
      ))}
    </ol>
  );
}

function ExcerptRow({ sourceId, articleText, excerpt }: { sourceId: number; articleText: string; excerpt: Excerpt }) {
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
    const items = (result.error.details as CitingItems | undefined)?.items;
    report(result.status === 409 ? <CitedRefusal what="This excerpt" items={items} fallback={`Not deleted: ${result.error.message}`} /> : `Not deleted: ${result.error.message}`, true);
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
                  <Link href={`/admin/items/${id}`}>item #{id}</Link>
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
