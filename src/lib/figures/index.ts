// The public surface of src/lib/figures/: what pages, site glue and scripts use.
export * from './bar.ts';
export * from './choropleth.ts';
export * from './collect-figures.ts';
export * from './diverging.ts';
export * from './dots.ts';
export * from './figure-map.ts';
export * from './line.ts';
export * from './png.ts';
export * from './provinces.ts';
export * from './render-figure.ts';
export * from './responsive.ts';
export * from './slope.ts';
export * from './source-line.ts';
export * from './view-state.ts';
export * from './with-caption.ts';
export * from './rank-history.ts';
