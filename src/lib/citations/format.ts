import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { plugins } from '@citation-js/core';
import { citationStyles, type CitationStyle } from './styles.ts';
import { registerStyles } from './register-styles.ts';
import type { CslItem } from './work.ts';

/** One work formatted in a style, as plain text (for copying) and HTML (for the page). */
export function formatReference(item: CslItem, style: CitationStyle): { text: string; html: string } {
  registerStyles();
  const cite = new Cite([item]);
  const opts = { template: style, lang: citationStyles[style].locale };
  // A numeric style numbers its list; one work cited alone is not "[1]".
  const text = (cite.format('bibliography', { ...opts, format: 'text' }) as string).trim().replace(/^\[1\]\s*/, '');
  const html = (cite.format('bibliography', { ...opts, format: 'html' }) as string).trim().replace(/<div class="csl-left-margin">\[1\]<\/div>/, '');
  return { text, html };
}

let bibtexReady = false;
/** BibTeX with Unicode kept (BibLaTeX and modern BibTeX read UTF-8) and our ids as keys. */
export function toBibtex(items: CslItem[]): string {
  if (!bibtexReady) {
    const format = (plugins.config.get('@bibtex') as { format: Record<string, boolean> }).format;
    format.asciiOnly = false;
    format.useIdAsLabel = true;
    bibtexReady = true;
  }
  return (new Cite(items).format('bibtex', { format: 'text' }) as string).trim() + '\n';
}

/** RIS, what EndNote, NoteExpress and most reference managers import. */
export function toRis(items: CslItem[]): string {
  return (new Cite(items).format('ris', { format: 'text' }) as string).replace(/\r?\n/g, '\r\n');
}

/** CSL-JSON, the processors' own format (Zotero, Pandoc, citeproc). */
export function toCslJson(items: CslItem[]): string {
  return `${JSON.stringify(items, null, 2)}\n`;
}
