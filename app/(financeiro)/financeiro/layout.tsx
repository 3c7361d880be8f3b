import type { ReactNode } from 'react';
import { AreaLayout } from '@/components/shell/area-layout';

export default function Layout({ children }: { children: ReactNode }) {
  return <AreaLayout area="financeiro">{children}</AreaLayout>;
}
