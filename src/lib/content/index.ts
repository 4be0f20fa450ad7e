// The public surface of src/lib/content/: what pages, site glue and scripts use.
export * from './check-content.ts';
export * from './citation-styles.ts';
export * from './contents.ts';
export * from './format-figure.ts';
export * from './math.ts';
export * from './schema.ts';
export * from './scholar-meta.ts';
