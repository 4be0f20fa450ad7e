// The public surface of src/lib/check/: what pages, site glue and scripts use.
export * from './kept-checks.ts';
export * from './run-checks.ts';
