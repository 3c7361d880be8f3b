'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export function NavLinks({ items, label, vertical = false }: { items: { href: string; label: string }[]; label: string; vertical?: boolean }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className={vertical ? 'flex flex-col gap-1 text-sm' : 'flex flex-wrap gap-1 text-sm'}>
      {items.map((item) => {
        const active = pathname === item.href || (item.href.split('/').length > 2 && pathname.startsWith(`${item.href}/`));
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? 'page' : undefined}
            className="nav-link"
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
