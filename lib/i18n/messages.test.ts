import { describe, expect, it } from 'vitest';
import { FILE_MESSAGES, messagesFor } from './messages';

describe('messagesFor', () => {
  it('returns the file messages when there are no overrides', () => {
    expect(messagesFor('en')).toBe(FILE_MESSAGES.en);
    expect(messagesFor('en', {})).toEqual(FILE_MESSAGES.en);
  });

  it('lets an override win over the file, leaving its neighbours alone', () => {
    const m = messagesFor('pt-BR', { 'orders.grid.title': 'Grade', 'common.saved': 'Gravado.' });
    expect(m.orders.grid.title).toBe('Grade');
    expect(m.common.saved).toBe('Gravado.');
    expect(m.common.saving).toBe(FILE_MESSAGES['pt-BR'].common.saving);
    expect(m.orders.grid.add).toBe(FILE_MESSAGES['pt-BR'].orders.grid.add);
    expect(m.roles).toBe(FILE_MESSAGES['pt-BR'].roles);
  });

  it('does not change the file catalogs', () => {
    const before = FILE_MESSAGES.es.common.saved;
    messagesFor('es', { 'common.saved': 'Otro.' });
    expect(FILE_MESSAGES.es.common.saved).toBe(before);
  });

  it('ignores keys the files do not have, and keys naming a namespace rather than a message', () => {
    const m = messagesFor('en', { 'orders.nope': 'x', 'nope.title': 'x', 'orders.grid': 'x', 'common.saved.deeper': 'x', '': 'x' });
    expect(m).toEqual(FILE_MESSAGES.en);
    expect(m).not.toHaveProperty('nope');
  });
});
