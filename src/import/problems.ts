/** One reason a file is rejected, located as precisely as the file allows. */
export interface ImportProblem {
  /** Row of the table as a spreadsheet numbers it (the header is row 1). */
  row?: number;
  column?: string;
  message: string;
}

/** A file rejected as a whole: nothing of it was written. */
export class ImportError extends Error {
  override name = 'ImportError';

  constructor(
    readonly file: string,
    readonly problems: ImportProblem[],
  ) {
    super(
      `${file}: rejected, nothing was written (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems
          .slice(0, 30)
          .map(
            (p) =>
              `  ${p.row === undefined ? '' : `row ${p.row}`}${p.column === undefined ? '' : `, column "${p.column}"`}${p.row === undefined && p.column === undefined ? '' : ': '}${p.message}`,
          )
          .join('\n'),
    );
  }
}
