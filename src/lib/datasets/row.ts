/** One typed CSV cell after validation: empty cells are `null`. */
export type Cell = string | number | boolean | null;

/** One typed CSV row, keyed by the column names of its Table Schema. */
export type Row = Record<string, Cell>;
