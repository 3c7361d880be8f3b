import { redirect } from 'next/navigation';
import { AREA_HOME } from '@/lib/auth/roles';
import { requireActor } from '@/lib/auth/session';

export default async function Home() {
  const actor = await requireActor();
  redirect(AREA_HOME[actor.role]);
}
