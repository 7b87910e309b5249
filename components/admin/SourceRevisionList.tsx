// An article's history, newest first: every change to the article or to one of its excerpts, who made
// it and when, and what changed.
import type { SourceRevisionDto } from '@/lib/sources/schema';

const ACTION_LABELS: Record<SourceRevisionDto['action'], string> = {
  create: 'Article added',
  update: 'Article edited',
  delete: 'Article deleted',
  'excerpt-create': 'Excerpt cited',
  'excerpt-update': 'Excerpt edited',
  'excerpt-delete': 'Excerpt deleted',
};

/** The fields whose stored value differs between before and after (the text by its length only). */
function changes(revision: SourceRevisionDto): string[] {
  const { before, after } = revision;
  if (!before || !after) return [];
  return Object.keys(after)
    .filter((field) => field !== 'version' && JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => (field === 'text' ? 'text' : `${field}: ${JSON.stringify(before[field] ?? null)} → ${JSON.stringify(after[field] ?? null)}`));
}

export function SourceRevisionList({ revisions }: { revisions: SourceRevisionDto[] }) {
  if (revisions.length === 0) return <p className="muted">No change has been recorded for this article.</p>;
  return (
    <ol className="revisions">
      {revisions.map((revision) => {
        const changed = changes(revision);
        const quote = (revision.after ?? revision.before)?.text;
        return (
          <li key={revision.id}>
            <strong>{ACTION_LABELS[revision.action]}</strong>
            {revision.excerptId !== null && <> (excerpt #{revision.excerptId})</>} by {revision.adminName ?? 'a removed account'} on{' '}
            <time dateTime={revision.createdAt}>{new Date(revision.createdAt).toLocaleString('en-GB', { timeZone: 'UTC' })} UTC</time>
            {revision.excerptId !== null && typeof quote === 'string' && (
              <div>
                <q>{quote}</q>
              </div>
            )}
            {changed.length > 0 && <div className="muted">Changed: {changed.join('; ')}</div>}
          </li>
        );
      })}
    </ol>
  );
}
