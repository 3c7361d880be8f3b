import type { Db } from '@/db/client';
import type { AnyJob, JobContext } from './define-job';
import { JOBS, type JobData, type JobName } from './registry';

/** How a test runs a job: its database, a fixed time, and (optionally) the environment the job reads. */
export type RunOptions = { db: Db; now: Date; env?: JobContext['env']; log?: (m: string) => void };

function contextOf(options: RunOptions): JobContext {
  return { db: options.db, now: () => options.now, env: options.env ?? process.env, log: options.log ?? (() => {}) };
}

function registered(name: string): AnyJob {
  const job = JOBS.find((j) => j.name === name);
  if (!job) throw new Error(`no job named ${name} in the registry`);
  return job;
}

/** Runs a registered job's handler at once, as the worker would, with the given clock: no pg-boss, no waiting. */
export async function runJob<N extends JobName>(name: N, data: JobData<N>, options: RunOptions): Promise<void> {
  await registered(name).handler(contextOf(options), data);
}

/** Runs every scheduled job once, as one cron tick at `options.now` would. */
export async function runScheduledJobs(options: RunOptions): Promise<string[]> {
  const ran: string[] = [];
  for (const job of JOBS as readonly AnyJob[]) {
    if (!job.schedule) continue;
    await job.handler(contextOf(options), job.schedule.data);
    ran.push(job.name);
  }
  return ran;
}

/** Runs the jobs a NOTIFY on `channel` with `payload` would wake, with the data the worker would send. */
export async function runNotified(channel: string, payload: string, options: RunOptions): Promise<string[]> {
  const ran: string[] = [];
  for (const job of JOBS as readonly AnyJob[]) {
    if (job.wakeOn?.channel !== channel) continue;
    await job.handler(contextOf(options), job.wakeOn.data(payload));
    ran.push(job.name);
  }
  return ran;
}
