import { defineJob } from '@/lib/jobs/define-job';
import { dispatchOutbox } from './dispatch';
import { OUTBOX_CHANNEL } from './outbox';
import { resendSenderFromEnv } from './sender';

/**
 * Sends the email outbox through Resend. A NOTIFY from each new outbox row wakes it at once; the
 * cron run each minute picks up the rows whose backoff has passed. With no RESEND_API_KEY nothing
 * is sent and emails stay readable in the admin area.
 */
export const outboxDispatchJob = defineJob({
  name: 'email-outbox-dispatch',
  async handler(ctx, _data: Record<string, never>) {
    const sender = resendSenderFromEnv(ctx.env);
    if (!sender) return;
    const r = await dispatchOutbox(ctx.db, sender, { now: ctx.now() });
    if (r.sent || r.failed) ctx.log(`[worker] outbox: ${r.sent} sent, ${r.failed} failed`);
  },
  // Each email keeps its own attempts and backoff in the outbox; a failed run only needs a quick retry.
  retry: { limit: 2, delaySeconds: 10, backoff: false },
  deadLetter: true,
  schedule: { cron: '* * * * *', data: {} },
  wakeOn: { channel: OUTBOX_CHANNEL, data: () => ({}) },
  // A burst of new emails needs one run, not one per row.
  singleton: { key: () => 'dispatch', seconds: 1 },
  onStart(ctx) {
    if (!resendSenderFromEnv(ctx.env)) ctx.log('[worker] RESEND_API_KEY not set: emails stay in the outbox (Admin › E-mails).');
  },
});
