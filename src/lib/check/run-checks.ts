import { checkContent } from '../content/check-content.ts';
import { loadAllData } from '../datasets/load-datapackage.ts';
import { findCode, malformedTag } from '../content/find-tags.ts';
import { mathProblems } from '../content/math.ts';
import { citationProblems } from '../citations/check-citations.ts';
import { evaluateRef, findDataRefs, isProblem } from '../datasets/prose-numbers.ts';
import type { Problem } from '../problems/problem.ts';
import { collectFigures } from '../figures/collect-figures.ts';
import { loadRankings } from '../composite-index/load-rankings.ts';

/** The components chapter and case text may use (the pages hand these to the MDX content). */
const bodyComponents = ['Figure', 'Ref', 'Num', 'Assert'];

/** Every check an edition must pass before it is built: content, data, and numbers in prose. */
export function runChecks(root: string): { problems: Problem[]; warnings: Problem[]; summary: string; content: ReturnType<typeof checkContent>; data: ReturnType<typeof loadAllData> } {
  const content = checkContent(root);
  const data = loadAllData(root);
  const problems: Problem[] = [...content.problems, ...data.flatMap((p) => p.problems)];
  const warnings: Problem[] = data.flatMap((p) => p.warnings);
  let refs = 0;
  let figures = 0;
  let rankings = 0;
  for (const edition of content.editions) {
    const pkg = data.find((p) => p.year === edition.year);
    const datasets = pkg?.datasets ?? [];
    const unavailable = new Set(pkg?.unavailable);
    const ranked = loadRankings(root, edition.year, datasets, unavailable);
    problems.push(...ranked.problems);
    // A ranking with no data yet is fine while the edition is a draft, an error once it is published.
    (edition.edition.draft ? warnings : problems).push(...ranked.warnings);
    rankings += ranked.rankings.length + ranked.listed.length;
    const collected = collectFigures(edition, datasets, unavailable);
    problems.push(...collected.problems);
    figures += collected.figures.length;
    problems.push(...citationProblems(root, edition.year, [...edition.chapters, ...edition.front, ...edition.cases]));
    for (const page of [...edition.chapters, ...edition.front, ...edition.cases]) {
      problems.push(...mathProblems(page.body, page.file, page.bodyLine));
      for (const c of findCode(page.body, bodyComponents, page.bodyLine)) {
        problems.push({ file: page.file, line: c.line, column: c.column, where: c.kind === 'expression' ? '{…}' : c.code, expected: c.kind === 'expression' ? 'text (a brace in text is written \\{): a {…} expression runs as code when the page is built' : `one of the elements ${bodyComponents.map((n) => `<${n}>`).join(', ')}`, found: c.code.length > 60 ? `${c.code.slice(0, 60)}…` : c.code });
      }
      for (const ref of findDataRefs(page.body, page.bodyLine)) {
        refs++;
        if (ref.malformed) {
          problems.push(malformedTag(ref, page.body, page.file, page.bodyLine));
          continue;
        }
        if (ref.attrs.dataset && unavailable.has(ref.attrs.dataset)) continue;
        const r = evaluateRef(ref, datasets, page.file);
        if (isProblem(r)) problems.push(r);
      }
    }
  }
  const chapters = content.editions.reduce((n, e) => n + e.chapters.length, 0);
  const datasets = data.reduce((n, p) => n + p.datasets.length, 0);
  const drafts = content.editions.filter((e) => e.edition.draft).map((e) => e.year);
  return {
    content,
    data,
    // In file order, and by line within a file: the order an editor works through them.
    problems: sortProblems(problems),
    warnings: sortProblems(warnings),
    summary: `${content.editions.length} edition(s)${drafts.length ? ` (draft: ${drafts.join(', ')})` : ''}, ${chapters} chapters, ${datasets} datasets, ${refs} numbers in prose, ${figures} figures, ${rankings} rankings`,
  };
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.file < b.p.file ? -1 : a.p.file > b.p.file ? 1 : (a.p.line ?? 0) - (b.p.line ?? 0) || (a.p.column ?? 0) - (b.p.column ?? 0) || a.i - b.i))
    .map(({ p }) => p);
}
