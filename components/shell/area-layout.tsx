import type { ReactNode } from 'react';
import { requireArea } from '@/lib/auth/session';
import type { Role } from '@/lib/auth/roles';
import { AppShell } from './app-shell';

/** Every role area's layout: redirects visitors to login and answers 403 to other roles. Pages check again. */
export async function AreaLayout({ area, children }: { area: Role; children: ReactNode }) {
  const actor = await requireArea(area);
  return (
    <AppShell area={area} actor={actor}>
      {children}
    </AppShell>
  );
}
