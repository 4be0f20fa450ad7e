import { join, relative } from 'node:path';
import { findCitationGroups } from '../content/find-tags.ts';
import type { Problem } from '../problems/problem.ts';
import { loadReferences, referenceFiles } from './references.ts';

/**
 * `[@key]` citations of an edition's pages against its bibliography: a file that does not parse,
 * a key given twice, a cited key the bibliography does not have (at its file:line:col).
 */
export function citationProblems(
  root: string,
  year: number,
  pages: readonly { file: string; body: string; bodyLine: number }[],
): Problem[] {
  const editionDir = join(root, 'content', String(year));
  const refs = loadReferences(editionDir);
  const rel = (p: string) => relative(root, p).split('\\').join('/');
  const problems: Problem[] = refs.problems.map((p) => ({ ...p, file: rel(p.file) }));
  const known = new Set(refs.items.map((i) => i.id));
  // A bibliography that does not parse is one problem, not one per citation.
  if (refs.problems.length && !refs.items.length) return problems;
  for (const page of pages) {
    for (const g of findCitationGroups(page.body, page.bodyLine)) {
      for (const w of g.works) {
        if (known.has(w.key)) continue;
        const near = [...known].filter(
          (k) => k.toLowerCase() === w.key.toLowerCase() || k.startsWith(w.key.slice(0, 4)),
        );
        problems.push({
          file: page.file,
          line: g.line,
          column: g.column,
          where: `citation ${g.text}`,
          expected: refs.file
            ? `a key of ${rel(refs.file)}${near.length ? ` (such as ${near.slice(0, 3).join(', ')})` : ''}`
            : `a bibliography file content/${year}/${referenceFiles[0]} (or ${referenceFiles[1]}) holding the cited ` +
              `works`,
          found: `@${w.key}`,
        });
      }
    }
  }
  return problems;
}
