// The public surface of src/lib/shards/: what pages, site glue and scripts use.
export * from './assemble.ts';
export * from './exit-with-parent.ts';
export * from './shard-inputs.ts';
export * from './shard-names.ts';
export * from './shard-store.ts';
export * from './plan-runs.ts';
export * from './remove-later.ts';
export * from './run-builds.ts';
export * from './series.ts';
