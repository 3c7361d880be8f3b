import { customerImportJob } from '@/lib/crm/jobs';
import { outboxDispatchJob } from '@/lib/email/jobs';

/**
 * Every background job. A module declares its jobs in its own `jobs.ts` with `defineJob` and adds
 * them here; this is the one list the worker and the test harness read.
 */
export const JOBS = [outboxDispatchJob, customerImportJob] as const;

type RegisteredJob = (typeof JOBS)[number];
export type JobName = RegisteredJob['name'];
export type JobData<N extends JobName> = Extract<RegisteredJob, { name: N }> extends { handler(ctx: never, data: infer D extends object): unknown } ? D : never;
