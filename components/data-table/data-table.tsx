'use client';

import { useTable, type ColumnDef, type RowData } from '@tanstack/react-table';
import { useTranslations } from 'next-intl';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { downloadCsv } from './csv-download';
import { PagerNav } from './pager-nav';
import { SortHeader } from './sort-header';
import { CELL, TableFrame } from './table-frame';
import { tableFeatureSet, type TableFeatureSet } from './features';
import { inputClass } from '@/components/forms/inputs';

export type FacetFilter = { columnId: string; label: string; options: { value: string; label: string }[] };

type Props<T extends RowData> = {
  data: T[];
  columns: ColumnDef<TableFeatureSet, T, unknown>[];
  /** Columns and values written to the CSV export, in order. */
  csv: { filename: string; headers: string[]; row: (item: T) => unknown[] };
  facets?: FacetFilter[];
  searchLabel: string;
  empty: ReactNode;
  pageSize?: number;
};

/** Client-side table: sort by header, search, facet filters, pagination, CSV export of what is filtered. */
export function DataTable<T extends RowData>({ data, columns, csv, facets = [], searchLabel, empty, pageSize = 20 }: Props<T>) {
  const t = useTranslations('table');
  const id = useId();
  const [globalFilter, setGlobalFilter] = useState('');
  const [columnFilters, setColumnFilters] = useState<{ id: string; value: unknown }[]>([]);
  const stableColumns = useMemo(() => columns, [columns]);

  const table = useTable({
    features: tableFeatureSet,
    columns: stableColumns,
    data,
    globalFilterFn: 'includesString',
    initialState: { pagination: { pageIndex: 0, pageSize } },
    state: { globalFilter, columnFilters },
    onGlobalFilterChange: (u) => setGlobalFilter((prev) => (typeof u === 'function' ? u(prev) : u) ?? ''),
    onColumnFiltersChange: (u) => setColumnFilters((prev) => (typeof u === 'function' ? u(prev) : u)),
  });

  const filteredRows = table.getFilteredRowModel().rows;
  const { pageIndex } = table.atoms.pagination.get();
  const pageCount = Math.max(1, table.getPageCount());

  function setFacet(columnId: string, value: string) {
    setColumnFilters((prev) => [...prev.filter((f) => f.id !== columnId), ...(value ? [{ id: columnId, value }] : [])]);
  }

  if (data.length === 0) return <>{empty}</>;

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col text-sm">
          <label htmlFor={`${id}-search`} className="mb-1 font-medium text-stone-700">
            {searchLabel}
          </label>
          <input
            id={`${id}-search`}
            type="search"
            value={globalFilter}
            onChange={(e) => setGlobalFilter(e.target.value)}
            className={inputClass({ className: 'w-64' })}
            placeholder={t('searchPlaceholder')}
          />
        </div>
        {facets.map((f) => (
          <div key={f.columnId} className="flex flex-col text-sm">
            <label htmlFor={`${id}-${f.columnId}`} className="mb-1 font-medium text-stone-700">
              {f.label}
            </label>
            <select
              id={`${id}-${f.columnId}`}
              value={String(columnFilters.find((c) => c.id === f.columnId)?.value ?? '')}
              onChange={(e) => setFacet(f.columnId, e.target.value)}
              className={inputClass()}
            >
              <option value="">{t('all')}</option>
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="ml-auto flex items-center gap-3">
          <span className="text-sm text-stone-600" aria-live="polite">
            {t('rowCount', { count: filteredRows.length })}
          </span>
          <Button
            type="button"
            variant="secondary"
            onClick={() => downloadCsv(csv.filename, csv.headers, filteredRows.map((r) => csv.row(r.original as T)))}
          >
            {t('exportCsv')}
          </Button>
        </div>
      </div>

      <TableFrame
        head={table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              return (
                <SortHeader
                  key={header.id}
                  label={header.isPlaceholder ? null : <table.FlexRender header={header} />}
                  active={Boolean(sorted)}
                  dir={sorted === 'desc' ? 'desc' : 'asc'}
                  onSort={header.column.getCanSort() ? header.column.getToggleSortingHandler() : undefined}
                  className={CELL.boxed}
                />
              );
            })}
          </tr>
        ))}
      >
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id} className="hover:bg-stone-50">
            {row.getAllCells().map((cell) => (
              <td key={cell.id} className={`${CELL.boxed} align-top`}>
                <table.FlexRender cell={cell} />
              </td>
            ))}
          </tr>
        ))}
        {filteredRows.length === 0 && (
          <tr>
            <td colSpan={columns.length} className="px-3 py-6 text-center text-stone-600">
              {t('noMatches')}
            </td>
          </tr>
        )}
      </TableFrame>

      <PagerNav
        label={t('pagination')}
        summary={t('page', { page: pageIndex + 1, pages: pageCount })}
        previous={
          <Button type="button" variant="secondary" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
            {t('previous')}
          </Button>
        }
        next={
          <Button type="button" variant="secondary" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
            {t('next')}
          </Button>
        }
      />
    </div>
  );
}
