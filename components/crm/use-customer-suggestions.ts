'use client';

import { useEffect, useRef, useState } from 'react';
import type { CustomerSuggestion } from '@/lib/crm/suggestion';
import { routes } from '@/lib/routes';

/** Fewer letters than this find too much to be useful; the search route agrees (lib/crm/search-text.ts). */
export const MIN_QUERY = 2;

/**
 * The customers matching what is typed, from the scoped search route, a moment after typing stops.
 * `highlightFirst` puts the first match under the cursor (a picker's Enter takes it); otherwise none is.
 */
export function useCustomerSuggestions(query: string, highlightFirst: boolean) {
  const [results, setResults] = useState<CustomerSuggestion[]>([]);
  const [state, setState] = useState<'idle' | 'loading' | 'done'>('idle');
  const [active, setActive] = useState(-1);
  const controller = useRef<AbortController | null>(null);
  const q = query.trim();

  useEffect(() => {
    if (q.length < MIN_QUERY) {
      controller.current?.abort();
      return;
    }
    const timer = setTimeout(async () => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setState('loading');
      try {
        const res = await fetch(routes.api.customerSearch(q), { signal: current.signal });
        const found = ((await res.json()) as { results?: CustomerSuggestion[] }).results ?? [];
        setResults(found);
        setActive(highlightFirst && found.length ? 0 : -1);
        setState('done');
      } catch (e) {
        if ((e as Error).name === 'AbortError') return;
        setResults([]);
        setState('done');
      }
    }, 180);
    return () => clearTimeout(timer);
  }, [q, highlightFirst]);

  useEffect(() => () => controller.current?.abort(), []);

  /** Forgets the matches (the box was emptied or a match taken), so the next search does not start with stale ones. */
  const clear = () => {
    controller.current?.abort();
    setResults([]);
    setActive(-1);
    setState('idle');
  };

  const short = q.length < MIN_QUERY;
  return { results: short ? [] : results, state: short ? ('idle' as const) : state, active: short ? -1 : active, setActive, clear };
}
