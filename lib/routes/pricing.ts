import { withQuery } from '@/lib/query-string';

/** Pricing is managed in the commercial area only; its tabs are these screens. */
export const pricing = {
  scenarios: (query?: { created?: 1 }) => withQuery('/comercial/precos', query),
  lists: () => '/comercial/precos/listas',
  groups: () => '/comercial/precos/grupos',
  contracts: () => '/comercial/precos/contratos',
  adjustments: () => '/comercial/precos/ajustes',
  advanced: () => '/comercial/precos/configuracoes',
};
