import { prng } from '../customer-generator';

/**
 * Seeded randomness for the large data set: the same seed gives the same data, ids included, so two
 * runs at the same scale produce the same database.
 */
export class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }

  /** `n` distinct items of `list` (all of them when it has fewer). */
  sample<T>(list: readonly T[], n: number): T[] {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, n);
  }

  /**
   * A version-7 UUID for a record created at `ms`: the time first, then seeded random bits. Records
   * written in time order then fill their primary-key index at its end, as the app's would over time.
   */
  uuidAt(ms: number): string {
    const hex = this.uuid().replace(/-/g, '');
    const time = Math.floor(ms).toString(16).padStart(12, '0');
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${hex.slice(13, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  }

  /** A version-4 UUID drawn from the seeded sequence. */
  uuid(): string {
    const hex = Array.from({ length: 4 }, () =>
      Math.floor(this.next() * 2 ** 32)
        .toString(16)
        .padStart(8, '0'),
    ).join('');
    const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

/** Picks items in proportion to their weights (binary search over the running sums). */
export class Weighted<T> {
  private readonly sums: Float64Array;
  constructor(
    readonly items: readonly T[],
    weight: (item: T, index: number) => number,
  ) {
    this.sums = new Float64Array(items.length);
    let total = 0;
    items.forEach((item, i) => {
      total += Math.max(0, weight(item, i));
      this.sums[i] = total;
    });
  }

  get size(): number {
    return this.items.length;
  }

  pick(rand: Random): T {
    const total = this.sums[this.sums.length - 1] ?? 0;
    if (!this.items.length || total <= 0) throw new Error('nothing to pick from');
    const x = rand.next() * total;
    let lo = 0;
    let hi = this.sums.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sums[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
