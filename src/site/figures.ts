// Astro glue: the figures of each edition, numbered and rendered once per build.
import { checkContent } from '../lib/content/check-content.ts';
import { collectFigures, type FigureEntry } from '../lib/figures/collect-figures.ts';
import { NARROW_WIDTH, renderFigure, type RenderedFigure } from '../lib/figures/render-figure.ts';
import { formatProblem } from '../lib/problems/problem.ts';
import { editionDatasets } from './datasets.ts';

/** A figure as pages use it: rendered once; the rows it was drawn from are not kept (a large
 * site holds thousands of figures over 50,000-row datasets). */
export type SiteFigure = Omit<FigureEntry, 'rows'> & { rendered: RenderedFigure };
let cache: Map<number, SiteFigure[]> | undefined;

/** Every figure of edition `year`, in reading order. */
export function editionFigures(year: number): SiteFigure[] {
  // The dev server keeps modules alive across edits: recompute there, cache in a build.
  if (!cache || import.meta.env.DEV) {
    cache = new Map();
    for (const edition of checkContent(process.cwd()).editions) {
      const { figures, problems } = collectFigures(edition, editionDatasets(edition.year));
      if (problems.length) throw new Error(`figure problems:\n${problems.map(formatProblem).join('\n')}`);
      cache.set(edition.year, figures.map(({ rows, ...f }) => {
        const fields = f.dataset.resource.schema.fields;
        const rendered = renderFigure(f.spec, rows, fields, `fig-${f.spec.id}-svg`);
        return { ...f, rendered: { ...rendered, narrow: rendered.chart && renderFigure(f.spec, rows, fields, `fig-${f.spec.id}-svg-narrow`, NARROW_WIDTH).chart?.svg } };
      }));
    }
  }
  return cache.get(year) ?? [];
}

/** The figure with this id in edition `year`. */
export function findFigure(year: number, id: string): SiteFigure {
  const f = editionFigures(year).find((x) => x.spec.id === id);
  if (!f) throw new Error(`no figure "${id}" in the ${year} edition (run \`npm run check\`)`);
  return f;
}
