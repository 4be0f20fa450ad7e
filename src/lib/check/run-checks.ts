import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../content/check-content.ts';
import { forgetDataPackages, loadDataPackage } from '../datasets/load-datapackage.ts';
import { findCode, malformedTag } from '../content/find-tags.ts';
import { mathProblems } from '../content/math.ts';
import { citationProblems } from '../citations/check-citations.ts';
import { evaluateRef, findDataRefs, isProblem } from '../datasets/prose-numbers.ts';
import type { Problem } from '../problems/problem.ts';
import { collectFigures } from '../figures/collect-figures.ts';
import { loadRankings } from '../composite-index/load-rankings.ts';
import { editionTowns, type Town } from '../search/town-records.ts';

/** The components chapter and case text may use (the pages hand these to the MDX content). */
const bodyComponents = ['Figure', 'Ref', 'Num', 'Assert'];

/** What the checks found in one edition (`content/<year>/` and `data/<year>/`), and what the build keeps of it. */
export interface EditionCheck {
  year: number;
  problems: Problem[];
  warnings: Problem[];
  /** Whether content/<year>/ holds an edition that passed its schema, and whether it is a draft. */
  edition: boolean;
  draft: boolean;
  counts: { chapters: number; datasets: number; refs: number; figures: number; rankings: number };
  /** The towns of its directory, for the search index (none for a draft). */
  towns: Town[];
}

/** Earlier results of an edition's checks, for inputs that have not changed since (scripts/build.ts keeps them). */
export interface CheckReuse {
  get(year: number): EditionCheck | undefined;
  set(check: EditionCheck): void;
}

const years = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => /^\d{4}$/.test(n) && statSync(join(dir, n)).isDirectory())
        .map(Number)
    : [];

/** Every check an edition must pass before it is built: content, data, and numbers in prose.
 * `release`: forget each edition's loaded data once checked (the build's process keeps no rows). */
export function runChecks(
  root: string,
  reuse?: CheckReuse,
  { release = false }: { release?: boolean } = {},
): { problems: Problem[]; warnings: Problem[]; summary: string; editions: EditionCheck[] } {
  // The folders that are not editions (and a missing content/ folder).
  const problems: Problem[] = [...checkContent(root, () => false).problems];
  const warnings: Problem[] = [];
  const editions: EditionCheck[] = [];
  for (const year of [...new Set([...years(join(root, 'content')), ...years(join(root, 'data'))])].sort(
    (a, b) => a - b,
  )) {
    let check = reuse?.get(year);
    if (!check) {
      check = checkEdition(root, year);
      reuse?.set(check);
      // A long series' datasets are gigabytes as rows: a caller done with them lets each edition's go.
      if (release) forgetDataPackages();
    }
    editions.push(check);
    problems.push(...check.problems);
    warnings.push(...check.warnings);
  }
  const sum = (k: keyof EditionCheck['counts']) => editions.reduce((n, e) => n + e.counts[k], 0);
  const drafts = editions.filter((e) => e.draft).map((e) => e.year);
  return {
    editions,
    // In file order, and by line within a file: the order an editor works through them.
    problems: sortProblems(problems),
    warnings: sortProblems(warnings),
    summary:
      `${editions.filter((e) => e.edition).length} ` +
      `edition(s)${drafts.length ? ` (draft: ${drafts.join(', ')})` : ''}, ${sum('chapters')} chapters, ` +
      `${sum('datasets')} datasets, ${sum('refs')} numbers in prose, ${sum('figures')} figures, ${sum('rankings')} ` +
      `rankings`,
  };
}

/** The checks of one edition: its content, its data package, its rankings, figures, citations and numbers in prose. */
export function checkEdition(root: string, year: number): EditionCheck {
  const content = checkContent(root, (name) => name === String(year));
  const pkg = existsSync(join(root, 'data', String(year))) ? loadDataPackage(root, year) : undefined;
  const problems: Problem[] = [...content.problems, ...(pkg?.problems ?? [])];
  const warnings: Problem[] = [...(pkg?.warnings ?? [])];
  const datasets = pkg?.datasets ?? [];
  const counts = { chapters: 0, datasets: datasets.length, refs: 0, figures: 0, rankings: 0 };
  const edition = content.editions[0];
  if (!edition) return { year, problems, warnings, edition: false, draft: false, counts, towns: [] };
  const unavailable = new Set(pkg?.unavailable);
  const ranked = loadRankings(root, edition.year, datasets, unavailable);
  problems.push(...ranked.problems);
  // A ranking with no data yet is fine while the edition is a draft, an error once it is published.
  (edition.edition.draft ? warnings : problems).push(...ranked.warnings);
  counts.rankings = ranked.rankings.length + ranked.listed.length;
  const collected = collectFigures(edition, datasets, unavailable);
  problems.push(...collected.problems);
  counts.figures = collected.figures.length;
  counts.chapters = edition.chapters.length;
  problems.push(...citationProblems(root, edition.year, [...edition.chapters, ...edition.front, ...edition.cases]));
  for (const page of [...edition.chapters, ...edition.front, ...edition.cases]) {
    problems.push(...mathProblems(page.body, page.file, page.bodyLine));
    for (const c of findCode(page.body, bodyComponents, page.bodyLine)) {
      problems.push({
        file: page.file,
        line: c.line,
        column: c.column,
        where: c.kind === 'expression' ? '{…}' : c.code,
        expected:
          c.kind === 'expression'
            ? 'text (a brace in text is written \\{): a {…} expression runs as code when the page is built'
            : `one of the elements ${bodyComponents.map((n) => `<${n}>`).join(', ')}`,
        found: c.code.length > 60 ? `${c.code.slice(0, 60)}…` : c.code,
      });
    }
    for (const ref of findDataRefs(page.body, page.bodyLine)) {
      counts.refs++;
      if (ref.malformed) {
        problems.push(malformedTag(ref, page.body, page.file, page.bodyLine));
        continue;
      }
      if (ref.attrs.dataset && unavailable.has(ref.attrs.dataset)) continue;
      const r = evaluateRef(ref, datasets, page.file);
      if (isProblem(r)) problems.push(r);
    }
  }
  const draft = !!edition.edition.draft;
  return {
    year,
    problems,
    warnings,
    edition: true,
    draft,
    counts,
    towns: draft ? [] : editionTowns(edition.edition, datasets),
  };
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) =>
      a.p.file < b.p.file
        ? -1
        : a.p.file > b.p.file
          ? 1
          : (a.p.line ?? 0) - (b.p.line ?? 0) || (a.p.column ?? 0) - (b.p.column ?? 0) || a.i - b.i,
    )
    .map(({ p }) => p);
}
