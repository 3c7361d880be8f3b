/** Where `npm run seed:large` keeps its embedded server, for `npm run bench:pages` to reuse. */
export const LARGE = { dir: '.data/large', port: 54331, database: 'venda_large' } as const;
export const LARGE_URL = `postgres://postgres:postgres@127.0.0.1:${LARGE.port}/${LARGE.database}`;
