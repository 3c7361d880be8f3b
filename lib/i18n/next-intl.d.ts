import type { Locale } from '@/lib/server/context';
import type { FORMATS } from './formats';
import type { Messages } from './messages';

// Types next-intl with the app's catalogs, so a missing or misspelt key in t('…') fails tsc.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
    Formats: typeof FORMATS;
  }
}
