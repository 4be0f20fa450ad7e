// The public surface of src/lib/cache/: what pages, site glue and scripts use.
export * from './build-cache.ts';
export * from './build-inputs.ts';
