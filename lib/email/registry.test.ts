import { describe, expect, it } from 'vitest';
import { EMAIL_TEMPLATES } from './registry';

describe('email template registry', () => {
  it('gives every template its own name, as the outbox stores it', () => {
    const names = EMAIL_TEMPLATES.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
