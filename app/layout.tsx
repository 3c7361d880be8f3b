import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { layoutMessages } from '@/lib/i18n/client-messages';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('app');
  return { title: { default: 'Venda', template: '%s · Venda' }, description: t('tagline') };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <html lang={locale}>
      <body>
        {/* Only what the layouts' client components and every form need (LAYOUT_MESSAGE_PATHS); each page adds its own (withPageMessages). */}
        <NextIntlClientProvider messages={layoutMessages(messages)}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
