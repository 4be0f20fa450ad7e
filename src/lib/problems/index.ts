// The public surface of src/lib/problems/: what pages, site glue and scripts use.
export * from './editor-error.ts';
export * from './problem.ts';
