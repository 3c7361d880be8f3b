'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState, type RefObject } from 'react';
import { Input } from '@/components/forms/inputs';
import { Button } from '@/components/ui/button';
import { formatDocument } from '@/lib/crm/document';
import { formatPhone } from '@/lib/crm/identifiers';
import type { MessageKey } from '@/lib/i18n/message-key';
import { routes } from '@/lib/routes';
import { createConsumerAction } from '@/lib/shop/actions';
import type { ConsumerHit } from '@/lib/shop/pos-items';
import type { FieldErrors } from '@/lib/server/use-case';

const FIELDS = ['name', 'cpf', 'phone', 'email'] as const;

/** The optional buyer (F6): found by CPF, phone or name among the shop's consumers, or registered here with a valid CPF. */
export function PosConsumer({ inputRef, consumer, onChange }: { inputRef: RefObject<HTMLInputElement | null>; consumer: ConsumerHit | null; onChange: (c: ConsumerHit | null) => void }) {
  const t = useTranslations('shop.pos');
  const tAll = useTranslations();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<ConsumerHit[]>([]);
  const [creating, setCreating] = useState(false);
  const [form, setForm] = useState<Record<(typeof FIELDS)[number], string>>({ name: '', cpf: '', phone: '', email: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  if (consumer)
    return (
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm" data-testid="pos-consumer">
        <span>
          <span className="font-medium">{consumer.name}</span>
          {consumer.cpf && <span className="ml-2 text-stone-600">{formatDocument(consumer.cpf)}</span>}
        </span>
        <Button type="button" variant="ghost" onClick={() => onChange(null)}>
          {t('consumerClear')}
        </Button>
      </div>
    );

  const search = (q: string) => {
    setQuery(q);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const res = await fetch(routes.api.consumerSearch(q));
      setHits(res.ok ? ((await res.json()) as { results: ConsumerHit[] }).results : []);
    }, 250);
  };

  const save = async () => {
    const result = await createConsumerAction(form);
    if (result.ok) {
      onChange(result.data);
      setCreating(false);
      setForm({ name: '', cpf: '', phone: '', email: '' });
      setErrors({});
      setFormError(null);
    } else {
      setErrors(result.fieldErrors);
      setFormError(Object.keys(result.fieldErrors).length ? null : result.error);
    }
  };

  return (
    <div className="space-y-2">
      <label htmlFor="pos-consumer" className="block text-sm font-medium text-stone-800">
        {t('consumer')}
      </label>
      <Input ref={inputRef} id="pos-consumer" type="search" density="block" autoComplete="off" placeholder={t('consumerSearch')} value={query} onChange={(e) => search(e.target.value)} />
      {hits.length > 0 && (
        <ul className="divide-y divide-stone-100 rounded-md border border-stone-200">
          {hits.map((h) => (
            <li key={h.id}>
              <button type="button" className="w-full px-3 py-2 text-left text-sm hover:bg-stone-50 focus:bg-amber-50" onClick={() => onChange(h)}>
                {h.name} <span className="text-stone-600">{[h.cpf && formatDocument(h.cpf), h.phone && formatPhone(h.phone)].filter(Boolean).join(' · ')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {!creating ? (
        <Button type="button" variant="ghost" onClick={() => setCreating(true)}>
          {t('newConsumer')}
        </Button>
      ) : (
        <div className="grid gap-2 rounded-md border border-stone-200 p-3 sm:grid-cols-2" role="group" aria-label={t('newConsumer')}>
          {FIELDS.map((f) => (
            <label key={f} className="flex flex-col text-xs text-stone-600">
              {t(f)}
              <Input
                density="compact"
                name={f}
                value={form[f]}
                inputMode={f === 'cpf' || f === 'phone' ? 'numeric' : undefined}
                invalid={Boolean(errors[f]?.length)}
                aria-describedby={errors[f]?.length ? `consumer-${f}-error` : undefined}
                onChange={(e) => setForm({ ...form, [f]: e.target.value })}
              />
              {errors[f]?.map((e) => (
                <span key={e} id={`consumer-${f}-error`} role="alert" className="text-red-700">
                  {tAll(e)}
                </span>
              ))}
            </label>
          ))}
          {formError && <p role="alert" className="text-sm text-red-700 sm:col-span-2">{tAll(formError)}</p>}
          <div className="sm:col-span-2">
            <Button type="button" onClick={() => void save()}>
              {t('saveConsumer')}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
