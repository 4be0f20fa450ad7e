// The public surface of src/lib/cards/: what pages, site glue and scripts use.
export * from './social-card.ts';
