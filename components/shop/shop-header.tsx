import { getDb } from '@/db/client';
import { shopChoices, type CurrentShop } from '@/lib/shop/current';
import type { Actor } from '@/lib/server/context';
import { ShopSwitcher } from './shop-switcher';

/** The shop a page is about, and (for an owner of several) the switch to another. */
export async function ShopHeader({ actor, shop }: { actor: Actor; shop: CurrentShop }) {
  const choices = actor.role === 'lojista' ? await shopChoices(getDb(), actor) : [];
  return (
    <div className="mb-4 flex flex-wrap items-center justify-between gap-2 text-sm text-stone-700">
      <p className="font-medium">{shop.name}</p>
      {choices.length > 1 && <ShopSwitcher shops={choices} currentId={shop.id} />}
    </div>
  );
}
