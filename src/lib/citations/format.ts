import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { plugins } from '@citation-js/core';
import { citationStyles, type CitationStyle } from './styles.ts';
import { registerStyles } from './register-styles.ts';
import type { CslItem } from './work.ts';

// citeproc is the slowest step of a figure page; the same work is cited on its page in both
// interface languages, so each (work, style, format) is formatted once per build.
const formatted = new Map<string, string>();

function bibliography(item: CslItem, style: CitationStyle, format: 'text' | 'html'): string {
  const key = `${style}\u0000${format}\u0000${JSON.stringify(item)}`;
  let out = formatted.get(key);
  if (out === undefined) {
    registerStyles();
    out = (new Cite([item]).format('bibliography', { template: style, lang: citationStyles[style].locale, format }) as string).trim();
    // A numeric style numbers its list; one work cited alone is not "[1]".
    out = format === 'text' ? out.replace(/^\[1\]\s*/, '') : out.replace(/<div class="csl-left-margin">\[1\]<\/div>/, '');
    formatted.set(key, out);
  }
  return out;
}

/** One work formatted in a style, as plain text (for copying) and HTML (for the page), each made when first read. */
export function formatReference(item: CslItem, style: CitationStyle): { readonly text: string; readonly html: string } {
  return {
    get text() {
      return bibliography(item, style, 'text');
    },
    get html() {
      return bibliography(item, style, 'html');
    },
  };
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
