'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '@/lib/admin/client';
import { CitedRefusal } from './ExcerptManager';

/** Deletes an article; refused (and said why, naming the items) while any item still cites it. */
export function SourceDeleteButton({ sourceId, version }: { sourceId: number; version: number }) {
  const router = useRouter();
  const [refusal, setRefusal] = useState<React.ReactNode>(null);
  const [busy, setBusy] = useState(false);

  async function remove() {
    if (!window.confirm('Delete this article and its excerpts? Its history is kept.')) return;
    setBusy(true);
    const result = await sendJson('DELETE', `/api/sources/${sourceId}`, { version });
    setBusy(false);
    if (result.ok) return router.push('/admin/sources');
    const items = (result.error.details as { items?: Array<{ id: number; title: string }> } | undefined)?.items;
    setRefusal(result.status === 409 ? <CitedRefusal what="This article" items={items} fallback={`Not deleted: ${result.error.message}`} /> : `Not deleted: ${result.error.message}`);
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
