// Runs once when an app server starts: the webhook sender works in the background of every Node.js
// server process (docs/following.md).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startWebhookWorker } = await import('./lib/webhooks/worker');
  startWebhookWorker();
}
