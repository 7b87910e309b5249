'use client';
// The situation's name and description, saved at the version they were opened at; on a conflict the
// form keeps what was typed and shows the other editor's text.
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { sendJson } from '@/lib/admin/client';
import { zodFieldErrors } from '@/lib/errors';
import { situationInputSchema, type Situation } from '@/lib/situation/schema';

export function SituationForm({ situation }: { situation: Situation }) {
  const router = useRouter();
  const idPrefix = useId();
  const [name, setName] = useState(situation.name);
  const [description, setDescription] = useState(situation.description);
  const [version, setVersion] = useState(situation.version);
  const [theirs, setTheirs] = useState<Situation | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const local = situationInputSchema.safeParse({ name, description });
    if (!local.success) {
      setErrors(zodFieldErrors(local.error));
      setNotice('Nothing was saved: some fields need attention.');
      return;
    }
    setBusy(true);
    const result = await sendJson<Situation>('PUT', '/api/situation', { name, description, version });
    setBusy(false);
    if (!result.ok) {
      const current = (result.error.details as { current?: Situation } | undefined)?.current;
      if (result.status === 409 && current) setTheirs(current);
      setErrors(result.error.fields ?? {});
      setNotice(
        result.status === 409 && current
          ? 'Nothing was saved: someone else changed the situation meanwhile. Your text is still in the form; theirs is below.'
          : `Nothing was saved: ${result.error.message}`,
      );
      return;
    }
    setVersion(result.data.version);
    setTheirs(null);
    setErrors({});
    setNotice('Saved. The public map shows the new name on its next load.');
    router.refresh();
  }

  const errorList = (field: string) => (
    <span id={`${idPrefix}-${field}-errors`} className="field-errors">
      {errors[field]?.map((message) => (
        <span key={message} className="field-error">
          {message}
        </span>
      ))}
    </span>
  );

  return (
    <form className="admin-form" onSubmit={submit} noValidate>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      {theirs && (
        <section className="conflict" aria-labelledby={`${idPrefix}-conflict`}>
          <h2 id={`${idPrefix}-conflict`}>Their version (version {theirs.version})</h2>
          <p>
            <strong>Name:</strong> {theirs.name}
          </p>
          <p>
            <strong>Description:</strong> {theirs.description || '—'}
          </p>
          <button type="button" onClick={() => (setVersion(theirs.version), setTheirs(null), setNotice('Yours will replace theirs when you save.'))}>
            Keep mine (save over theirs)
          </button>{' '}
          <button
            type="button"
            onClick={() => (setName(theirs.name), setDescription(theirs.description), setVersion(theirs.version), setTheirs(null), setNotice('The form now shows their version.'))}
          >
            Take theirs
          </button>
        </section>
      )}
      <label htmlFor={`${idPrefix}-name`}>Name</label>
      <input
        id={`${idPrefix}-name`}
        value={name}
        onChange={(event) => setName(event.target.value)}
        aria-invalid={errors.name ? true : undefined}
        aria-describedby={`${idPrefix}-name-errors`}
      />
      {errorList('name')}
      <label htmlFor={`${idPrefix}-description`}>Description</label>
      <textarea
        id={`${idPrefix}-description`}
        rows={4}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        aria-invalid={errors.description ? true : undefined}
        aria-describedby={`${idPrefix}-description-errors`}
      />
      {errorList('description')}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Saving…' : 'Save the situation'}
      </button>
    </form>
  );
}
