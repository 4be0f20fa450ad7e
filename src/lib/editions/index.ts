// The public surface of src/lib/editions/: what pages, site glue and scripts use.
export * from './compare-editions.ts';
export * from './edition-nav.ts';
export * from './scaffold-edition.ts';
export * from './scaffold-report.ts';
export * from './example-report.ts';
export * from './edition-date.ts';
