import { createRequire } from 'node:module';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { plugins } from '@citation-js/core';
import { citationStyles, type CitationStyle } from '../content/citation-styles.ts';
import { registerStyles, styleXml, localeXml } from './register-styles.ts';
import { cacheKey, cachedText } from '../cache/build-cache.ts';
import type { CslItem } from './work.ts';

// citeproc is the slowest step of a figure page (about a millisecond a format, ten formats a
// work): the same work is cited on its page in both interface languages, so each (work, style,
// format) is formatted once per build, and kept in the build cache — an edition whose works are
// unchanged formats none again. The key holds the processors' versions and the style's and
// locale's CSL, so a new style file or citeproc formats again.
const formatted = new Map<string, string>();
const require = createRequire(import.meta.url);
const engine = ['@citation-js/core', '@citation-js/plugin-csl', 'citeproc']
  .map((name) => (require(`${name}/package.json`) as { version: string }).version)
  .join('/');
const styleKeys = new Map<CitationStyle, string>();
const styleKey = (style: CitationStyle) => {
  let k = styleKeys.get(style);
  if (k === undefined) styleKeys.set(style, (k = cacheKey(styleXml(style), localeXml(citationStyles[style].locale))));
  return k;
};

function bibliography(item: CslItem, style: CitationStyle, format: 'text' | 'html'): string {
  const json = JSON.stringify(item);
  const memo = `${style}\u0000${format}\u0000${json}`;
  let out = formatted.get(memo);
  if (out === undefined) {
    out = cachedText('citation', cacheKey('citeproc', engine, styleKey(style), format, json), () => {
      registerStyles();
      const made = (
        new Cite([item]).format('bibliography', {
          template: style,
          lang: citationStyles[style].locale,
          format,
        }) as string
      ).trim();
      // A numeric style numbers its list; one work cited alone is not "[1]".
      return format === 'text'
        ? made.replace(/^\[1\]\s*/, '')
        : made.replace(/<div class="csl-left-margin">\[1\]<\/div>/, '');
    });
    formatted.set(memo, out);
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
