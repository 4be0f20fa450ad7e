// Astro glue: the figures of each edition, numbered and rendered once per build.
import { deserialize, serialize } from 'node:v8';
import { cacheKey, cachedSync } from '../lib/cache/index.ts';
import type { Dataset } from '../lib/datasets/index.ts';
import { checkContent, type CheckedEdition } from '../lib/content/index.ts';
import { collectFigures, type FigureEntry } from '../lib/figures/index.ts';
import { NARROW_WIDTH, renderFigure, type RenderedFigure } from '../lib/figures/index.ts';
import { renderFigureMap } from '../lib/figures/index.ts';
import { lineMarks } from '../lib/figures/index.ts';
import { throwProblems } from './content-problems.ts';
import { editionDatasets } from './datasets.ts';

/** A figure as pages use it: rendered once; the rows it was drawn from are not kept (a large
 * site holds thousands of figures over 50,000-row datasets). */
export type SiteFigure = Omit<FigureEntry, 'rows'> & {
  rendered: RenderedFigure & {
    map?: { svg: string; narrow: string; column: string } | undefined;
    series?: SeriesRows | undefined;
  };
};
/** A time series' points as the figure page's time range re-draws them (label, value, lower bound). */
export type SeriesRows = [string, number, boolean][];
const cache = new Map<number, SiteFigure[]>();
let content: ReturnType<typeof checkContent> | undefined;

/** Every figure of edition `year`, in reading order. Rendered the first time an edition's figures
 * are asked for: a shard build renders one edition's figures, not the series'. */
export function editionFigures(year: number): SiteFigure[] {
  // The dev server keeps modules alive across edits: recompute there, cache in a build.
  if (import.meta.env.DEV) {
    cache.clear();
    content = undefined;
  }
  let hit = cache.get(year);
  if (!hit) {
    content ??= checkContent(process.cwd());
    const edition = content.editions.find((e) => e.year === year);
    hit = edition ? renderEditionFigures(edition) : [];
    cache.set(year, hit);
  }
  return hit;
}

function renderEditionFigures(edition: CheckedEdition): SiteFigure[] {
  const { figures, problems } = collectFigures(edition, editionDatasets(edition.year));
  if (problems.length) throwProblems(problems);
  return figures.map(({ rows, ...f }) => ({ ...f, rendered: keptRendering(f, () => renderOne(f, rows)) }));
}

function renderOne(f: Omit<FigureEntry, 'rows'>, rows: FigureEntry['rows']): SiteFigure['rendered'] {
  const fields = f.dataset.resource.schema.fields;
  const rendered = renderFigure(f.spec, rows, fields, `fig-${f.spec.id}-svg`);
  const map = renderFigureMap(f.spec, rendered.table, `fig-${f.spec.id}-map`);
  const mapNarrow = map && renderFigureMap(f.spec, rendered.table, `fig-${f.spec.id}-map-narrow`, NARROW_WIDTH);
  const series =
    f.spec.kind === 'line'
      ? lineMarks(rows, { x: f.spec.x, y: f.spec.y!, bound: f.spec.bound }).map((m): [string, number, boolean] => [
          m.label,
          m.value!,
          m.lowerBound,
        ])
      : undefined;
  return {
    ...rendered,
    narrow:
      rendered.chart && renderFigure(f.spec, rows, fields, `fig-${f.spec.id}-svg-narrow`, NARROW_WIDTH).chart?.svg,
    map: map && { svg: map.chart.svg, narrow: mapNarrow!.chart.svg, column: map.column },
    series,
  };
}

// A figure's rendering is a function of its declaration, its dataset (whose rows it filters) and
// the engine: in a shard build (scripts/build.ts names the engine's hash in BLUEBOOK_ENGINE) it is
// kept in the build cache under those, so an edit to one chapter renders none of the other
// figures again. Outside a shard build (the dev server, a bare `astro build`) it is rendered.
const engine = process.env.BLUEBOOK_ENGINE;
const datasetKeys = new WeakMap<Dataset, string>();
const datasetKey = (d: Dataset) => {
  let k = datasetKeys.get(d);
  if (k === undefined) datasetKeys.set(d, (k = cacheKey(JSON.stringify(d.resource), JSON.stringify(d.rows))));
  return k;
};

function keptRendering(f: Omit<FigureEntry, 'rows'>, render: () => SiteFigure['rendered']): SiteFigure['rendered'] {
  if (!engine || import.meta.env.DEV) return render();
  const key = cacheKey('figure', engine, datasetKey(f.dataset), JSON.stringify(f.spec));
  return deserialize(cachedSync('figure', key, () => serialize(render()))) as SiteFigure['rendered'];
}

/** The figure with this id in edition `year`. */
export function findFigure(year: number, id: string): SiteFigure {
  const f = editionFigures(year).find((x) => x.spec.id === id);
  if (!f) throw new Error(`no figure "${id}" in the ${year} edition (run \`npm run check\`)`);
  return f;
}
