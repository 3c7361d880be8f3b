import { expect, type Page } from '@playwright/test';

export const ROLES = ['admin', 'comercial', 'representante', 'lojista', 'financeiro', 'usuario'] as const;
export type Role = (typeof ROLES)[number];
export const DEMO_PASSWORD = 'venda123';
export const storageFor = (role: Role) => `e2e/.auth/${role}.json`;

export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@teste.local`;
}

export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Senha').fill(password);
  await page.getByRole('button', { name: 'Entrar' }).click();
}

/** Admin creates a user through the form and returns to its page. */
export async function createUserAsAdmin(page: Page, user: { name: string; email: string; role: string; password: string }): Promise<void> {
  await page.goto('/admin/usuarios/novo');
  await page.getByLabel('Nome').fill(user.name);
  await page.getByLabel('E-mail').fill(user.email);
  await page.getByLabel('Perfil').selectOption(user.role);
  await page.getByLabel('Senha inicial').fill(user.password);
  await page.getByRole('button', { name: 'Criar usuário' }).click();
  await expect(page.getByText('Usuário criado.')).toBeVisible();
}
