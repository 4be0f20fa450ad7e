// The public surface of src/lib/i18n/: what pages, site glue and scripts use.
export * from './ui.ts';
