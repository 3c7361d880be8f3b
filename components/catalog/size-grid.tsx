import { Fragment, type ReactNode } from 'react';
import { TableFrame } from '@/components/data-table/table-frame';

export type SizeGridVariant = { colorName: string; colorHex: string; size: string };

/** The grid's colors (with their swatch) and sizes, in the order the variants come in. */
export function gridAxes<V extends SizeGridVariant>(variants: V[]) {
  const colors = [...new Map(variants.map((v) => [v.colorName, v.colorHex])).entries()];
  const sizes = [...new Set(variants.map((v) => v.size))];
  const cell = (color: string, size: string) => variants.find((v) => v.colorName === color && v.size === size);
  return { colors, sizes, cell };
}

/**
 * The color × size table every product grid shares (a matrix, so it fills TableFrame itself
 * rather than going through column definitions): one row per color (with its swatch), one column
 * per size; what a cell shows (stock, a quantity input) is the caller's. Works on server and client.
 */
export function SizeGrid<V extends SizeGridVariant>({
  variants,
  colorLabel,
  testId,
  renderCell,
}: {
  variants: V[];
  colorLabel: string;
  testId: string;
  renderCell: (variant: V | undefined, color: string, size: string) => ReactNode;
}) {
  const { colors, sizes, cell } = gridAxes(variants);
  return (
    <TableFrame
      variant="plain"
      testId={testId}
      head={
        <tr>
          <th scope="col" className="px-2 py-1 text-left font-medium">
            {colorLabel}
          </th>
          {sizes.map((s) => (
            <th key={s} scope="col" className="px-2 py-1 text-center font-medium">
              {s}
            </th>
          ))}
        </tr>
      }
    >
      {colors.map(([color, hex]) => (
        <tr key={color}>
          <th scope="row" className="px-2 py-2 text-left font-normal whitespace-nowrap">
            <span className="mr-2 dot" style={{ backgroundColor: hex }} />
            {color}
          </th>
          {sizes.map((s) => (
            <Fragment key={s}>{renderCell(cell(color, s), color, s)}</Fragment>
          ))}
        </tr>
      ))}
    </TableFrame>
  );
}
