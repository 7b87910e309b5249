'use client';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { sendJson } from '@/lib/admin/client';
import { zodFieldErrors } from '@/lib/errors';
import { webhookInputSchema, type CreatedWebhookDto, type WebhookDto } from '@/lib/webhooks/schema';

const when = (iso: string | null) => (iso ? new Date(iso).toISOString().replace('T', ' ').slice(0, 19) + ' UTC' : '—');

function WebhookForm({ onCreated }: { onCreated: (webhook: CreatedWebhookDto) => void }) {
  const idPrefix = useId();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const draft = { url: String(data.get('url') ?? ''), view: String(data.get('view') ?? '') };
    const local = webhookInputSchema.safeParse(draft);
    if (!local.success) {
      setErrors(zodFieldErrors(local.error));
      setNotice('Nothing was saved: some fields need attention.');
      return;
    }
    setBusy(true);
    const result = await sendJson<CreatedWebhookDto>('POST', '/api/webhooks', draft);
    setBusy(false);
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      setNotice(`Nothing was saved: ${result.error.message}`);
      return;
    }
    setErrors({});
    setNotice(null);
    form.reset();
    onCreated(result.data);
  }

  const field = (name: 'url' | 'view', label: string, hint: string) => (
    <div>
      <label htmlFor={`${idPrefix}-${name}`}>{label}</label>
      <input
        id={`${idPrefix}-${name}`}
        name={name}
        type={name === 'url' ? 'url' : 'text'}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={`${idPrefix}-${name}-hint ${idPrefix}-${name}-errors`}
      />
      <span id={`${idPrefix}-${name}-hint`} className="muted">
        {hint}
      </span>
      <span id={`${idPrefix}-${name}-errors`} className="field-errors">
        {[...(errors[name] ?? []), ...(name === 'view' ? Object.entries(errors).flatMap(([key, messages]) => (key === 'url' || key === 'view' ? [] : messages)) : [])].map((message) => (
          <span key={message} className="field-error">
            {message}
          </span>
        ))}
      </span>
    </div>
  );

  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`}>New webhook</h2>
      {notice && (
        <p role="status" className="notice warning">
          {notice}
        </p>
      )}
      {field('url', 'Address to send changes to', 'http:// or https://, on a public address.')}
      {field('view', 'View (optional)', 'The public map’s address showing the view to follow, e.g. http://…/?status=confirmed&country=UKR; empty: every item.')}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Saving…' : 'Add webhook'}
      </button>
    </form>
  );
}

function Deliveries({ webhook }: { webhook: WebhookDto }) {
  if (webhook.deliveries.length === 0) return <p className="muted">No change sent yet.</p>;
  return (
    <table className="item-table">
      <caption className="visually-hidden">Latest deliveries to {webhook.url}</caption>
      <thead>
        <tr>
          <th scope="col">Delivery</th>
          <th scope="col">Change</th>
          <th scope="col">Status</th>
          <th scope="col">Attempts</th>
          <th scope="col">Answer</th>
          <th scope="col">Last attempt</th>
          <th scope="col">Next attempt</th>
        </tr>
      </thead>
      <tbody>
        {webhook.deliveries.map((delivery) => (
          <tr key={delivery.id}>
            <td>#{delivery.id}</td>
            <td>
              {delivery.event} (revision {delivery.revisionId})
            </td>
            <td>
              <span className={`delivery-${delivery.status}`}>{delivery.status}</span>
            </td>
            <td>{delivery.attempts}</td>
            <td>{delivery.lastError ?? (delivery.responseStatus !== null ? `HTTP ${delivery.responseStatus}` : '—')}</td>
            <td>{when(delivery.lastAttemptAt)}</td>
            <td>{delivery.status === 'pending' ? when(delivery.nextAttemptAt) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The admin's webhooks: a form to add one (its secret shown once), each with its delivery log and a delete button. */
export function WebhookManager({ webhooks }: { webhooks: WebhookDto[] }) {
  const router = useRouter();
  const [created, setCreated] = useState<CreatedWebhookDto | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function remove(webhook: WebhookDto) {
    if (!window.confirm(`Delete the webhook to ${webhook.url}? Changes queued for it are dropped.`)) return;
    const result = await sendJson('DELETE', `/api/webhooks/${webhook.id}`, {});
    if (!result.ok) setFailure(`The webhook was not deleted: ${result.error.message}`);
    else router.refresh();
  }

  return (
    <>
      {created && (
        <div role="status" className="notice">
          <p>
            Webhook to <strong>{created.url}</strong> added. Its secret, shown only now: keep it to check the{' '}
            <code>X-Sitmap-Signature</code> header (<code>sha256=</code> HMAC of the body).
          </p>
          <p>
            <code className="secret">{created.secret}</code>
          </p>
        </div>
      )}
      {failure && (
        <p role="alert" className="notice warning">
          {failure}
        </p>
      )}
      <WebhookForm
        onCreated={(webhook) => {
          setCreated(webhook);
          router.refresh();
        }}
      />
      <h2>Webhooks</h2>
      {webhooks.length === 0 && <p className="muted">No webhook yet.</p>}
      {webhooks.map((webhook) => (
        <section key={webhook.id} className="webhook" aria-labelledby={`webhook-${webhook.id}`}>
          <h3 id={`webhook-${webhook.id}`}>{webhook.url}</h3>
          <p>
            View: <code>{webhook.filters ? `?${decodeURIComponent(webhook.filters)}` : 'every item'}</code> · added {when(webhook.createdAt)} ·{' '}
            {webhook.counts.delivered} delivered, {webhook.counts.pending} pending, {webhook.counts.failed} failed{' '}
            <button type="button" className="danger" onClick={() => void remove(webhook)}>
              Delete
            </button>
          </p>
          <Deliveries webhook={webhook} />
        </section>
      ))}
    </>
  );
}
