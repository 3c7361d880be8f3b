import { admin } from './admin';
import { api } from './api';
import { customers } from './customers';
import { home } from './home';
import { orders } from './orders';
import { pricing } from './pricing';
import { products } from './products';
import { returns } from './returns';
import { shop } from './shop';
import { storefront } from './storefront';

export { CUSTOMERS_AREAS, NEW_CUSTOMER_AREAS, type CustomersArea } from './customers';
export { hasScreen } from './has-screen';
export { PRODUCT_TABS, type ProductTab } from './products';
export { ORDER_EXPORT_AREAS, ORDERS_AREAS, type OrdersArea } from './orders';
export { RETURNS_AREAS, type ReturnsArea } from './returns';
export { SHOP_AREAS, type ShopArea } from './shop';
export { STOREFRONT_AREAS, type StorefrontArea } from './storefront';

/**
 * Every app path, built in one place. Each module's builders take only the areas that have the
 * screen, so a link to a screen an area lacks does not compile.
 */
export const routes = { home, orders, returns, customers, storefront, products, pricing, shop, admin, api };
