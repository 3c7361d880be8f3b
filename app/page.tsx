import { redirect } from 'next/navigation';
import { routes } from '@/lib/routes';
import { requireActor } from '@/lib/auth/session';

export default async function Home() {
  const actor = await requireActor();
  redirect(routes.home(actor.role));
}
