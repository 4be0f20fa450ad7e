// The public surface of src/lib/export/: what pages, site glue and scripts use.
export * from './book-css.ts';
export * from './book-plan.ts';
export * from './epub.ts';
export * from './xhtml.ts';
export * from './export-edition.ts';
