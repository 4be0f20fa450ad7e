// The public surface of src/lib/quality/: what pages, site glue and scripts use.
export * from './check-links.ts';
export * from './import-graph.ts';
