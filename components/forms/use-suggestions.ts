'use client';

import { useEffect, useRef, useState } from 'react';
import { MIN_SEARCH_LENGTH } from '@/lib/search-length';

/** Fewer letters than this find too much to be useful; the search routes agree. */
export const MIN_QUERY = MIN_SEARCH_LENGTH;

/**
 * What a search route answers for what is typed (`{ results: T[] }` from `urlFor(query)`), a moment
 * after typing stops; an earlier request still running is aborted. `highlightFirst` puts the first
 * match under the cursor (a picker's Enter takes it); otherwise none is.
 */
export function useSuggestions<T>(urlFor: (query: string) => string, query: string, highlightFirst: boolean) {
  const [results, setResults] = useState<T[]>([]);
  const [state, setState] = useState<'idle' | 'loading' | 'done'>('idle');
  const [active, setActive] = useState(-1);
  const controller = useRef<AbortController | null>(null);
  const q = query.trim();
  const url = q.length >= MIN_QUERY ? urlFor(q) : null;

  useEffect(() => {
    if (!url) {
      controller.current?.abort();
      return;
    }
    const timer = setTimeout(async () => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setState('loading');
      try {
        const res = await fetch(url, { signal: current.signal });
        const found = ((await res.json()) as { results?: T[] }).results ?? [];
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
  }, [url, highlightFirst]);

  useEffect(() => () => controller.current?.abort(), []);

  /** Forgets the matches (the box was emptied or a match taken), so the next search does not start with stale ones. */
  const clear = () => {
    controller.current?.abort();
    setResults([]);
    setActive(-1);
    setState('idle');
  };

  return { results: url ? results : [], state: url ? state : ('idle' as const), active: url ? active : -1, setActive, clear };
}
