'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { inputClass } from '@/components/forms/inputs';
import { routes, type CustomersArea } from '@/lib/routes';

type Result = { id: string; name: string; tradeName: string | null; document: string; place: string };

/**
 * One box that finds a customer by name, trade name, CPF/CNPJ (with or without punctuation),
 * phone, email, plate or serial, within the user's scope, as they type. Arrow keys and Enter work.
 */
export function CustomerSearch({ area }: { area: CustomersArea }) {
  const t = useTranslations('customers.search');
  const router = useRouter();
  const id = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Result[]>([]);
  const [active, setActive] = useState(-1);
  const [state, setState] = useState<'idle' | 'loading' | 'done'>('idle');
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      controller.current?.abort();
      return;
    }
    const timer = setTimeout(async () => {
      controller.current?.abort();
      controller.current = new AbortController();
      setState('loading');
      try {
        const res = await fetch(routes.api.customerSearch(q), { signal: controller.current.signal });
        const body = (await res.json()) as { results?: Result[] };
        setResults(body.results ?? []);
        setActive(body.results?.length ? 0 : -1);
        setState('done');
      } catch (e) {
        if ((e as Error).name !== 'AbortError') setState('done');
      }
    }, 180);
    return () => clearTimeout(timer);
  }, [query]);

  const open = query.trim().length >= 2 && state !== 'idle';
  const go = (r: Result | undefined) => r && router.push(routes.customers.detail(area, r.id));

  return (
    <div className="relative w-full max-w-xl">
      <label htmlFor={`${id}-input`} className="mb-1 block text-sm font-medium text-stone-800">
        {t('label')}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={active >= 0 ? `${id}-opt-${active}` : undefined}
        autoComplete="off"
        value={query}
        placeholder={t('placeholder')}
        onChange={(e) => {
          setQuery(e.target.value);
          if (e.target.value.trim().length < 2) {
            setResults([]);
            setState('idle');
          }
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(results.length - 1, a + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(0, a - 1));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            go(results[active]);
          } else if (e.key === 'Escape') {
            setQuery('');
            setResults([]);
            setState('idle');
          }
        }}
        className={inputClass({ density: 'block' })}
      />
      {open && (
        <ul id={`${id}-list`} role="listbox" aria-label={t('results')} className="absolute z-20 mt-1 max-h-80 w-full overflow-auto rounded-md border border-stone-200 bg-white shadow-lg">
          {state === 'loading' && results.length === 0 && <li className="px-3 py-2 text-sm text-stone-500">{t('searching')}</li>}
          {state === 'done' && results.length === 0 && <li className="px-3 py-2 text-sm text-stone-600">{t('none')}</li>}
          {results.map((r, i) => (
            <li
              key={r.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                go(r);
              }}
              onMouseEnter={() => setActive(i)}
              className={`cursor-pointer px-3 py-2 text-sm ${i === active ? 'bg-brand-50' : ''}`}
            >
              <span className="font-medium">{r.name}</span>
              {r.tradeName && <span className="text-stone-500"> · {r.tradeName}</span>}
              <span className="block text-xs text-stone-500">
                {r.document} {r.place && `· ${r.place}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
