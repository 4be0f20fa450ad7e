// The public surface of src/lib/parts/: what pages, site glue and scripts use.
export * from './assemble.ts';
export * from './exit-with-parent.ts';
export * from './part-inputs.ts';
export * from './part-names.ts';
export * from './part-store.ts';
export * from './plan-runs.ts';
export * from './remove-later.ts';
export * from './run-builds.ts';
export * from './series.ts';
