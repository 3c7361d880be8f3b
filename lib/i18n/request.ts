import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { getCurrentActor } from '@/lib/auth/session';
import { FORMATS } from './formats';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, TIME_ZONE } from './locales';
import { messagesFor } from './messages';

/** The user's saved locale; for visitors, their cookie or browser language; pt-BR by default. */
export default getRequestConfig(async () => {
  const actor = await getCurrentActor();
  const cookieLocale = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale =
    actor?.locale ??
    (isLocale(cookieLocale) ? cookieLocale : null) ??
    localeFromAcceptLanguage((await headers()).get('accept-language')) ??
    DEFAULT_LOCALE;
  return {
    locale,
    timeZone: TIME_ZONE,
    // Overrides from the database (a translations screen, not built yet) are to be passed here.
    messages: messagesFor(locale),
    formats: FORMATS,
  };
});
