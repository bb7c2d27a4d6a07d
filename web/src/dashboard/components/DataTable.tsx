import { type ReactNode, useState } from 'react';

import { type CsvValue, downloadCsv, toCsv } from '../../shared/csv.js';

export interface Column<Row> {
  header: string;
  /** The cell's value in the CSV file (and on screen unless `render` is given). */
  value: (row: Row) => CsvValue;
  render?: (row: Row) => ReactNode;
  numeric?: boolean;
}

/** Every row of a list the screen shows only in part, fetched on demand (within the API's bounds). */
export type FetchAll<Row> = () => Promise<{ rows: Row[]; total: number }>;

/**
 * A CSV download that is complete or says it is not: with `fetchAll`, it fetches every page first; a
 * file that still holds fewer rows than the list is named and labelled "first N of M".
 */
export function CsvButton<Row>({
  fileName,
  columns,
  rows,
  label,
  total = rows.length,
  fetchAll,
}: {
  fileName: string;
  columns: Column<Row>[];
  rows: Row[];
  label: string;
  /** How many rows the whole list holds, when the screen shows fewer. */
  total?: number;
  fetchAll?: FetchAll<Row>;
}) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const partial = rows.length < total;
  const save = (all: Row[], of: number) => {
    const name = all.length < of ? `${fileName}-first-${all.length}-of-${of}` : fileName;
    downloadCsv(
      name,
      toCsv(
        columns.map((c) => c.header),
        all.map((row) => columns.map((c) => c.value(row))),
      ),
    );
  };
  const onClick = async () => {
    setFailure(undefined);
    if (!partial || fetchAll === undefined) {
      save(rows, total);
      return;
    }
    setBusy(true);
    try {
      const all = await fetchAll();
      save(all.rows, all.total);
    } catch (error) {
      setFailure(`The complete file could not be fetched: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  const what = partial ? (fetchAll !== undefined ? `all ${total} rows` : `first ${rows.length} of ${total} rows`) : `${rows.length} rows`;
  return (
    <span className="csv-block">
      <button type="button" className="csv" disabled={rows.length === 0 || busy} onClick={() => void onClick()}>
        {busy ? 'Fetching every page…' : 'Download CSV'}
        <span className="csv-extent"> ({what})</span>
        <span className="visually-hidden">: {label}</span>
      </button>
      {failure !== undefined ? (
        <span role="alert" className="error small">
          {failure}
        </span>
      ) : null}
    </span>
  );
}

/** A table with a caption, column headers and a CSV download of what it lists. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  fileName,
  rowKey,
  empty = 'Nothing to show.',
  total,
  fetchAll,
  id,
}: {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  fileName: string;
  rowKey: (row: Row, index: number) => string;
  empty?: string;
  total?: number;
  fetchAll?: FetchAll<Row>;
  id?: string;
}) {
  const of = total ?? rows.length;
  return (
    <div className="table-block" id={id}>
      <div className="table-toolbar">
        <span className="table-count">
          {rows.length < of ? `${rows.length} of ${of} rows shown` : `${rows.length} row${rows.length === 1 ? '' : 's'}`}
        </span>
        <CsvButton fileName={fileName} columns={columns} rows={rows} label={caption} total={of} fetchAll={fetchAll} />
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={`${caption} (scrolls sideways)`}>
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
