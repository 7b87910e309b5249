'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '@/lib/admin/client';
import { FIELD_LABELS, toItemForm, type ItemFormState } from '@/lib/admin/item-form';
import type { RevisionDto } from '@/lib/items/schema';

const ACTION_LABELS: Record<RevisionDto['action'], string> = {
  create: 'Created',
  update: 'Edited',
  delete: 'Deleted',
  restore: 'Restored',
};

function changedFields(revision: RevisionDto): string[] {
  if (!revision.before || !revision.after) return [];
  const [before, after] = [toItemForm(revision.before.input), toItemForm(revision.after.input)];
  return (Object.keys(FIELD_LABELS) as (keyof ItemFormState)[])
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => FIELD_LABELS[field]);
}

/** An item's revisions, newest first; any of them can be brought back as a new version. */
export function RevisionList({ itemId, currentVersion, revisions }: { itemId: number; currentVersion: number; revisions: RevisionDto[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);

  async function restore(revision: RevisionDto) {
    const result = await sendJson('POST', `/api/items/${itemId}/revisions/${revision.id}/restore`, { version: currentVersion });
    setMessage(result.ok ? `Restored the version saved ${new Date(revision.createdAt).toLocaleString('en-GB')}.` : result.error.message);
    router.refresh();
  }

  return (
    <>
      {message && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
      <ol className="revisions">
        {revisions.map((revision) => {
          const changed = changedFields(revision);
          return (
            <li key={revision.id}>
              <strong>{ACTION_LABELS[revision.action]}</strong> by {revision.adminName ?? 'a removed account'} on{' '}
              <time dateTime={revision.createdAt}>{new Date(revision.createdAt).toLocaleString('en-GB', { timeZone: 'UTC' })} UTC</time>
              {revision.after && <> — version {revision.after.version}</>}
              {changed.length > 0 && <div className="muted">Changed: {changed.join(', ')}</div>}
              {revision.after && <div>Title then: “{revision.after.input.title}”</div>}
              {revision.after?.version !== currentVersion && (
                <button type="button" onClick={() => restore(revision)}>
                  Restore this version
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
