import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canTraverse } from './embedded-access';

const root = mkdtempSync(path.join(os.tmpdir(), 'venda-access-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('can the postgres user reach a folder', () => {
  const other = { uid: 54_321, gid: 54_321 };
  it('not inside a mode-700 home folder of someone else (a clone under /root)', () => {
    const home = path.join(root, 'home');
    mkdirSync(path.join(home, 'venda', '.data'), { recursive: true });
    chmodSync(root, 0o755);
    chmodSync(home, 0o700);
    expect(canTraverse(path.join(home, 'venda', '.data'), other)).toBe(false);
    chmodSync(home, 0o711);
    expect(canTraverse(path.join(home, 'venda', '.data'), other)).toBe(true);
  });
  it('a folder still to be created counts as its nearest existing parent', () => {
    expect(canTraverse(path.join(root, 'not', 'yet'), other)).toBe(true);
  });
});
