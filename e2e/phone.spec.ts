import { expect, test, type Page } from '@playwright/test';
import { ROLES, storageFor, type Role } from './helpers';

/** Every page of every role fits a 390 × 844 phone: the document is never wider than the screen. */
const PAGES: Record<Role, string[]> = {
  admin: ['/admin', '/admin/usuarios', '/admin/usuarios/novo', '/admin/auditoria', '/admin/emails'],
  comercial: [
    '/comercial',
    '/comercial/clientes',
    '/comercial/clientes/novo',
    '/comercial/clientes/importar',
    '/comercial/representantes',
    '/comercial/produtos',
    '/comercial/produtos/novo',
    '/comercial/restricoes',
    '/comercial/precos',
    '/comercial/precos/listas',
    '/comercial/precos/grupos',
    '/comercial/precos/contratos',
    '/comercial/precos/ajustes',
    '/comercial/precos/configuracoes',
    '/comercial/canais',
    '/comercial/pedidos',
    '/comercial/condicoes',
    '/comercial/devolucoes',
  ],
  representante: ['/representante', '/representante/clientes', '/representante/clientes/novo', '/representante/loja', '/representante/pedidos', '/representante/devolucoes'],
  lojista: ['/lojista', '/lojista/loja', '/lojista/pedidos', '/lojista/devolucoes', '/lojista/cadastro'],
  financeiro: ['/financeiro', '/financeiro/clientes', '/financeiro/pedidos', '/financeiro/notas-de-credito'],
  usuario: ['/usuario'],
};

/** Detail pages reached from a list: the first record each list links to. */
const DETAILS: Partial<Record<Role, { list: string; link: RegExp }[]>> = {
  comercial: [
    { list: '/comercial/clientes', link: /^\/comercial\/clientes\/[0-9a-f-]{36}$/ },
    { list: '/comercial/produtos', link: /^\/comercial\/produtos\/[0-9a-f-]{36}$/ },
    { list: '/comercial/pedidos', link: /^\/comercial\/pedidos\/[0-9a-f-]{36}$/ },
    { list: '/comercial/devolucoes', link: /^\/comercial\/devolucoes\/[0-9a-f-]{36}$/ },
  ],
  lojista: [
    { list: '/lojista/loja', link: /^\/lojista\/loja\/[0-9a-f-]{36}$/ },
    { list: '/lojista/pedidos', link: /^\/lojista\/pedidos\/[0-9a-f-]{36}$/ },
    { list: '/lojista/devolucoes', link: /^\/lojista\/devolucoes\/[0-9a-f-]{36}$/ },
  ],
  representante: [{ list: '/representante/clientes', link: /^\/representante\/clientes\/[0-9a-f-]{36}$/ }],
  financeiro: [{ list: '/financeiro/clientes', link: /^\/financeiro\/clientes\/[0-9a-f-]{36}$/ }],
  admin: [{ list: '/admin/usuarios', link: /^\/admin\/usuarios\/[0-9a-f-]{36}$/ }],
};

async function expectFits(page: Page, path: string) {
  const res = await page.goto(path);
  expect(res?.status(), path).toBeLessThan(400);
  // Measured against the phone's width itself: a mobile browser may widen its layout viewport to fit
  // content that overflows, so comparing with window.innerWidth could hide the overflow.
  const scroll = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
  expect(scroll, `${path} is ${scroll}px wide on a ${PHONE.width}px screen`).toBeLessThanOrEqual(PHONE.width);
}

const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

for (const role of ROLES) {
  test.describe(`${role} on a phone`, () => {
    test.use({ storageState: storageFor(role) });

    test('every page fits the screen', async ({ page }) => {
      test.setTimeout(120_000);
      for (const path of PAGES[role]) await expectFits(page, path);
      for (const { list, link } of DETAILS[role] ?? []) {
        await page.goto(list);
        const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        const href = hrefs.find((h) => link.test(h));
        expect(href, `a record link on ${list}`).toBeTruthy();
        await expectFits(page, href!);
      }
    });

    test('the menu opens from a button and reaches every page of the area', async ({ page }) => {
      await page.goto(`/${role}`);
      await page.getByRole('button', { name: 'Menu' }).click();
      const menu = page.getByRole('navigation', { name: 'Navegação principal' });
      for (const path of PAGES[role].filter((p) => !/\/(novo|importar)$/.test(p) && !p.includes('/precos/'))) {
        if (path === `/${role}`) continue;
        await expect(menu.locator(`a[href="${path}"]`), path).toBeVisible();
      }
    });
  });
}
