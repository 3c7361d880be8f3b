import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLIENT_PATHS_FILE, clientPathsSource } from '@/lib/cli/i18n-client-paths';
import { LAYOUT_MESSAGE_PATHS, PAGE_MESSAGE_PATHS } from './client-message-paths';
import { layoutMessages, pageMessages, pickPaths } from './client-messages';
import { coveringPaths, pageId, pathsUsedBy, readSource, serverKeys, sourceFiles } from './client-usage';
import { FILE_MESSAGES } from './messages';

describe('the messages sent to the browser', () => {
  it('reads the paths a client component translates with', () => {
    const source = [
      "const t = useTranslations('orders.grid');",
      'const r = useTranslations();',
      "t('add'); t.rich('hint', {}); t(`status.${s}.label`); t(`${x}`);",
      "r('common.saved'); r(`roles.${role}`); r(state.error);",
      "function columns(tr: Translator) { return tr('users.never'); }",
    ].join('\n');
    expect(pathsUsedBy(source)).toEqual({ paths: ['orders.grid.add', 'orders.grid.hint', 'orders.grid.status', 'orders.grid', 'common.saved', 'roles', 'users.never'], dynamicRoot: 1 });
  });

  it('reads the error keys server code returns to forms, not permission names', () => {
    const source = "throw new DomainError('orders.errors.notAdjustable'); z.string({ error: 'catalog.images.required' }); return { ok: false, fieldErrors: { file: ['catalog.images.tooBig'] } }; assertCan(actor, 'catalog.manage');";
    expect(serverKeys(source)).toEqual(['orders.errors.notAdjustable', 'catalog.images.required', 'catalog.images.tooBig']);
  });

  it('keeps the fewest paths that cover the rest', () => {
    expect(coveringPaths(['orders.grid.add', 'orders.grid', 'orders.gridX', 'common', 'common.saved'])).toEqual(['common', 'orders.grid', 'orders.gridX']);
  });

  it('picks those paths, and only those, in the catalog’s shape', () => {
    const tree = { a: { b: 'B', c: { d: 'D', e: 'E' } }, f: 'F' };
    expect(pickPaths(tree, ['a.c.d', 'f', 'a.missing', 'zz'])).toEqual({ a: { c: { d: 'D' } }, f: 'F' });
    const layout = layoutMessages(FILE_MESSAGES.en);
    expect(Object.keys(layout).sort()).toEqual([...LAYOUT_MESSAGE_PATHS].sort());
    expect(layout.common).toBe(FILE_MESSAGES.en.common);
  });

  it('gives a page the messages of the client components it imports, and of the actions they call', () => {
    const order = pageMessages(FILE_MESSAGES.en, '(comercial)/comercial/pedidos/[id]');
    expect(order.orders?.adjust?.save).toBe(FILE_MESSAGES.en.orders.adjust.save);
    expect(order.orders?.adjust?.timeline).toBeUndefined(); // server-rendered
    expect(order.orders?.errors?.notAdjustable).toBe(FILE_MESSAGES.en.orders.errors.notAdjustable);
    expect(order.customers).toBeUndefined();
    const all = JSON.stringify(FILE_MESSAGES.en).length;
    for (const page of Object.keys(PAGE_MESSAGE_PATHS) as (keyof typeof PAGE_MESSAGE_PATHS)[]) {
      expect(JSON.stringify(layoutMessages(FILE_MESSAGES.en)).length + JSON.stringify(pageMessages(FILE_MESSAGES.en, page)).length).toBeLessThan(all / 4);
    }
  });

  it('is up to date with the sources (run `npm run i18n:client` when this fails)', () => {
    expect(readFileSync(CLIENT_PATHS_FILE, 'utf8')).toBe(clientPathsSource());
  });

  it('is added by every page that needs more than the layout’s, under the page’s own id', () => {
    const wrong = sourceFiles('app')
      .filter((f) => f.endsWith('/page.tsx'))
      .flatMap((file) => {
        const id = pageId(file) as keyof typeof PAGE_MESSAGE_PATHS;
        const named = /export default withPageMessages\('([^']*)', \w+\);/.exec(readSource(file))?.[1];
        if (named === undefined) return PAGE_MESSAGE_PATHS[id].length ? [`${file}: not wrapped in withPageMessages('${id}', …)`] : [];
        return named === id ? [] : [`${file}: names '${named}'`];
      });
    expect(wrong).toEqual([]);
  });
});
