import { DomainError } from '@/lib/server/errors';

/** Some lines lack available stock; `lines` names them (labels given by the caller). Nothing was moved. */
export class StockShortError extends DomainError {
  constructor(readonly lines: string[]) {
    super('stock.short', undefined, { lines: lines.join('; ') });
    this.name = 'StockShortError';
  }
}

/** The change would take on hand below zero or below what is reserved. */
export class StockWouldGoNegativeError extends DomainError {
  constructor(field?: string) {
    super('stock.wouldGoNegative', field);
    this.name = 'StockWouldGoNegativeError';
  }
}
