import type { MessageKey } from '@/lib/i18n/message-key';

/**
 * A refusal the user should read. `key` (also its `message`) is a message-catalog key;
 * `field` puts it next to a form field.
 */
export class DomainError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly field?: string,
    readonly values?: Record<string, string | number>,
  ) {
    super(key);
    this.name = 'DomainError';
  }
}

export class ForbiddenError extends DomainError {
  constructor() {
    super('errors.forbidden');
    this.name = 'ForbiddenError';
  }
}

/** Used when a record is outside the actor's scope: answer as if it did not exist. */
export class NotFoundError extends DomainError {
  constructor() {
    super('errors.notFound');
    this.name = 'NotFoundError';
  }
}
