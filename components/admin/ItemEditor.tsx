'use client';
// The item form: every field with its errors beside it (the shared schema's words, checked here
// before sending and again by the API), the shape editor, the excerpt picker, and saving with the
// version it edited. A 409 opens the conflict view with both versions; nothing is overwritten silently.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { sendJson } from '@/lib/admin/client';
import { emptyItemForm, errorsByField, FIELD_LABELS, toItemDraft, toItemForm, type ItemFormState } from '@/lib/admin/item-form';
import { zodFieldErrors } from '@/lib/errors';
import type { ConflictDetails, EditorItem } from '@/lib/items/schema';
import {
  DATE_PRECISIONS,
  ITEM_KINDS,
  ITEM_STATUSES,
  LOCATION_PRECISIONS,
} from '@/lib/items/kinds';
// The admin pages speak English.
import { MESSAGES } from '@/lib/i18n/messages';
import { itemInputSchema } from '@/lib/items/schema';
import type { ExcerptDto } from '@/lib/items/types';
import type { SourceSummary } from '@/lib/sources/schema';
import type { Span } from '@/lib/sources/excerpts';
import { ConflictView } from './ConflictView';
import { ExcerptPicker } from './ExcerptPicker';
import { GeometryEditor } from './GeometryEditor';
import { PlaceSuggestions } from './PlaceSuggestions';

type Errors = ReturnType<typeof errorsByField>;

function FieldErrors({ id, messages }: { id: string; messages?: string[] }) {
  return (
    <span id={id} className="field-errors">
      {messages?.map((message) => (
        <span key={message} className="field-error">
          {message}
        </span>
      ))}
    </span>
  );
}

/** Spans of an article to store as excerpts and cite when the new item is saved (a drafted proposal's sentences). */
export interface ExcerptsToCite {
  sourceId: number;
  spans: (Span & { text: string })[];
}

interface ItemEditorProps {
  item: EditorItem | null;
  sources: SourceSummary[];
  /** The article to show in the excerpt picker first (default: the one the item cites, else the newest). */
  sourceId?: number;
  /** A new item's form as prefilled (default: empty). */
  initial?: ItemFormState;
  excerptsToCite?: ExcerptsToCite;
  /** Called with a new item once saved, instead of opening its page. */
  onCreated?: (item: EditorItem) => void;
}

export function ItemEditor({ item, sources, sourceId, initial, excerptsToCite, onCreated }: ItemEditorProps) {
  const router = useRouter();
  const idPrefix = useId();
  const [form, setForm] = useState<ItemFormState>(() => (item ? toItemForm(item.input) : (initial ?? emptyItemForm())));
  const [version, setVersion] = useState(item?.version ?? 0);
  const [deletedAt, setDeletedAt] = useState(item?.deletedAt ?? null);
  const [errors, setErrors] = useState<Errors>({});
  const [conflict, setConflict] = useState<EditorItem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [citedExcerpts, setCitedExcerpts] = useState<ExcerptDto[]>(item?.excerpts ?? []);
  const [pickerSourceId, setPickerSourceId] = useState<number | null>(() => {
    const preferred = sourceId ?? item?.excerpts[0]?.sourceId;
    return sources.find((s) => s.id === preferred)?.id ?? sources[0]?.id ?? null;
  });

  const set = <K extends keyof ItemFormState>(field: K, value: ItemFormState[K]) => setForm((current) => ({ ...current, [field]: value }));
  const fieldProps = (field: keyof ItemFormState) => ({
    id: `${idPrefix}-${field}`,
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': `${idPrefix}-${field}-errors`,
  });
  const errorsOf = (field: keyof ItemFormState) => <FieldErrors id={`${idPrefix}-${field}-errors`} messages={errors[field]} />;

  function loaded(saved: EditorItem, message: string) {
    setForm(toItemForm(saved.input));
    setVersion(saved.version);
    setDeletedAt(saved.deletedAt);
    setCitedExcerpts(saved.excerpts);
    setConflict(null);
    setErrors({});
    setNotice(message);
  }

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const pendingSpans = excerptsToCite?.spans ?? [];
    const draft = { ...toItemDraft(form), excerptIds: [...form.excerptIds] };
    // Spans still to store count as cited: they get their excerpt ids just before the item is saved.
    const local = itemInputSchema.safeParse({ ...draft, excerptIds: [...draft.excerptIds, ...pendingSpans.map((_, index) => index + 1)] });
    if (!local.success) {
      setErrors(errorsByField(zodFieldErrors(local.error)));
      setNotice('Nothing was saved: some fields need attention (see the messages next to them).');
      return;
    }
    setBusy(true);
    for (const span of pendingSpans) {
      const cited = await sendJson<ExcerptDto>('POST', `/api/sources/${excerptsToCite!.sourceId}/excerpts`, span);
      if (!cited.ok) {
        setBusy(false);
        setNotice(`Nothing was saved: ${cited.error.message}`);
        return;
      }
      if (!draft.excerptIds.includes(cited.data.id)) draft.excerptIds.push(cited.data.id);
    }
    const result = item
      ? await sendJson<EditorItem>('PUT', `/api/items/${item.id}`, { ...draft, version })
      : await sendJson<EditorItem>('POST', '/api/items', draft);
    setBusy(false);
    if (result.ok) {
      if (!item) {
        if (onCreated) onCreated(result.data);
        else router.push(`/admin/items/${result.data.id}`);
        return;
      }
      loaded(result.data, `Saved as version ${result.data.version}. The public map shows it within seconds.`);
      router.refresh();
      return;
    }
    if (result.status === 409 && result.error.details) {
      setConflict((result.error.details as unknown as ConflictDetails).current);
    }
    setErrors(errorsByField(result.error.fields));
    setNotice(`Nothing was saved: ${result.error.message}`);
  }

  async function changeDeletion(action: 'delete' | 'restore') {
    if (!item) return;
    setBusy(true);
    const result =
      action === 'delete'
        ? await sendJson<EditorItem>('DELETE', `/api/items/${item.id}`, { version })
        : await sendJson<EditorItem>('POST', `/api/items/${item.id}/restore`, { version });
    setBusy(false);
    if (result.ok) loaded(result.data, action === 'delete' ? 'Deleted: the item is off the public map. Restore brings it back.' : 'Restored: the item is back on the public map.');
    else {
      if (result.status === 409 && result.error.details) setConflict((result.error.details as unknown as ConflictDetails).current);
      setNotice(`Nothing changed: ${result.error.message}`);
    }
  }

  function attach(excerpt: ExcerptDto) {
    setCitedExcerpts((current) => (current.some((e) => e.id === excerpt.id) ? current : [...current, excerpt]));
    setForm((current) => (current.excerptIds.includes(excerpt.id) ? current : { ...current, excerptIds: [...current.excerptIds, excerpt.id] }));
  }
  function detach(id: number) {
    setForm((current) => ({ ...current, excerptIds: current.excerptIds.filter((e) => e !== id) }));
  }

  return (
    <form className="item-editor" onSubmit={save} noValidate>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      {errors._ && <FieldErrors id={`${idPrefix}-general-errors`} messages={errors._} />}
      {deletedAt && (
        <p className="notice warning">
          This item is deleted: it is not on the public map.{' '}
          <button type="button" onClick={() => changeDeletion('restore')} disabled={busy}>
            Restore it
          </button>
        </p>
      )}
      {conflict && (
        <ConflictView
          mine={form}
          theirs={conflict}
          onTakeField={(field) => set(field, toItemForm(conflict.input)[field])}
          onTakeAll={() => loaded(conflict, `Loaded their version ${conflict.version}.`)}
          onKeepMine={() => {
            setVersion(conflict.version);
            setDeletedAt(conflict.deletedAt);
            setConflict(null);
            setNotice(`Your changes now build on version ${conflict.version}: save to keep them.`);
          }}
        />
      )}

      <div className="editor-grid">
        <div className="editor-fields">
          <label htmlFor={`${idPrefix}-title`}>{FIELD_LABELS.title}</label>
          <input {...fieldProps('title')} value={form.title} onChange={(e) => set('title', e.target.value)} />
          {errorsOf('title')}

          <div className="field-row">
            <div>
              <label htmlFor={`${idPrefix}-kind`}>{FIELD_LABELS.kind}</label>
              <select {...fieldProps('kind')} value={form.kind} onChange={(e) => set('kind', e.target.value as ItemFormState['kind'])}>
                {ITEM_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {MESSAGES.en.kinds[kind].label}
                  </option>
                ))}
              </select>
              {errorsOf('kind')}
            </div>
            <div>
              <label htmlFor={`${idPrefix}-status`}>{FIELD_LABELS.status}</label>
              <select {...fieldProps('status')} value={form.status} onChange={(e) => set('status', e.target.value as ItemFormState['status'])}>
                {ITEM_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {MESSAGES.en.statuses[status].description}
                  </option>
                ))}
              </select>
              {errorsOf('status')}
            </div>
          </div>

          <label htmlFor={`${idPrefix}-summary`}>{FIELD_LABELS.summary}</label>
          <textarea {...fieldProps('summary')} rows={4} value={form.summary} onChange={(e) => set('summary', e.target.value)} />
          {errorsOf('summary')}

          <div className="field-row">
            <div>
              <label htmlFor={`${idPrefix}-startDate`}>{FIELD_LABELS.startDate}</label>
              <input {...fieldProps('startDate')} placeholder="2024-11-27" value={form.startDate} onChange={(e) => set('startDate', e.target.value)} />
              {errorsOf('startDate')}
            </div>
            <div>
              <label htmlFor={`${idPrefix}-endDate`}>{FIELD_LABELS.endDate} (optional)</label>
              <input {...fieldProps('endDate')} placeholder="2024-12-08" value={form.endDate} onChange={(e) => set('endDate', e.target.value)} />
              {errorsOf('endDate')}
            </div>
          </div>
          <div className="field-row">
            <div>
              <label htmlFor={`${idPrefix}-datePrecision`}>{FIELD_LABELS.datePrecision}</label>
              <select
                {...fieldProps('datePrecision')}
                value={form.datePrecision}
                onChange={(e) => set('datePrecision', e.target.value as ItemFormState['datePrecision'])}
              >
                {DATE_PRECISIONS.map((precision) => (
                  <option key={precision} value={precision}>
                    {MESSAGES.en.datePrecisions[precision]}
                  </option>
                ))}
              </select>
              {errorsOf('datePrecision')}
            </div>
            <div>
              <label htmlFor={`${idPrefix}-announcedAt`}>{FIELD_LABELS.announcedAt} (optional)</label>
              <input {...fieldProps('announcedAt')} placeholder="2024-12-05" value={form.announcedAt} onChange={(e) => set('announcedAt', e.target.value)} />
              {errorsOf('announcedAt')}
            </div>
          </div>

          <label htmlFor={`${idPrefix}-locationPrecision`}>{FIELD_LABELS.locationPrecision}</label>
          <select
            {...fieldProps('locationPrecision')}
            value={form.locationPrecision}
            onChange={(e) => set('locationPrecision', e.target.value as ItemFormState['locationPrecision'])}
          >
            {LOCATION_PRECISIONS.map((precision) => (
              <option key={precision} value={precision}>
                {MESSAGES.en.locationPrecisions[precision]}
              </option>
            ))}
          </select>
          {errorsOf('locationPrecision')}

          <label htmlFor={`${idPrefix}-actors`}>{FIELD_LABELS.actors} (one per line)</label>
          <textarea {...fieldProps('actors')} rows={3} value={form.actors} onChange={(e) => set('actors', e.target.value)} />
          {errorsOf('actors')}

          <label htmlFor={`${idPrefix}-countries`}>{FIELD_LABELS.countries} (ISO codes such as UKR, RUS)</label>
          <input {...fieldProps('countries')} value={form.countries} onChange={(e) => set('countries', e.target.value)} />
          {errorsOf('countries')}
        </div>

        <div className="editor-side">
          <PlaceSuggestions sourceId={pickerSourceId} onPick={(geometry) => set('geometry', geometry)} />
          <GeometryEditor geometry={form.geometry} onChange={(geometry) => set('geometry', geometry)} errors={errors.geometry} />
        </div>
      </div>

      <fieldset className="excerpts-field" aria-describedby={`${idPrefix}-excerptIds-errors`}>
        <legend>{FIELD_LABELS.excerptIds}: the articles’ own words (pick any article below)</legend>
        <ol className="cited">
          {excerptsToCite?.spans.map((span) => (
            <li key={`pending-${span.start}`}>
              <q>{span.text}</q> <span className="muted">(cited when saved)</span>
            </li>
          ))}
          {form.excerptIds.map((id) => {
            const excerpt = citedExcerpts.find((e) => e.id === id);
            return (
              <li key={id}>
                <q lang={excerpt?.language}>{excerpt?.text ?? `Excerpt ${id}`}</q>{' '}
                {excerpt && (
                  <span className="muted">
                    — {excerpt.outlet}, <cite lang={excerpt.language}>{excerpt.sourceTitle}</cite>{' '}
                  </span>
                )}
                <button type="button" onClick={() => detach(id)}>
                  Detach
                </button>
              </li>
            );
          })}
        </ol>
        {errorsOf('excerptIds')}
        <ExcerptPicker
          sources={sources}
          sourceId={pickerSourceId}
          onSourceChange={setPickerSourceId}
          attachedIds={form.excerptIds} onAttach={attach}
          onDetach={detach}
        />
      </fieldset>

      <div className="editor-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : item ? 'Save changes' : 'Create item'}
        </button>
        {item && !deletedAt && (
          <button type="button" className="danger" onClick={() => changeDeletion('delete')} disabled={busy}>
            Delete
          </button>
        )}
        {item && <Link href={`/admin/items/${item.id}/history`}>History</Link>}
        {item && <span className="muted">Editing version {version}</span>}
      </div>
    </form>
  );
}
