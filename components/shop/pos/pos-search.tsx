'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { photoSource } from '@/components/catalog/photo-source';
import { Input } from '@/components/forms/inputs';
import { routes } from '@/lib/routes';
import type { PosItem } from '@/lib/shop/pos-items';

type Lookup = { exact: boolean; items: PosItem[] };

async function lookup(q: string, sessionId: string | null): Promise<Lookup> {
  const res = await fetch(routes.api.posSearch(q, sessionId), { headers: { accept: 'application/json' } });
  return res.ok ? ((await res.json()) as Lookup) : { exact: false, items: [] };
}

/**
 * The counter's product box (F2). A barcode scanner types the digits and Enter: Enter looks the text
 * up at once and adds the variant when it is the only match; typing shows the matches as buttons.
 */
export function PosSearch({ inputRef, sessionId, onAdd }: { inputRef: RefObject<HTMLInputElement | null>; sessionId: string | null; onAdd: (item: PosItem) => void }) {
  const t = useTranslations('shop.pos');
  const format = useFormatter();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Lookup & { q: string }>({ exact: false, items: [], q: '' });
  const [busy, setBusy] = useState(false);
  const [announce, setAnnounce] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const firstResult = useRef<HTMLButtonElement | null>(null);
  // The counter opens ready to scan.
  useEffect(() => inputRef.current?.focus(), [inputRef]);

  const add = (item: PosItem) => {
    onAdd(item);
    setQuery('');
    setFound({ exact: false, items: [], q: '' });
    setAnnounce(t('added', { item: item.description }));
    inputRef.current?.focus();
  };

  const search = (q: string) => {
    setQuery(q);
    if (timer.current) clearTimeout(timer.current);
    if (!q.trim()) return setFound({ exact: false, items: [], q: '' });
    timer.current = setTimeout(async () => {
      setBusy(true);
      setFound({ ...(await lookup(q, sessionId)), q });
      setBusy(false);
    }, 200);
  };

  const enter = async () => {
    if (timer.current) clearTimeout(timer.current);
    const q = query.trim();
    if (!q) return;
    setBusy(true);
    const result = await lookup(q, sessionId);
    setBusy(false);
    if (result.exact || result.items.length === 1) return add(result.items[0]!);
    setFound({ ...result, q });
    firstResult.current?.focus();
  };

  return (
    <div className="space-y-2">
      <label htmlFor="pos-search" className="block text-sm font-medium text-stone-800">
        {t('search')}
      </label>
      <Input
        ref={inputRef}
        id="pos-search"
        type="search"
        autoComplete="off"
        density="block"
        className="text-lg"
        value={query}
        aria-describedby="pos-search-hint"
        onChange={(e) => search(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void enter();
          }
          if (e.key === 'ArrowDown' && found.items.length) {
            e.preventDefault();
            firstResult.current?.focus();
          }
        }}
      />
      <p id="pos-search-hint" className="text-xs text-stone-500">
        {busy ? t('searching') : t('searchHint')}
      </p>
      <p className="sr-only" aria-live="polite">
        {announce}
      </p>
      {found.q && !busy && found.items.length === 0 && <p className="text-sm text-stone-600">{t('noResults', { q: found.q })}</p>}
      {found.items.length > 0 && (
        <ul className="divide-y divide-stone-100 rounded-md border border-stone-200 bg-white" aria-label={t('results')}>
          {found.items.map((item, i) => {
            const photo = photoSource({ imageId: item.imageId, category: item.category, box: 'w-10' });
            return (
              <li key={item.variantId}>
                <button
                  ref={i === 0 ? firstResult : undefined}
                  type="button"
                  className="flex w-full items-center gap-3 px-3 py-2 text-left hover:bg-stone-50 focus:bg-amber-50 focus:outline-none"
                  onClick={() => add(item)}
                  onKeyDown={(e) => {
                    if (e.key === 'ArrowDown') (e.currentTarget.parentElement?.nextElementSibling?.querySelector('button') as HTMLButtonElement | null)?.focus();
                    if (e.key === 'ArrowUp') ((e.currentTarget.parentElement?.previousElementSibling?.querySelector('button') as HTMLButtonElement | null) ?? inputRef.current)?.focus();
                  }}
                >
                  {/* eslint-disable-next-line @next/next/no-img-element -- a small thumbnail from our own route */}
                  <img src={photo.src} width={photo.width} height={photo.height} className={photo.className} alt="" loading="lazy" />
                  <span className="min-w-0 flex-1">
                    <span className="block truncate text-sm font-medium">{item.description}</span>
                    <span className="block font-mono text-xs text-stone-500">
                      {[item.sku, item.ean, t('onHand', { n: item.onHand })].filter(Boolean).join(' · ')}
                    </span>
                  </span>
                  <span className="text-sm font-semibold tabular-nums">{format.number(item.unitPriceCents / 100, 'money')}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
