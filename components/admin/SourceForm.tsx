'use client';
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

/** A new source: the same schema checks the form before sending and the API after. */
export function SourceForm() {
  const router = useRouter();
  const idPrefix = useId();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? '');
    const optional = (name: string) => (value(name).trim() === '' ? null : value(name).trim());
    const draft: SourceInputDraft = {
      title: value('title'),
      outlet: value('outlet'),
      url: optional('url'),
      language: value('language'),
      publishedAt: optional('publishedAt'),
      reportedAt: optional('reportedAt'),
      text: value('text'),
    };
    const local = sourceInputSchema.safeParse(draft);
    if (!local.success) {
      setErrors(zodFieldErrors(local.error));
      setNotice('Nothing was saved: some fields need attention.');
      return;
    }
    setBusy(true);
    const result = await sendJson<{ id: number }>('POST', '/api/sources', draft);
    setBusy(false);
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      setNotice(`Nothing was saved: ${result.error.message}`);
      return;
    }
    router.push(`/admin/items/new?source=${result.data.id}`);
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

  return (
    <form className="admin-form" onSubmit={submit} noValidate>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      {FIELDS.map((field) => (
        <div key={field.name}>
          <label htmlFor={`${idPrefix}-${field.name}`}>{field.label}</label>
          <input
            id={`${idPrefix}-${field.name}`}
            name={field.name}
            aria-invalid={errors[field.name] ? true : undefined}
            aria-describedby={`${idPrefix}-${field.name}-errors`}
          />
          {errorList(field.name)}
        </div>
      ))}
      <label htmlFor={`${idPrefix}-text`}>Full text</label>
      <textarea id={`${idPrefix}-text`} name="text" rows={16} aria-describedby={`${idPrefix}-text-errors`} />
      {errorList('text')}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Saving…' : 'Save the article'}
      </button>
    </form>
  );
}
