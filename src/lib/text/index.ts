// The public surface of src/lib/text/: what pages, site glue and scripts use.
export * from './escape.ts';
