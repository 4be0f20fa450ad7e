import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { esc } from '../text/escape.ts';
import type { CitationGroup } from '../content/find-citations.ts';
import { citationStyles, type CitationStyle } from '../content/citation-styles.ts';
import { registerStyles, styleXml } from './register-styles.ts';
import type { CslItem } from './work.ts';

interface CiteprocEngine {
  updateItems(ids: string[]): void;
  makeCitationCluster(items: { id: string; locator?: string; label?: string; prefix?: string }[]): string;
  makeBibliography(): [{ entry_ids: string[][] }, string[]];
}

/**
 * A chapter's citations rendered by citeproc in the edition's style: each group as HTML linked to
 * its entry, numbered in the order of first citation (numeric styles), and the 参考文献 list.
 */
export function citeChapter(
  groups: CitationGroup[],
  items: CslItem[],
  style: CitationStyle,
  heading: string,
): { clusters: string[]; bibliography: string } {
  registerStyles();
  const engine = (
    plugins.config.get('@csl') as { engine(d: CslItem[], s: string, l: string, f: string): CiteprocEngine }
  ).engine(items, style, citationStyles[style].locale, 'html');
  const order = [...new Set(groups.flatMap((g) => g.works.map((w) => w.key)))];
  engine.updateItems(order);
  // GB/T 7714-2015 (10.1.3) sets a cited page after the bracket, as a superscript: [1]85. The
  // official CSL GB/T styles print no locator at all, so the page is added here when the style's
  // citation layout has none (a single work cited with a page).
  const dropsLocator = !/<citation[\s\S]*locator[\s\S]*<\/citation>/.test(styleXml(style));
  const clusters = groups.map((g) => {
    let html = engine.makeCitationCluster(
      g.works.map((w) => ({
        id: w.key,
        ...(w.locator ? { locator: w.locator, label: 'page' } : {}),
        ...(w.prefix ? { prefix: `${w.prefix} ` } : {}),
      })),
    );
    const page = g.works.length === 1 ? g.works[0]!.locator : undefined;
    if (dropsLocator && page)
      html = html.endsWith('</sup>') ? `${html.slice(0, -6)}${esc(page)}</sup>` : `${html}<sup>${esc(page)}</sup>`;
    return `<a class="citation" href="#ref-${esc(g.works[0]!.key)}">${html}</a>`;
  });
  const [meta, entries] = engine.makeBibliography();
  const list = entries
    .map((entry, i) => `<li id="ref-${esc(meta.entry_ids[i]![0]!)}">${entry.replace(/\n\s*/g, '')}</li>`)
    .join('');
  const bibliography =
    `<section class="references" aria-labelledby="references" data-style="${style}"><h2 ` +
    `id="references">${esc(heading)}</h2><ol class="references__list">${list}</ol></section>`;
  return { clusters, bibliography };
}
