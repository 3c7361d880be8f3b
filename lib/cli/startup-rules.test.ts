import { describe, expect, it } from 'vitest';
import { shouldSeedDemo } from './database';
import { missingProductionSecret } from './env';

describe('startup rules', () => {
  it('production refuses to start without a strong AUTH_SECRET', () => {
    expect(missingProductionSecret({})).toMatch(/AUTH_SECRET is not set/);
    expect(missingProductionSecret({ AUTH_SECRET: 'short' })).toMatch(/too short/);
    expect(missingProductionSecret({ AUTH_SECRET: 'x'.repeat(43) })).toBeNull();
  });

  it('seeds demo users only into the embedded default or when asked for', () => {
    expect(shouldSeedDemo(true, {})).toBe(true);
    expect(shouldSeedDemo(false, {})).toBe(false);
    expect(shouldSeedDemo(false, { SEED_DEMO: '1' })).toBe(true);
    expect(shouldSeedDemo(false, { SEED_DEMO: 'yes' })).toBe(false);
  });
});
