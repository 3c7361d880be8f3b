import { expect, test as setup } from '@playwright/test';
import { login, ROLES, storageFor } from './helpers';

for (const role of ROLES) {
  setup(`log in as ${role}`, async ({ page }) => {
    await login(page, `${role}@venda.local`);
    await expect(page).toHaveURL(new RegExp(`/${role}$`));
    await page.context().storageState({ path: storageFor(role) });
  });
}
