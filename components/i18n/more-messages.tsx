'use client';

import { NextIntlClientProvider, useLocale, useMessages } from 'next-intl';
import { useMemo, type ReactNode } from 'react';
import type { Messages } from '@/lib/i18n/messages';

type Tree = { [key: string]: string | Tree };

function merge(base: Tree, more: Tree): Tree {
  const out: Tree = { ...base };
  for (const [k, v] of Object.entries(more)) {
    const b = out[k];
    out[k] = typeof v === 'object' && b && typeof b === 'object' ? merge(b, v) : v;
  }
  return out;
}

/**
 * Adds `messages` to those of the provider above (a page's own, beside the layout's): next-intl's
 * provider replaces its parent's messages, this one merges them. Locale, time zone and formats are inherited.
 */
export function MoreMessages({ messages, children }: { messages: Partial<Messages>; children: ReactNode }) {
  const parent = useMessages();
  const locale = useLocale();
  const merged = useMemo(() => merge(parent as unknown as Tree, messages as unknown as Tree) as unknown as Messages, [parent, messages]);
  return (
    <NextIntlClientProvider locale={locale} messages={merged}>
      {children}
    </NextIntlClientProvider>
  );
}
