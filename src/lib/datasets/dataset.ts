import type { Resource } from './descriptor.ts';
import type { Row } from './row.ts';

/** A table of an edition whose CSV passed every check of its resource. */
export interface Dataset {
  year: number;
  resource: Resource;
  /** The CSV, relative to the project root (the first part of a multipart table; the descriptor for inline data). */
  file: string;
  rows: Row[];
  /** The file line of each row, for messages about it (absent for tables made in code). */
  lines?: number[];
}
