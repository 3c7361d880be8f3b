import { getMessages } from 'next-intl/server';
import type { ComponentType, ReactNode } from 'react';
import { PAGE_MESSAGE_PATHS } from '@/lib/i18n/client-message-paths';
import { pageMessages, type PageId } from '@/lib/i18n/client-messages';
import { MoreMessages } from './more-messages';

/**
 * A page's default export: the page, with the messages its own client components translate with
 * added to the layout's (`page` is the page's folder under app/; client-messages.test.ts checks each
 * page names its own). Pages whose client components need nothing more render as they are.
 */
export function withPageMessages<P extends object>(page: PageId, Page: ComponentType<P> | ((props: P) => Promise<ReactNode>)) {
  const Component = Page as ComponentType<P>;
  if (PAGE_MESSAGE_PATHS[page].length === 0) return Component;
  async function PageWithMessages(props: P) {
    return (
      <MoreMessages messages={pageMessages(await getMessages(), page)}>
        <Component {...props} />
      </MoreMessages>
    );
  }
  PageWithMessages.displayName = `WithPageMessages(${page})`;
  return PageWithMessages;
}
