import { describe, expect, it } from 'vitest';
import { DomainError, NotFoundError } from './errors';
import { orNotFound } from './not-found';

/** next/navigation's notFound() throws an error whose digest the framework turns into a 404. */
const is404 = (e: unknown) => typeof e === 'object' && e !== null && String((e as { digest?: unknown }).digest).includes('404');

describe('orNotFound', () => {
  it('passes a found value through', async () => {
    await expect(orNotFound(Promise.resolve({ id: 1 }))).resolves.toEqual({ id: 1 });
  });

  it('turns NotFoundError and null into a 404', async () => {
    expect(is404(await orNotFound(Promise.reject(new NotFoundError())).catch((e: unknown) => e))).toBe(true);
    expect(is404(await orNotFound(Promise.resolve(null)).catch((e: unknown) => e))).toBe(true);
  });

  it('lets other errors through', async () => {
    const error = new DomainError('errors.forbidden');
    await expect(orNotFound(Promise.reject(error))).rejects.toBe(error);
  });
});
