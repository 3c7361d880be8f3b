'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { toString as qrSvg } from 'qrcode';
import { useEffect, useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import { pixBrCode } from '@/lib/payments/pix-br-code';

export type ShopPix = { key: string; merchantName: string; city: string } | null;

/** The PIX part of a payment: the BR Code with the shop's key and the amount, as a QR code and as copy-and-paste text. */
export function PosPix({ pix, amountCents, reference }: { pix: ShopPix; amountCents: number; reference: string }) {
  const t = useTranslations('shop.pos');
  const format = useFormatter();
  const code = useMemo(() => {
    if (!pix || amountCents <= 0) return null;
    try {
      return pixBrCode({ key: pix.key, merchantName: pix.merchantName, merchantCity: pix.city, amountCents, txid: reference });
    } catch {
      return null;
    }
  }, [pix, amountCents, reference]);
  const [svg, setSvg] = useState('');
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    let live = true;
    if (code) void qrSvg(code, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then((s) => live && setSvg(s));
    return () => {
      live = false;
    };
  }, [code]);

  if (!pix) return <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{t('pixMissing')}</p>;
  if (!code) return null;
  return (
    <div className="flex flex-wrap items-start gap-4 rounded-md border border-stone-200 p-3" data-testid="pos-pix">
      <div role="img" aria-label={t('pixQr')} className="h-40 w-40 shrink-0" dangerouslySetInnerHTML={{ __html: svg }} />
      <div className="min-w-0 flex-1 space-y-2">
        <p className="text-sm font-medium">{t('pixTitle', { amount: format.number(amountCents / 100, 'money') })}</p>
        <label htmlFor="pos-pix-code" className="block text-xs text-stone-600">
          {t('pixCopy')}
        </label>
        <textarea id="pos-pix-code" readOnly value={code} rows={3} className="field field-block font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
        <Button
          type="button"
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(code).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? t('copied') : t('copy')}
        </Button>
      </div>
    </div>
  );
}
