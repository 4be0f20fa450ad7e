// The public surface of src/lib/embeds/: what pages, site glue and scripts use.
export * from './oembed.ts';
export * from './snippets.ts';
