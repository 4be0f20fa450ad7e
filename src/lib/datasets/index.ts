// The public surface of src/lib/datasets/: what pages, site glue and scripts use.
export * from './descriptor.ts';
export * from './export.ts';
export * from './format.ts';
export * from './load-datapackage.ts';
export * from './prose-numbers.ts';
export * from './revisions.ts';
export * from './dataset-zip.ts';
