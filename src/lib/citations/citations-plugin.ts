import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { parse } from 'yaml';
import { findCitationGroups } from '../content/find-tags.ts';
import { citeChapter } from './cite-chapter.ts';
import { findCitations } from '../content/find-citations.ts';
import { loadReferences } from './references.ts';
import { citationStyleIds, type CitationStyle } from '../content/citation-styles.ts';

/** The edition folder (content/<year>/) a compiled file belongs to, if it is one of its pages. */
function editionDirOf(path: string): string | undefined {
  const m = new RegExp(`\\${sep}content\\${sep}(\\d{4})\\${sep}`).exec(path);
  return m ? path.slice(0, m.index + m[0].length - 1) : undefined;
}

/**
 * The site's Markdown processor (Sätteri) plugin for `[@key]` citations: for a chapter that cites,
 * each group becomes the style's in-text citation linked to its entry, and the chapter ends with
 * its 参考文献 list, formatted by citeproc in the edition's `citationStyle`. `npm run check`
 * reports unknown keys at their place first; here one is a build error naming the file.
 */
export function citationsPlugin(ctx: { fileURL: URL | undefined; source: string }) {
  if (!ctx.fileURL || !ctx.source.includes('@')) return null;
  const path = fileURLToPath(ctx.fileURL);
  const editionDir = editionDirOf(path);
  const groups = editionDir ? findCitationGroups(ctx.source) : [];
  if (!editionDir || !groups.length) return null;
  const { items } = loadReferences(editionDir);
  const known = new Set(items.map((i) => i.id));
  const unknown = groups.flatMap((g) =>
    g.works.filter((w) => !known.has(w.key)).map((w) => `${path}:${g.line}:${g.column} [@${w.key}]`),
  );
  if (unknown.length)
    throw new Error(`works cited but not in ${join(editionDir, 'references.bib')}:\n${unknown.join('\n')}`);
  const edition = parse(readFileSync(join(editionDir, 'edition.yaml'), 'utf8')) as { citationStyle?: CitationStyle };
  const style =
    edition.citationStyle && citationStyleIds.includes(edition.citationStyle)
      ? edition.citationStyle
      : citationStyleIds[0];
  const heading = style.startsWith('china-') ? '参考文献' : 'References';
  const { clusters, bibliography } = citeChapter(groups, items, style, heading);
  let next = 0;
  return defineMdastPlugin({
    name: 'bluebook-citations',
    text(node, c) {
      const found = findCitations(node.value);
      if (!found.length) return;
      const pieces: ({ type: 'text'; value: string } | { raw: string; mdxExpressions: false })[] = [];
      let at = 0;
      for (const g of found) {
        if (g.index > at) pieces.push({ type: 'text', value: node.value.slice(at, g.index) });
        pieces.push({ raw: clusters[next++] ?? g.text, mdxExpressions: false });
        at = g.index + g.text.length;
      }
      if (at < node.value.length) pieces.push({ type: 'text', value: node.value.slice(at) });
      c.replaceNode(node, pieces);
    },
    after(root, c) {
      c.appendChild(root, { raw: bibliography, mdxExpressions: false });
    },
  });
}
