// The link check reads each page's ids and links by scanning its tags (pageLinks); this holds it
// to a full parse of the page's tree, on every page of the built site. BLUEBOOK_DIST points it at
// another built site (e.g. the synthetic series of bench/synthetic-site.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENT_NODE, parse, walkSync } from 'ultrahtml';
import { describe, expect, it } from 'vitest';
import { pageLinks, type PageLinks } from '../../src/lib/quality/check-links.ts';
import { pageRecord, recordOf, type HtmlNode } from '../../src/lib/search/page-records.ts';

/** The same reading through ultrahtml's tree. */
function parsedLinks(html: string): PageLinks {
  const ids = new Set<string>();
  const links: string[] = [];
  walkSync(parse(html), (node) => {
    if (node.type !== ELEMENT_NODE) return;
    const a = node.attributes as Record<string, string>;
    if (a.id) ids.add(a.id);
    if (node.name === 'a' && a.name) ids.add(a.name);
    for (const attr of ['href', 'src']) {
      const v = a[attr];
      if (v && !(node.name === 'link' && a.rel === 'canonical')) links.push(v);
    }
  });
  return { ids: [...ids], links };
}

describe('pageLinks(html) on the built site', () => {
  it('pageLinks(every built page) equals what a full parse of the page reads', () => {
    const dist = process.env.BLUEBOOK_DIST ?? 'dist';
    const pages = (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((f) => f.endsWith('.html'))
      .sort();
    expect(pages.length).toBeGreaterThan(100);
    const differ = pages.filter((p) => {
      const html = readFileSync(join(dist, p), 'utf8');
      return JSON.stringify(pageLinks(html)) !== JSON.stringify(parsedLinks(html));
    });
    expect(differ).toEqual([]);
  });
});

describe('pageRecord(html, url) on the built site', () => {
  it('pageRecord(every indexed page), which parses it without its SVGs, equals the record of its full tree', () => {
    const dist = process.env.BLUEBOOK_DIST ?? 'dist';
    const pages = (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((f) => f.endsWith('.html'))
      .sort();
    const indexed = pages
      .map((p) => [p, readFileSync(join(dist, p), 'utf8')] as const)
      .filter(([, html]) => html.includes('data-pagefind-body'));
    expect(indexed.length).toBeGreaterThan(20);
    expect(indexed.filter(([, html]) => /<svg[\s>]/.test(html)).length).toBeGreaterThan(5);
    const differ = indexed
      .filter(
        ([p, html]) => JSON.stringify(pageRecord(html, p)) !== JSON.stringify(recordOf(parse(html) as HtmlNode, p)),
      )
      .map(([p]) => p);
    expect(differ).toEqual([]);
  });
});
