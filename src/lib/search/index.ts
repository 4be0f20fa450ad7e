// The public surface of src/lib/search/: what pages, site glue and scripts use.
export * from './build-index.ts';
export * from './page-records.ts';
export * from './series-format.ts';
export * from './series-index.ts';
export * from './t2s-source.ts';
export * from './town-records.ts';
export * from './plan-query.ts';
