import { admin } from './admin';
import { api } from './api';
import { customers } from './customers';
import { home } from './home';
import { orders } from './orders';
import { pricing } from './pricing';
import { products } from './products';
import { returns } from './returns';
import { storefront } from './storefront';

export type { CustomersArea } from './customers';
export type { OrdersArea } from './orders';
export type { ReturnsArea } from './returns';
export type { StorefrontArea } from './storefront';

/**
 * Every app path, built in one place. Each module's builders take only the areas that have the
 * screen, so a link to a screen an area lacks does not compile.
 */
export const routes = { home, orders, returns, customers, storefront, products, pricing, admin, api };
