'use client';

import { useTranslations } from 'next-intl';
import type { Dispatch, KeyboardEvent, SetStateAction } from 'react';
import { gridAxes, SizeGrid, type SizeGridVariant } from '@/components/catalog/size-grid';

/** What a quantity input holds, as a number of pieces: empty or anything but a whole number counts as 0. */
export function typedQuantity(value: string | undefined): number {
  const n = Number(value ?? '');
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** Only digits, at most five (the largest line is 99 999 pieces). */
export const digitsOnly = (value: string) => value.replace(/\D/g, '').slice(0, 5);

/** A color × size pair the grid does not have. */
export function MissingCell() {
  return <td className="px-2 py-2 text-center text-stone-500">—</td>;
}

/**
 * One cell of a quantity grid (the storefront's, a draft's, an order being adjusted): the input, the
 * stock available at the order's origin, and how far above it the typed quantity goes. `row` and `col`
 * place the input for the arrow keys.
 */
export function QuantityCell({
  variantId,
  color,
  size,
  available,
  value,
  onChange,
  row,
  col,
}: {
  variantId: string;
  color: string;
  size: string;
  available: number;
  value: string;
  onChange: (value: string) => void;
  row: number | undefined;
  col: number | undefined;
}) {
  const t = useTranslations('orders.grid');
  const excess = typedQuantity(value) - available;
  return (
    <td className="px-1 py-1 text-center align-top">
      <input
        type="text"
        inputMode="numeric"
        data-row={row}
        data-col={col}
        onKeyDown={moveWithArrows}
        aria-label={t('quantityFor', { color, size })}
        aria-invalid={excess > 0 || undefined}
        aria-describedby={excess > 0 ? `over-${variantId}` : undefined}
        value={value}
        onChange={(e) => onChange(digitsOnly(e.target.value))}
        className={`w-16 rounded-md border px-2 py-1 text-center tabular-nums ${excess > 0 ? 'border-red-600 bg-red-50' : 'border-stone-300'}`}
      />
      <span className={`block text-xs ${available > 0 ? 'text-stone-600' : 'text-stone-500'}`}>{t('available', { n: available })}</span>
      {excess > 0 && (
        <span id={`over-${variantId}`} className="block text-xs text-red-700">
          {t('overStock', { n: excess })}
        </span>
      )}
    </td>
  );
}

/**
 * A product's color × size grid of quantity inputs (the storefront's, a draft's, an order being
 * adjusted): `quantities` holds what is typed per variant id.
 */
export function QuantityGrid<V extends SizeGridVariant & { variantId: string; available: number }>({
  cells,
  quantities,
  setQuantities,
  testId,
}: {
  cells: V[];
  quantities: Record<string, string>;
  setQuantities: Dispatch<SetStateAction<Record<string, string>>>;
  testId: string;
}) {
  const t = useTranslations('orders.grid');
  const axes = gridAxes(cells);
  const row = new Map(axes.colors.map(([c], i) => [c, i]));
  const col = new Map(axes.sizes.map((s, i) => [s, i]));
  return (
    <SizeGrid
      variants={cells}
      colorLabel={t('color')}
      testId={testId}
      renderCell={(c, color, s) =>
        c ? (
          <QuantityCell
            key={s}
            variantId={c.variantId}
            color={color}
            size={s}
            available={c.available}
            value={quantities[c.variantId] ?? ''}
            onChange={(v) => setQuantities((q) => ({ ...q, [c.variantId]: v }))}
            row={row.get(color)}
            col={col.get(s)}
          />
        ) : (
          <MissingCell key={s} />
        )
      }
    />
  );
}

const STEPS: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/**
 * Spreadsheet-like typing in a grid: the arrow keys move to the next cell in that direction
 * (skipping color × size pairs that do not exist); left and right only once the caret is at the edge.
 * Moves stay inside the input's own table, so a form may hold one grid per product.
 */
function moveWithArrows(e: KeyboardEvent<HTMLInputElement>) {
  const step = STEPS[e.key];
  const input = e.currentTarget;
  if (!step || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  if (e.key === 'ArrowLeft' && input.selectionStart !== 0) return;
  if (e.key === 'ArrowRight' && input.selectionEnd !== input.value.length) return;
  const [dRow, dCol] = step;
  const grid = input.closest('table') ?? input.form;
  const cellsOfGrid = [...(grid?.querySelectorAll<HTMLInputElement>('input[data-row]') ?? [])];
  const lastRow = Math.max(...cellsOfGrid.map((i) => Number(i.dataset.row)));
  const lastCol = Math.max(...cellsOfGrid.map((i) => Number(i.dataset.col)));
  for (let row = Number(input.dataset.row) + dRow, col = Number(input.dataset.col) + dCol; row >= 0 && col >= 0 && row <= lastRow && col <= lastCol; row += dRow, col += dCol) {
    const next = cellsOfGrid.find((i) => i.dataset.row === String(row) && i.dataset.col === String(col));
    if (next) {
      e.preventDefault();
      next.focus();
      next.select();
      return;
    }
  }
}
