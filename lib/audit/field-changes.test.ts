import { describe, expect, it } from 'vitest';
import { fieldChanges } from './field-changes';

describe('fieldChanges', () => {
  it('lists only the fields that differ, before first', () => {
    expect(fieldChanges({ status: 'active', creditLimitCents: 100, name: 'Ana' }, { status: 'blocked', creditLimitCents: 100, name: 'Ana', reason: 'atraso' })).toEqual([
      { field: 'status', before: 'active', after: 'blocked' },
      { field: 'reason', before: undefined, after: 'atraso' },
    ]);
  });

  it('reads a missing side as no fields', () => {
    expect(fieldChanges(null, { name: 'Ana' })).toEqual([{ field: 'name', before: undefined, after: 'Ana' }]);
    expect(fieldChanges({ imageId: 'i-1' }, null)).toEqual([{ field: 'imageId', before: 'i-1', after: undefined }]);
    expect(fieldChanges(null, null)).toEqual([]);
  });

  it('compares nested values by content and treats null like missing', () => {
    expect(fieldChanges({ sizes: { P: 'a' }, note: null }, { sizes: { P: 'a' } })).toEqual([]);
    expect(fieldChanges({ sizes: { P: 'a' } }, { sizes: { P: 'b' } })).toEqual([{ field: 'sizes', before: { P: 'a' }, after: { P: 'b' } }]);
  });

  it('compares scalar snapshots as one value', () => {
    expect(fieldChanges('x', 'y')).toEqual([{ field: 'value', before: 'x', after: 'y' }]);
  });
});
