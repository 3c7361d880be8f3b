export * from './enums';
export * from './access';
export * from './crm';
export * from './shop';
export * from './audit';
export * from './email';
export * from './catalog';
export * from './pricing';
