import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Security floors: the lockfile must never resolve these packages below the versions that fixed known issues. */
const FLOORS: Record<string, string> = {
  next: '16.4.1',
  react: '19.2.9',
  'react-dom': '19.2.9',
  'next-auth': '5.0.0-beta.32',
};

type Parsed = { nums: number[]; pre: (string | number)[] };
function parse(v: string): Parsed {
  const [main, pre] = v.split('-', 2);
  return { nums: main!.split('.').map(Number), pre: pre ? pre.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) : [] };
}

export function compareVersions(a: string, b: string): number {
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) if ((x.nums[i] ?? 0) !== (y.nums[i] ?? 0)) return (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
  if (!x.pre.length || !y.pre.length) return y.pre.length - x.pre.length;
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const p = x.pre[i];
    const q = y.pre[i];
    if (p === undefined || q === undefined) return p === undefined ? -1 : 1;
    if (p === q) continue;
    if (typeof p === 'number' && typeof q === 'number') return p - q;
    return String(p) < String(q) ? -1 : 1;
  }
  return 0;
}

describe('dependency security floors', () => {
  const lock = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };

  it('compares versions with pre-releases', () => {
    expect(compareVersions('5.0.0-beta.32', '5.0.0-beta.31')).toBeGreaterThan(0);
    expect(compareVersions('5.0.0-beta.9', '5.0.0-beta.32')).toBeLessThan(0);
    expect(compareVersions('5.0.0', '5.0.0-beta.32')).toBeGreaterThan(0);
    expect(compareVersions('16.4.1', '16.10.0')).toBeLessThan(0);
  });

  for (const [name, floor] of Object.entries(FLOORS)) {
    it(`resolves every copy of ${name} at or above ${floor}`, () => {
      const copies = Object.entries(lock.packages).filter(([p]) => p === `node_modules/${name}` || p.endsWith(`/node_modules/${name}`));
      expect(copies.length).toBeGreaterThan(0);
      for (const [p, info] of copies) expect(compareVersions(info.version!, floor), `${p}@${info.version}`).toBeGreaterThanOrEqual(0);
    });
  }
});
