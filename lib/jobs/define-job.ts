import type { Db } from '@/db/client';

/** What a handler reads the time from: the system clock in the worker, a fixed one in tests. */
export type Clock = { now: () => Date };
export const systemClock: Clock = { now: () => new Date() };

/** What a handler is given besides its data; tests hand in their own clock and environment. */
export type JobContext = Clock & {
  db: Db;
  log: (message: string) => void;
  env: Readonly<Record<string, string | undefined>>;
};

/** pg-boss's retry settings for a queue: how often a failed run is retried, and how long it waits. */
export type RetryPolicy = { limit: number; delaySeconds: number; backoff: boolean };

/*
 * Functions are written as methods so that a job's Data stays precise where it is defined while
 * the registry can still hold jobs of different Data in one list (method parameters are bivariant).
 */
export type JobDefinition<Name extends string = string, Data extends object = object> = {
  /** The pg-boss queue; unique across the registry. */
  readonly name: Name;
  handler(ctx: JobContext, data: Data): Promise<void>;
  readonly retry: RetryPolicy;
  /** Where a job lands after its last retry: `true` for `<name>.dead`, or a queue name. */
  readonly deadLetter: true | string;
  /** A cron expression (UTC) and the data each tick sends. */
  readonly schedule?: { readonly cron: string; readonly data: Data };
  /** A NOTIFY channel whose payload becomes a job at once (sent on commit by the code that queues work). */
  readonly wakeOn?: { readonly channel: string; data(payload: string): Data };
  /** Deduplicates woken and recovered sends: one queued job per key (within `seconds`, when given). */
  readonly singleton?: { key(data: Data): string; readonly seconds?: number };
  /** Work left pending while no worker listened, enqueued when the worker starts. */
  recover?(db: Db): Promise<Data[]>;
  /** Runs once when the worker starts, e.g. to say why the job will do nothing. */
  onStart?(ctx: JobContext): void;
};

/** A job of any data, as the registry and the worker hold it. */
export type AnyJob = JobDefinition;

/** Declares a job; `Data` is inferred from the handler and checked against the other members. */
export function defineJob<const Name extends string, Data extends object>(job: JobDefinition<Name, Data>): JobDefinition<Name, Data> {
  return job;
}

/** The queue a job's failed runs end up in. */
export function deadLetterQueue(job: AnyJob): string {
  return job.deadLetter === true ? `${job.name}.dead` : job.deadLetter;
}
