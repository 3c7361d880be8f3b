import { notFound } from 'next/navigation';
import { NotFoundError } from './errors';

/**
 * A record the page cannot show answers 404: a use case's NotFoundError (outside the actor's
 * scope, or missing) and a query's null alike, so pages need no try/catch of their own.
 */
export async function orNotFound<T>(pending: Promise<T>): Promise<NonNullable<T>> {
  const value = await pending.catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  if (value === null || value === undefined) notFound();
  return value;
}
