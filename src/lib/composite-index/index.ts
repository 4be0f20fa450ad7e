// The public surface of src/lib/composite-index/: what pages, site glue and scripts use.
export * from './weighting/index.ts';
export * from './change.ts';
export * from './describe.ts';
export * from './drivers.ts';
export * from './export.ts';
export * from './hierarchy.ts';
export * from './load-rankings.ts';
export * from './rank-command.ts';
export * from './summary.ts';
export * from './split-change.ts';
export * from './edition-change.ts';
export * from './reweigh.ts';
export * from './weight-range.ts';
export * from './explore-payload.ts';
