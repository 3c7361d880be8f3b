import { PgBoss, type Queue } from 'pg-boss';
import postgres from 'postgres';
import { createDb } from '@/db/client';
import { deadLetterQueue, systemClock, type AnyJob, type JobContext } from './define-job';
import { JOBS } from './registry';

/** The queue settings a job's definition asks for (valid for both createQueue and updateQueue). */
export function queueOptions(job: AnyJob): Required<Pick<Queue, 'retryLimit' | 'retryDelay' | 'retryBackoff' | 'deadLetter'>> {
  return { retryLimit: job.retry.limit, retryDelay: job.retry.delaySeconds, retryBackoff: job.retry.backoff, deadLetter: deadLetterQueue(job) };
}

/**
 * The background job runner (pg-boss) for every job in the registry: creates each queue with its
 * retry and dead-letter policy, schedules the cron jobs, works the handlers, turns NOTIFYs into
 * jobs and enqueues work left pending while no runner listened. Returns a stop function.
 */
export async function startWorker(
  url: string,
  log: (m: string) => void = console.log,
  jobs: readonly AnyJob[] = JOBS,
): Promise<() => Promise<void>> {
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss' });
  boss.on('error', (e) => log(`[worker] ${e.message}`));
  await boss.start();
  const { db, close } = createDb(url, { max: 3 });
  const ctx: JobContext = { db, log, env: process.env, now: systemClock.now };
  const listener = postgres(url, { max: 1, onnotice: () => {} });

  for (const job of jobs) {
    await boss.createQueue(deadLetterQueue(job));
    const options = queueOptions(job);
    await boss.createQueue(job.name, options);
    // createQueue leaves an existing queue as it is: this applies a changed policy on the next start.
    await boss.updateQueue(job.name, options);
    job.onStart?.(ctx);
    await boss.work<object>(job.name, async ([j]) => {
      if (j) await job.handler(ctx, j.data);
    });
    if (job.schedule) await boss.schedule(job.name, job.schedule.cron, job.schedule.data);
    const send = (data: object) =>
      boss.send(job.name, data, job.singleton ? { singletonKey: job.singleton.key(data), singletonSeconds: job.singleton.seconds } : {});
    const wake = job.wakeOn;
    if (wake) await listener.listen(wake.channel, (payload) => void send(wake.data(payload)));
    for (const data of (await job.recover?.(db)) ?? []) await send(data);
  }

  log('[worker] job runner started');
  return async () => {
    await listener.end({ timeout: 2 });
    await boss.stop({ graceful: true, timeout: 5000 });
    await close();
  };
}
