'use server';

import { redirect } from 'next/navigation';
import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { routes } from '@/lib/routes';
import { serverAction } from '@/lib/server/action';
import type { ActionResult } from '@/lib/server/use-case';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import {
  blockUser,
  changeOwnLocale,
  createUser,
  resetPasswordWithToken,
  sendPasswordReset,
  unblockUser,
  updateUser,
} from './use-cases';

const USERS = routes.admin.users();

export async function createUserAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await serverAction(createUser, formData, { revalidate: [USERS, routes.home('admin')] });
  if (result.ok) redirect(routes.admin.user(result.data.id, { created: 1 }));
  return result;
}

export async function updateUserAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(updateUser, formData, { revalidate: [USERS] });
}

export async function blockUserAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(blockUser, formData, { revalidate: [USERS] });
}

export async function unblockUserAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(unblockUser, formData, { revalidate: [USERS] });
}

export async function sendPasswordResetAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return serverAction(sendPasswordReset, formData, { revalidate: [routes.admin.emails()] });
}

export async function resetPasswordWithTokenAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await serverAction(resetPasswordWithToken, formData);
  if (result.ok) redirect('/login?reset=1');
  return result;
}

export async function changeLocaleAction(formData: FormData): Promise<void> {
  const result = await serverAction(changeOwnLocale, formData);
  if (!result.ok) return;
  (await cookies()).set(LOCALE_COOKIE, result.data.locale, { path: '/', sameSite: 'lax', httpOnly: true, maxAge: 31536000 });
  revalidatePath('/', 'layout');
}
