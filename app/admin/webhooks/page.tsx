import { WebhookManager } from '@/components/admin/WebhookManager';
import { requireAdminPage } from '@/lib/auth/request';
import { listWebhooks } from '@/lib/webhooks/admin';

export const dynamic = 'force-dynamic';

export default async function WebhooksPage() {
  await requireAdminPage();
  return (
    <section className="admin-narrow wide">
      <h1>Webhooks</h1>
      <p className="muted">
        Every change to an item in a webhook’s view is sent to its address as a signed JSON POST, in the background, retried with growing waits when
        it fails. See docs/following.md.
      </p>
      <WebhookManager webhooks={await listWebhooks()} />
    </section>
  );
}
