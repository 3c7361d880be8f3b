/**
 * Stock: levels and ledger per location (a brand channel or a shop). Modules call these; none writes
 * the stock tables itself. See movements.ts for the concurrency rules.
 */
export { adjust, consume, receive, release, reserve, transfer, type Level, type LevelAfter, type StockLine, type StockMovementKind, type StockSource } from './movements';
export { channelLocationId, channelLocationIds, createChannelLocation, createShopLocation, ensureLevels, existingLocations, setMinimum, shopLocationIds } from './locations';
export { StockShortError, StockWouldGoNegativeError } from './errors';
export { inLockOrder } from './lock-order';
