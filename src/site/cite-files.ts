// Astro glue: a work's citation as a file for reference managers (cite.bib, cite.ris, cite.json).
import { toBibtex, toCslJson, toRis } from '../lib/citations/index.ts';
import type { CslItem } from '../lib/citations/index.ts';

export const citeFormats = ['bib', 'ris', 'json'] as const;
export type CiteFormat = (typeof citeFormats)[number];

const types: Record<CiteFormat, string> = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
};

/** The file; a download carries no access date (the reader's manager records its own). */
export function citeFile(item: CslItem, format: CiteFormat): Response {
  const body = format === 'bib' ? toBibtex([item]) : format === 'ris' ? toRis([item]) : toCslJson([item]);
  return new Response(body, { headers: { 'Content-Type': types[format] } });
}
