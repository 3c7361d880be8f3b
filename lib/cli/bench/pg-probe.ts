import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';

/** Server settings that let a benchmark count statements and see the plan of every slow one. */
export const SLOW_MS = 50;
export const PROBE_FLAGS = [
  ...['shared_preload_libraries=pg_stat_statements,auto_explain', 'pg_stat_statements.track=top'],
  ...[`auto_explain.log_min_duration=${SLOW_MS}`, 'auto_explain.log_analyze=on', 'auto_explain.log_buffers=on', 'auto_explain.log_timing=on'],
  ...['logging_collector=on', 'log_directory=log', 'log_filename=bench-pages.log'],
].flatMap((s) => ['-c', s]);

export type Probe = {
  /** Statements the app ran on this database so far (the probe's own reads left out). */
  statements: () => Promise<number>;
  /** The plans PostgreSQL logged for statements over SLOW_MS since the last call. */
  slowPlans: () => string[];
  close: () => Promise<void>;
};

/** Reads pg_stat_statements and the auto_explain log of a server started with PROBE_FLAGS (`dataDir` is its data folder). */
export async function openProbe(url: string, dataDir: string | null): Promise<Probe> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  await sql`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`;
  const logFile = dataDir ? path.join(dataDir, 'log', 'bench-pages.log') : null;
  let offset = logFile && existsSync(logFile) ? statSync(logFile).size : 0;
  return {
    statements: async () => {
      const [row] = await sql<{ n: string }[]>`
        SELECT coalesce(sum(calls), 0) AS n FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'`;
      return Number(row?.n ?? 0);
    },
    slowPlans: () => {
      if (!logFile || !existsSync(logFile)) return [];
      const text = readFileSync(logFile, 'utf8').slice(offset);
      offset += Buffer.byteLength(text);
      return text.split(/\n(?=\S.*LOG: {2}duration: )/).filter((entry) => entry.includes('duration:') && entry.includes('Query Text:'));
    },
    close: () => sql.end({ timeout: 1 }),
  };
}
