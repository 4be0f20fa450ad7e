// The public surface of src/lib/links/: what pages, site glue and scripts use.
export * from './edition-links.ts';
export * from './site-address.ts';
export * from './urls.ts';
