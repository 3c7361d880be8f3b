import Link from 'next/link';

/** Sections of a screen as tabs: plain links (the section is in the URL), the current one marked for screen readers too. */
export function TabNav({ label, tabs }: { label: string; tabs: { href: string; label: string; current: boolean }[] }) {
  return (
    <nav aria-label={label} className="mb-6 flex flex-wrap gap-1 border-b border-stone-200 text-sm">
      {tabs.map((tab) => (
        <Link key={tab.href} href={tab.href} aria-current={tab.current ? 'page' : undefined} className={`-mb-px border-b-2 px-3 py-2 ${tab.current ? 'border-brand-700 font-medium text-brand-800' : 'border-transparent text-stone-600 hover:text-stone-900'}`}>
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
