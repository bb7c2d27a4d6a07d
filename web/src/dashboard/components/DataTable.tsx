import type { ReactNode } from 'react';

import { type CsvValue, downloadCsv, toCsv } from '../../shared/csv.js';

export interface Column<Row> {
  header: string;
  /** The cell's value in the CSV file (and on screen unless `render` is given). */
  value: (row: Row) => CsvValue;
  render?: (row: Row) => ReactNode;
  numeric?: boolean;
}

export function CsvButton<Row>({
  fileName,
  columns,
  rows,
  label,
}: {
  fileName: string;
  columns: Column<Row>[];
  rows: Row[];
  label: string;
}) {
  return (
    <button
      type="button"
      className="csv"
      disabled={rows.length === 0}
      onClick={() =>
        downloadCsv(
          fileName,
          toCsv(
            columns.map((c) => c.header),
            rows.map((row) => columns.map((c) => c.value(row))),
          ),
        )
      }
    >
      Download CSV<span className="visually-hidden">: {label}</span>
    </button>
  );
}

/** A table with a caption, column headers and a CSV download of exactly what it shows. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  fileName,
  rowKey,
  empty = 'Nothing to show.',
}: {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  fileName: string;
  rowKey: (row: Row, index: number) => string;
  empty?: string;
}) {
  return (
    <div className="table-block">
      <div className="table-toolbar">
        <span className="table-count">
          {rows.length} row{rows.length === 1 ? '' : 's'}
        </span>
        <CsvButton fileName={fileName} columns={columns} rows={rows} label={caption} />
      </div>
      <div className="table-scroll">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.header} scope="col" className={c.numeric === true ? 'numeric' : undefined}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="empty">
                  {empty}
                </td>
              </tr>
            ) : (
              rows.map((row, index) => (
                <tr key={rowKey(row, index)}>
                  {columns.map((c) => (
                    <td key={c.header} className={c.numeric === true ? 'numeric' : undefined}>
                      {c.render !== undefined ? c.render(row) : String(c.value(row) ?? '')}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
