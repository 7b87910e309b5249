'use client';
// A new article, or an existing one edited at the version it was opened at: the same schemas check the
// form before sending and the API after. On a conflict (someone saved in between) the form keeps what
// was typed and shows their version beside it, so nothing is lost.
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { sendJson } from '@/lib/admin/client';
import { zodFieldErrors } from '@/lib/errors';
import { sourceInputSchema, type SourceInputDraft } from '@/lib/sources/schema';

const FIELDS = [
  { name: 'title', label: 'Title' },
  { name: 'outlet', label: 'Outlet' },
  { name: 'url', label: 'Address of the original (optional)' },
  { name: 'language', label: 'Language (fr, en, …)' },
  { name: 'publishedAt', label: 'Published on (optional, 2024-12-05)' },
  { name: 'reportedAt', label: 'Reported on (optional)' },
] as const;

type FieldName = (typeof FIELDS)[number]['name'] | 'text';
type Values = Record<FieldName, string>;

/** The article being edited, as GET /api/sources/{id} answers it. */
export interface EditedSource {
  id: number;
  version: number;
  title: string;
  outlet: string;
  url: string | null;
  language: string;
  publishedAt: string | null;
  reportedAt: string | null;
  text: string;
}

const EMPTY: Values = { title: '', outlet: '', url: '', language: '', publishedAt: '', reportedAt: '', text: '' };
const LABELS: Record<FieldName, string> = { ...Object.fromEntries(FIELDS.map((f) => [f.name, f.label])), text: 'Full text' } as Record<FieldName, string>;

function valuesOf(source: EditedSource): Values {
  const { title, outlet, url, language, publishedAt, reportedAt, text } = source;
  return { title, outlet, url: url ?? '', language, publishedAt: publishedAt ?? '', reportedAt: reportedAt ?? '', text };
}

function draftOf(values: Values): SourceInputDraft {
  const optional = (value: string) => (value.trim() === '' ? null : value.trim());
  return { ...values, url: optional(values.url), publishedAt: optional(values.publishedAt), reportedAt: optional(values.reportedAt) };
}

export function SourceForm({ source }: { source?: EditedSource }) {
  const router = useRouter();
  const idPrefix = useId();
  const [values, setValues] = useState<Values>(() => (source ? valuesOf(source) : EMPTY));
  const [version, setVersion] = useState(source?.version ?? 0);
  const [theirs, setTheirs] = useState<EditedSource | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const draft = draftOf(values);
    const local = sourceInputSchema.safeParse(draft);
    if (!local.success) {
      setErrors(zodFieldErrors(local.error));
      setNotice('Nothing was saved: some fields need attention.');
      return;
    }
    setBusy(true);
    const result = source
      ? await sendJson<EditedSource>('PUT', `/api/sources/${source.id}`, { ...draft, version })
      : await sendJson<{ id: number }>('POST', '/api/sources', draft);
    setBusy(false);
    if (!result.ok) {
      // A 409 carries the article as it is now; only a newer version means someone saved in between
      // (the other 409, excerpts the new text would lose, says which in its message).
      const current = (result.error.details as { current?: EditedSource } | undefined)?.current;
      const stale = result.status === 409 && current !== undefined && current.version !== version;
      if (stale) setTheirs(current);
      setErrors(result.error.fields ?? {});
      setNotice(
        stale
          ? 'Nothing was saved: someone else saved this article while you were editing. Your text is still in the form; compare it with theirs below.'
          : `Nothing was saved: ${result.error.message}`,
      );
      return;
    }
    if (!source) return router.push(`/admin/items/new?source=${result.data.id}`);
    const saved = result.data as EditedSource;
    setVersion(saved.version);
    setTheirs(null);
    setErrors({});
    setNotice(`Saved as version ${saved.version}.`);
    router.refresh();
  }

  const errorList = (name: string) => (
    <span id={`${idPrefix}-${name}-errors`} className="field-errors">
      {errors[name]?.map((message) => (
        <span key={message} className="field-error">
          {message}
        </span>
      ))}
    </span>
  );
  const fieldProps = (name: FieldName) => ({
    id: `${idPrefix}-${name}`,
    name,
    value: values[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setValues((current) => ({ ...current, [name]: event.target.value })),
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': `${idPrefix}-${name}-errors`,
  });
  const differing = theirs ? (Object.keys(LABELS) as FieldName[]).filter((name) => valuesOf(theirs)[name] !== values[name]) : [];

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
          {differing.length === 0 ? (
            <p>Their version is the same as yours.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Theirs</th>
                  <th scope="col">Yours</th>
                </tr>
              </thead>
              <tbody>
                {differing.map((name) => (
                  <tr key={name}>
                    <th scope="row">{LABELS[name]}</th>
                    <td>{name === 'text' ? `${valuesOf(theirs).text.length} characters` : valuesOf(theirs)[name] || '—'}</td>
                    <td>{name === 'text' ? `${values.text.length} characters` : values[name] || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p>
            <button type="button" onClick={() => (setVersion(theirs.version), setTheirs(null), setNotice('Yours will replace theirs when you save.'))}>
              Keep mine (save over theirs)
            </button>{' '}
            <button
              type="button"
              onClick={() => (setValues(valuesOf(theirs)), setVersion(theirs.version), setTheirs(null), setNotice('The form now shows their version.'))}
            >
              Take theirs
            </button>
          </p>
        </section>
      )}
      {FIELDS.map((field) => (
        <div key={field.name}>
          <label htmlFor={`${idPrefix}-${field.name}`}>{field.label}</label>
          <input {...fieldProps(field.name)} />
          {errorList(field.name)}
        </div>
      ))}
      <label htmlFor={`${idPrefix}-text`}>Full text</label>
      <textarea {...fieldProps('text')} rows={16} />
      {errorList('text')}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Saving…' : source ? 'Save changes' : 'Save the article'}
      </button>
    </form>
  );
}
