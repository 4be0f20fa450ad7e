import type { CheckedEdition } from '../content/check-content.ts';
import { codeNumber } from '../content/check-content.ts';
import { findTags, malformedTag } from '../content/find-tags.ts';
import type { Dataset } from '../datasets/load-datapackage.ts';
import type { Row } from '../datasets/row.ts';
import type { Problem } from '../problems/problem.ts';
import { describeValue } from '../problems/problem.ts';
import { figureSpecSchema, resolveFigure, type FigureSpec } from './spec.ts';

/** A figure of an edition: its declaration, where it stands and the number it gets there. */
export interface FigureEntry {
  spec: FigureSpec;
  year: number;
  /** The page that holds it: a chapter (`b1`) or a case (`cases/x`). */
  pageKey: string;
  pageTitle: string;
  file: string;
  line: number;
  /** 图1-2 in chapter B.1; 案例图1 on a case page. */
  number: string;
  dataset: Dataset;
  rows: Row[];
}

/**
 * Every `<Figure>` of an edition, numbered per chapter in reading order, and every `<Ref>`
 * checked against them. Problems name the file and line of the element.
 */
export function collectFigures(
  edition: CheckedEdition,
  datasets: readonly Dataset[],
  unavailable: ReadonlySet<string> = new Set(),
): { figures: FigureEntry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const figures: FigureEntry[] = [];
  const pages = [
    ...[...edition.chapters]
      .sort((a, b) => codeNumber(a.data.code) - codeNumber(b.data.code))
      .map((c) => ({
        file: c,
        key: c.slug,
        title: `${c.data.code} ${c.data.title}`,
        prefix: `${codeNumber(c.data.code)}-`,
      })),
    ...edition.cases.map((c) => ({ file: c, key: `cases/${c.slug}`, title: c.data.name, prefix: '', caseStudy: true })),
  ];
  const refs: { file: string; line: number; column: number; id: string }[] = [];
  const seen = new Map<string, string>();
  for (const page of pages) {
    let k = 0;
    for (const tag of findTags(page.file.body, ['Figure', 'Ref'], page.file.bodyLine)) {
      const at = { file: page.file.file, line: tag.line, column: tag.column };
      if (tag.malformed) {
        problems.push(malformedTag(tag, page.file.body, page.file.file, page.file.bodyLine));
        continue;
      }
      if (tag.tag === 'Ref') {
        refs.push({ ...at, id: tag.attrs.id ?? '' });
        continue;
      }
      const parsed = figureSpecSchema.safeParse(tag.attrs);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const key = String(issue.path[0] ?? '');
          problems.push({
            ...at,
            where: `<Figure> ${key}`,
            expected:
              'values' in issue
                ? `one of ${(issue.values as unknown[]).join(', ')}`
                : issue.code === 'unrecognized_keys'
                  ? `only the attributes ${Object.keys(figureSpecSchema.shape).join(', ')}`
                  : issue.message,
            found: issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : describeValue(tag.attrs[key]),
          });
        }
        continue;
      }
      const spec = parsed.data;
      const first = seen.get(spec.id);
      if (first) {
        problems.push({
          ...at,
          where: '<Figure> id',
          expected: `an id no other figure of the edition has (already used at ${first})`,
          found: `"${spec.id}"`,
        });
        continue;
      }
      seen.set(spec.id, `${at.file}:${at.line}`);
      // A dataset that failed its own checks is reported once, there; not again for each figure on it.
      if (unavailable.has(spec.dataset)) continue;
      const resolved = resolveFigure(spec, datasets, at);
      if ('problems' in resolved) {
        problems.push(...resolved.problems);
        continue;
      }
      k++;
      const prefix = spec.kind === 'table' ? '表' : '图';
      figures.push({
        spec,
        year: edition.year,
        pageKey: page.key,
        pageTitle: page.title,
        file: at.file,
        line: at.line,
        number: 'caseStudy' in page ? `案例${prefix}${k}` : `${prefix}${page.prefix}${k}`,
        ...resolved,
      });
    }
  }
  for (const ref of refs) {
    if (!seen.has(ref.id))
      problems.push({
        file: ref.file,
        line: ref.line,
        column: ref.column,
        where: '<Ref> id',
        expected: `the id of a figure in this edition: ${[...seen.keys()].join(', ') || '(none yet)'}`,
        found: describeValue(ref.id || undefined),
      });
  }
  return { figures, problems };
}
