// The public surface of src/lib/citations/: what pages, site glue and scripts use.
export * from './citations-plugin.ts';
export * from './coins.ts';
export * from './csl-source.ts';
export * from './format.ts';
export * from './work.ts';
export * from './date-accessed.ts';
