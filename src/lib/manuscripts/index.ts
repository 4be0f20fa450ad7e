// The public surface of src/lib/manuscripts/: what pages, site glue and scripts use.
export * from './import-chapter.ts';
export * from './write-staged.ts';
