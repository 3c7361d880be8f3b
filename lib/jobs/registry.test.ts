import { describe, expect, it } from 'vitest';
import { deadLetterQueue, type AnyJob } from './define-job';
import { JOBS } from './registry';
import { queueOptions } from './worker';

const jobs: readonly AnyJob[] = JOBS;

describe('job registry', () => {
  it('gives every job its own queue, and no dead-letter queue is also a job queue', () => {
    const names = jobs.map((j) => j.name);
    expect(new Set(names).size).toBe(names.length);
    for (const job of jobs) expect(names).not.toContain(deadLetterQueue(job));
  });

  it('gives every job a retry policy and a dead-letter queue pg-boss accepts', () => {
    for (const job of jobs) {
      const options = queueOptions(job);
      expect(options.retryLimit, job.name).toBeGreaterThanOrEqual(1);
      expect(options.retryDelay, job.name).toBeGreaterThanOrEqual(0);
      expect(typeof options.retryBackoff, job.name).toBe('boolean');
      expect(options.deadLetter, job.name).toMatch(/^[\w.\-/]+$/);
      expect(options.deadLetter).not.toBe(job.name);
    }
  });

  it('wakes each NOTIFY channel into at most one job', () => {
    const channels = jobs.flatMap((j) => (j.wakeOn ? [j.wakeOn.channel] : []));
    expect(new Set(channels).size).toBe(channels.length);
  });
});
