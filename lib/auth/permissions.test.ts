import { describe, expect, it } from 'vitest';
import { areasFor, navigationFor, NAVIGATION } from '@/lib/navigation';
import { can, PERMISSIONS, type Permission } from './permissions';
import { routes } from '@/lib/routes';
import { areaOfPath, ROLES } from './roles';

describe('permission map', () => {
  it('lets admin do everything but what needs a customer identity or a shop of its own', () => {
    const ownCustomer: Permission[] = ['orders.place', 'orders.withdraw', 'returns.open', 'pos.sell', 'pos.void', 'registers.operate', 'shop.stock', 'shop.stock.manage', 'shop.prices', 'shop.products', 'shop.settings', 'shop.consumers', 'shop.purchases', 'shop.bills'];
    for (const p of Object.keys(PERMISSIONS) as Permission[]) expect(can('admin', p)).toBe(!ownCustomer.includes(p));
  });

  it('gives each role its own area and no other (admin excepted)', () => {
    for (const role of ROLES) {
      for (const area of ROLES) {
        expect(can(role, `area.${area}`)).toBe(role === 'admin' || role === area);
      }
    }
  });

  it('keeps user management, audit and outbox to admin only', () => {
    for (const p of ['users.read', 'users.write', 'audit.read', 'outbox.read'] as const) {
      expect(ROLES.filter((r) => can(r, p))).toEqual(['admin']);
    }
  });

  it('lets every role update its own profile', () => {
    expect(ROLES.every((r) => can(r, 'profile.update'))).toBe(true);
  });

  it("lets the brand's side adjust a shop's order before approval, never the shop, finance or employees", () => {
    expect(ROLES.filter((r) => can(r, 'orders.adjust'))).toEqual(['admin', 'comercial', 'representante']);
  });

  it('keeps customers away from employees and shops away from finance and representatives', () => {
    expect(can('usuario', 'customers.read')).toBe(false);
    expect(can('financeiro', 'shops.read')).toBe(false);
    expect(can('representante', 'shops.read')).toBe(false);
  });

  it('maps each area home to its role', () => {
    for (const role of ROLES) expect(areaOfPath(`${routes.home(role)}/anything`)).toBe(role);
    expect(areaOfPath('/login')).toBeNull();
  });
});

describe('navigation as data', () => {
  it('shows admin items only to roles holding their permission', () => {
    expect(navigationFor('admin', 'admin').map((i) => i.href)).toEqual(NAVIGATION.admin.map((i) => i.href));
    expect(navigationFor('admin', 'comercial')).toEqual([]);
  });

  it('lists every area for admin and one for everyone else', () => {
    expect(areasFor('admin')).toHaveLength(ROLES.length);
    for (const role of ROLES.filter((r) => r !== 'admin')) expect(areasFor(role)).toEqual([{ area: role, href: routes.home(role) }]);
  });
});
