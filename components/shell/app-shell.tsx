import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Role } from '@/lib/auth/roles';
import { can } from '@/lib/auth/permissions';
import { areasFor, navigationFor } from '@/lib/navigation';
import { CartIndicator } from '@/components/orders/cart-indicator';
import { hasScreen, ORDERS_AREAS } from '@/lib/routes';
import type { Actor } from '@/lib/server/context';
import { logoutAction } from '@/lib/auth/actions';
import { LocaleSwitcher } from './locale-switcher';
import { MobileMenu } from './mobile-menu';
import { NavLinks } from './nav-links';

export async function AppShell({ area, actor, children }: { area: Role; actor: Actor; children: ReactNode }) {
  const t = await getTranslations();
  const items = navigationFor(area, actor.role).map((i) => ({ href: i.href, label: t(i.label) }));
  const areas = areasFor(actor.role);
  return (
    <div className="min-h-screen">
      <a href="#conteudo" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow">
        {t('nav.skip')}
      </a>
      <header className="relative border-b border-stone-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="text-lg font-bold text-brand-800">
            Venda
          </Link>
          <span className="rounded bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800">{t(`roles.${area}`)}</span>
          <MobileMenu label={t('nav.menu')}>
            <NavLinks items={items} label={t('nav.main')} vertical />
            {areas.length > 1 && (
              <nav aria-label={t('nav.areas')} className="mt-3 flex flex-wrap gap-1 border-t border-stone-200 pt-3 text-sm">
                {areas.map((a) => (
                  <Link key={a.area} href={a.href} className={`rounded px-2 py-1 ${a.area === area ? 'bg-stone-200 font-medium' : 'text-stone-600 hover:bg-stone-100'}`}>
                    {t(`roles.${a.area}`)}
                  </Link>
                ))}
              </nav>
            )}
          </MobileMenu>
          <div className="hidden md:block">
            <NavLinks items={items} label={t('nav.main')} />
          </div>
          <div className="ml-auto flex flex-wrap items-center justify-end gap-x-3 gap-y-1 text-sm">
            {/* Only in the area of the role that places orders: one query per page, over its drafts. */}
            {can(actor.role, 'orders.place') && area === actor.role && hasScreen(ORDERS_AREAS, area) && <CartIndicator actor={actor} area={area} />}
            {areas.length > 1 && (
              <nav aria-label={t('nav.areas')} className="hidden gap-1 lg:flex">
                {areas.map((a) => (
                  <Link key={a.area} href={a.href} className={`rounded px-2 py-1 ${a.area === area ? 'bg-stone-200 font-medium' : 'text-stone-600 hover:bg-stone-100'}`}>
                    {t(`roles.${a.area}`)}
                  </Link>
                ))}
              </nav>
            )}
            <LocaleSwitcher current={actor.locale} label={t('profile.language')} />
            <span className="max-w-40 truncate text-stone-700" data-testid="current-user">
              {actor.name}
            </span>
            <form action={logoutAction}>
              <button type="submit" className="rounded px-2 py-1 text-stone-700 hover:bg-stone-100">
                {t('auth.logout')}
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="conteudo" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-8 focus:outline-none">
        {children}
      </main>
    </div>
  );
}
