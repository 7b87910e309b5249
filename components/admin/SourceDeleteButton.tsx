'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '@/lib/admin/client';
import { CitedRefusal, type Citations, type ItemTitles } from './ExcerptManager';

/** Deletes an article; refused (and said why, naming the items) while any item still cites it. */
export function SourceDeleteButton({ sourceId, version, titles }: { sourceId: number; version: number; titles: ItemTitles }) {
  const router = useRouter();
  const [refusal, setRefusal] = useState<React.ReactNode>(null);
  const [busy, setBusy] = useState(false);

  async function remove() {
    if (!window.confirm('Delete this article and its excerpts? Its history is kept.')) return;
    setBusy(true);
    const result = await sendJson('DELETE', `/api/sources/${sourceId}`, { version });
    setBusy(false);
    if (result.ok) return router.push('/admin/sources');
    const citations = result.error.details as Citations | undefined;
    const fallback = `Not deleted: ${result.error.message}`;
    const cited = result.status === 409 && (citations?.itemIds?.length || citations?.regionIds?.length);
    // A 409 without citations is a stale version: someone saved the article meanwhile.
    setRefusal(cited ? <CitedRefusal what="This article" citations={citations} titles={titles} fallback={fallback} /> : fallback);
  }

  return (
    <>
      <button type="button" className="danger" disabled={busy} onClick={remove}>
        Delete the article
      </button>
      {refusal && (
        <p role="alert" className="field-error">
          {refusal}
        </p>
      )}
    </>
  );
}
