import postgres from 'postgres';

/** Server settings that let a benchmark count statements and see the plan of every slow one. */
export const SLOW_MS = 50;
export const PROBE_FLAGS = [
  ...['shared_preload_libraries=pg_stat_statements,auto_explain', 'pg_stat_statements.track=top'],
  ...[`auto_explain.log_min_duration=${SLOW_MS}`, 'auto_explain.log_analyze=on', 'auto_explain.log_buffers=on', 'auto_explain.log_timing=on'],
].flatMap((s) => ['-c', s]);

/** Collects the server's log output (the `onLog` of the embedded server); `drain` returns the auto_explain plans logged since the last drain. */
export function planCollector() {
  let buffer = '';
  return {
    onLog: (output: string) => {
      if (buffer.length < 5_000_000) buffer += output;
    },
    drain: (): string[] => {
      const text = buffer;
      buffer = '';
      return text
        .split(/\n(?=[^\n]*LOG: {2}duration: )/)
        .filter((entry) => entry.includes('duration:') && entry.includes('Query Text:'))
        .map((entry) => entry.trim());
    },
  };
}

export type Probe = {
  /** Statements the app ran on this database so far (the probe's own reads left out). */
  statements: () => Promise<number>;
  /** Milliseconds PostgreSQL spent planning (with `pg_stat_statements.track_planning=on`) and executing the app's statements so far. */
  executionMs: () => Promise<number>;
  close: () => Promise<void>;
};

/** Reads pg_stat_statements of a server started with PROBE_FLAGS. */
export async function openProbe(url: string): Promise<Probe> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  await sql`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`;
  return {
    statements: async () => {
      const [row] = await sql<{ n: string }[]>`
        SELECT coalesce(sum(calls), 0) AS n FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'`;
      return Number(row?.n ?? 0);
    },
    executionMs: async () => {
      const [row] = await sql<{ ms: string }[]>`
        SELECT coalesce(sum(total_plan_time + total_exec_time), 0) AS ms FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'`;
      return Number(row?.ms ?? 0);
    },
    close: () => sql.end({ timeout: 1 }),
  };
}
