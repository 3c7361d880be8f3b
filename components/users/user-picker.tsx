'use client';

import { useTranslations } from 'next-intl';
import { SearchPicker, type PickerField } from '@/components/forms/search-picker';
import { routes } from '@/lib/routes';
import type { UserSuggestion } from '@/lib/users/user-search';

function UserMatch({ user }: { user: UserSuggestion }) {
  return (
    <>
      <span className="font-medium text-stone-900">{user.name}</span>
      <span className="block text-xs break-words text-stone-600">{user.email}</span>
    </>
  );
}

/** Chooses one user by typing part of the name or e-mail (the admin's search route); the form gets a hidden input `name` with the id. */
export function UserPicker({ defaultValue = null, ...field }: PickerField & { defaultValue?: UserSuggestion | null }) {
  const t = useTranslations('users.picker');
  return (
    <SearchPicker<UserSuggestion>
      {...field}
      multiple={false}
      initial={defaultValue ? [defaultValue] : []}
      onChosen={() => {}}
      urlFor={routes.api.userSearch}
      labels={{
        results: t('results'),
        searching: t('searching'),
        none: t('none'),
        chosen: t('chosen'),
        placeholder: t('placeholder'),
        keysHint: t('hint'),
        removeShort: t('removeShort'),
        remove: (name) => t('remove', { name }),
      }}
      renderMatch={(u) => <UserMatch user={u} />}
      testId="chosen-user"
    />
  );
}
