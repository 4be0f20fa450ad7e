import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Dataset } from '../datasets/load-datapackage.ts';
import type { Problem } from '../problems/problem.ts';
import { parseYamlSource, type YamlSource } from '../problems/yaml-source.ts';
import { zodProblems } from '../problems/zod-problems.ts';
import { urlSegment } from '../links/urls.ts';
import { coherence, type DimensionCoherence } from './coherence.ts';
import { computeRanking, type Model, type RankingIssue, type RankingResult } from './compute.ts';
import { buildHierarchy } from './hierarchy.ts';
import { analyseHere } from './run-draws.ts';
import { listedRankingSchema, rankingSpecSchema, type ListedRanking } from './spec.ts';
import { planAnalysis, type Uncertainty } from './uncertainty.ts';

/** A published list: entities in the printed order, with no scores to recompute. */
export interface Listed {
  file: string;
  spec: ListedRanking;
  dataset: Dataset;
  entries: { rank: number; id: string; label: string }[];
}

export interface Ranking {
  file: string;
  /** The spec as written, to compute it again on other data (the previous edition's, for its rank changes). */
  text: string;
  result: RankingResult;
  /** The spec on the previous year's data as revised (`previous.revised`). */
  revised?: RankingResult | undefined;
  uncertainty: Uncertainty | undefined;
  coherence: DimensionCoherence[];
  /** Score of every dimension for every entity (post-order, the index last) and the normalised columns, in the model's
   * entity order. */
  model: Model;
  dims: Float64Array[];
  dataset: Dataset;
}

export interface LoadedRanking {
  ranking?: Ranking | undefined;
  listed?: Listed | undefined;
  problems: Problem[];
  /**
   * A ranking left out because its dataset has no rows yet (a new edition's skeleton): the check makes it an error
   * in a published edition.
   */
  warnings?: Problem[];
}

/**
 * Read, check and compute one ranking file. `unavailable` names datasets that exist but failed
 * their own checks: a ranking on one of them is skipped without a second error, since the
 * dataset's problems already say what is wrong.
 */
export function loadRanking(
  file: string,
  text: string,
  datasets: readonly Dataset[],
  options: { unavailable?: ReadonlySet<string>; edition?: string; analyse?: boolean; revised?: boolean } = {},
): LoadedRanking {
  const source = parseYamlSource(text, file);
  if (source.problems.length) return { problems: source.problems };
  const named = (name: string) => datasets.find((d) => d.resource.name === name);
  const listOf =
    `a dataset of ${options.edition ?? 'this edition'}: ` +
    `${datasets.map((d) => d.resource.name).join(', ') || '(none)'}`;
  if (source.data && typeof source.data === 'object' && 'rank' in source.data) {
    const l = listedRankingSchema.safeParse(source.data);
    if (!l.success) return { problems: zodProblems(l.error, source) };
    if (options.unavailable?.has(l.data.dataset)) return { problems: [] };
    const ds = named(l.data.dataset);
    const cols = ds?.resource.schema.fields.map((f) => f.name) ?? [];
    const missingCol = [l.data.rank, l.data.entity.id, l.data.entity.label].find((c) => !cols.includes(c));
    if (!ds || missingCol) {
      return {
        problems: [
          {
            file,
            ...source.positionOf([ds ? 'rank' : 'dataset']),
            where: ds ? 'rank / entity' : 'dataset',
            expected: ds ? `columns of ${ds.resource.name}: ${cols.join(', ')}` : listOf,
            found: `"${ds ? missingCol : l.data.dataset}"`,
          },
        ],
      };
    }
    const entries = ds.rows
      .map((r) => ({
        rank: Number(r[l.data.rank]),
        id: String(r[l.data.entity.id]),
        label: String(r[l.data.entity.label]),
      }))
      .sort((a, b) => a.rank - b.rank);
    return { listed: { file, spec: l.data, dataset: ds, entries }, problems: [] };
  }
  const parsed = rankingSpecSchema.safeParse(source.data);
  if (!parsed.success) return { problems: zodProblems(parsed.error, source) };
  const spec = parsed.data;
  if (options.unavailable?.has(spec.dataset)) return { problems: [] };
  const dataset = named(spec.dataset);
  if (!dataset)
    return {
      problems: [
        { file, ...source.positionOf(['dataset']), where: 'dataset', expected: listOf, found: `"${spec.dataset}"` },
      ],
    };
  if (!dataset.rows.length)
    return {
      problems: [],
      warnings: [
        {
          file,
          ...source.positionOf(['dataset']),
          where: 'dataset',
          expected: `rows in ${dataset.file} to rank`,
          found: 'an empty dataset: the ranking is left out of the site until its data is in',
        },
      ],
    };
  const problems: Problem[] = [];
  const columns = new Map(dataset.resource.schema.fields.map((f) => [f.name, f.type as string]));
  for (const key of ['id', 'label'] as const) {
    if (!columns.has(spec.entity[key]))
      problems.push({
        file,
        ...source.positionOf(['entity', key]),
        where: `entity.${key}`,
        expected: `a column of ${spec.dataset}: ${[...columns.keys()].join(', ')}`,
        found: `"${spec.entity[key]}"`,
      });
  }
  const { root: tree, problems: treeProblems } = buildHierarchy(spec, columns, source);
  problems.push(...treeProblems);
  if (problems.length) return { problems };
  problems.push(...entityIdProblems(spec.id, spec.entity.id, dataset, source));
  if (problems.length) return { problems };
  const result = computeRanking(spec, tree, dataset.rows);
  if (result.issues.length) return { problems: issueProblems(result.issues, file, source, dataset) };
  let revised: RankingResult | undefined;
  if (spec.previous && options.revised !== false) {
    const data = named(spec.previous.revised);
    if (!data)
      return {
        problems: [
          {
            file,
            ...source.positionOf(['previous', 'revised']),
            where: 'previous.revised',
            expected: `the previous year's data as revised: ${listOf}`,
            found: `"${spec.previous.revised}"`,
          },
        ],
      };
    const r = rankOnData({ file, text }, data, spec.dataset);
    if (!r.result) return { problems: r.problems };
    revised = r.result;
  }
  const { model, dims } = result;
  const matrix = model.matrix();
  const rankOf = new Map(result.entities.map((e) => [e.id, e.rank]));
  const nominal = Int32Array.from(model.prepared.ids, (id) => rankOf.get(id)!);
  let uncertainty: Uncertainty | undefined;
  if (options.analyse !== false) {
    const analysis = planAnalysis(model, nominal);
    if (analysis) uncertainty = analyseHere(analysis);
  }
  return {
    ranking: {
      file,
      text,
      result,
      revised,
      uncertainty,
      coherence: coherence(model, dims, matrix.columns),
      model,
      dims,
      dataset,
    },
    problems: [],
  };
}

/**
 * A ranking's spec computed on other data under the dataset name it expects: the previous edition's data (this
 * method on old data), or its revision. Problems say why it cannot be (a column the old data lacks).
 */
export function rankOnData(
  spec: Pick<Ranking, 'file' | 'text'>,
  data: Dataset,
  name: string,
): { result?: RankingResult; problems: Problem[] } {
  const renamed = { ...data, resource: { ...data.resource, name } };
  const r = loadRanking(spec.file, spec.text, [renamed], { analyse: false, revised: false });
  if (r.ranking) return { result: r.ranking.result, problems: [] };
  // An empty dataset is a warning for an edition's own ranking, but nothing to compare with here.
  return { problems: r.problems.length ? r.problems : (r.warnings ?? []) };
}

/** Pages of a ranking next to its entities' pages: no entity may take their address. */
const RANKING_PAGES = ['methodology', 'compare'];

/** Each entity id once, not empty, and a URL segment no other id shares (ids become page URLs). */
function entityIdProblems(rankingId: string, column: string, dataset: Dataset, source: YamlSource): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const segments = new Map<string, { id: string; line: number }>();
  const col = dataset.resource.schema.fields.findIndex((f) => f.name === column) + 1;
  dataset.rows.forEach((r, i) => {
    const line = i + 2;
    const id = r[column] === null ? '' : String(r[column]);
    const at = { file: dataset.file, line, column: col, where: column };
    if (seen.has(id)) {
      problems.push({
        ...at,
        expected: `one row per entity for ranking ${rankingId} (first on line ${seen.get(id)})`,
        found: `"${id}" again`,
      });
      return;
    }
    seen.set(id, line);
    const segment = urlSegment(id);
    if (!segment) {
      problems.push({
        ...at,
        expected: `an entity id for ranking ${rankingId} (${source.file}: entity.id), which becomes its page URL`,
        found: id ? `"${id}", which has nothing usable in a URL` : '(empty)',
      });
      return;
    }
    if (RANKING_PAGES.includes(segment.toLowerCase())) {
      problems.push({
        ...at,
        expected: `an entity id other than ${RANKING_PAGES.join(' or ')} (the ranking's own pages at /…/${segment}/)`,
        found: `"${id}"`,
      });
      return;
    }
    // Case matters in URLs but not on every file system a site is copied to.
    const other = segments.get(segment.toLowerCase());
    if (other)
      problems.push({
        ...at,
        expected: `ids whose URLs differ (an id becomes /…/${segment}/; spaces, "/" and "." become "-")`,
        found: `"${id}", the same URL as "${other.id}" on line ${other.line}`,
      });
    else segments.set(segment.toLowerCase(), { id, line });
  });
  return problems;
}

/** Computation problems placed in the spec (a choice) or in the CSV (a value), once per cause. */
function issueProblems(issues: readonly RankingIssue[], file: string, source: YamlSource, dataset: Dataset): Problem[] {
  const fields = dataset.resource.schema.fields.map((f) => f.name);
  // A choice inherited by several levels (a geometric mean over z-scores) is one cause: report it once.
  const seen = new Set<string>();
  const once = issues.filter(
    (i) => i.row !== undefined || (!seen.has(i.path.join('.')) && !!seen.add(i.path.join('.'))),
  );
  return once.map((i) =>
    i.row !== undefined
      ? {
          file: dataset.file,
          line: i.row + 2,
          column: fields.indexOf(i.column!) + 1,
          where: `${i.column} (${file}: ${i.path.join('.')})`,
          expected: i.expected,
          found: i.found,
        }
      : {
          file,
          ...source.positionOf(i.path),
          where: i.path.filter((p) => typeof p === 'string').join('.'),
          expected: i.expected,
          found: i.found,
        },
  );
}

/** Read, check and compute every `data/<year>/rankings/*.yaml`. */
export function loadRankings(
  root: string,
  year: number,
  datasets: readonly Dataset[],
  unavailable?: ReadonlySet<string>,
): { rankings: Ranking[]; listed: Listed[]; problems: Problem[]; warnings: Problem[] } {
  const dir = join(root, 'data', String(year), 'rankings');
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const rankings: Ranking[] = [];
  const listed: Listed[] = [];
  if (!existsSync(dir)) return { rankings, listed, problems, warnings };
  for (const name of readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()) {
    const file = relative(root, join(dir, name)).split('\\').join('/');
    const r = loadRanking(file, readFileSync(join(dir, name), 'utf8'), datasets, {
      ...(unavailable ? { unavailable } : {}),
      edition: `the ${year} edition`,
    });
    problems.push(...r.problems);
    warnings.push(...(r.warnings ?? []));
    if (r.ranking) rankings.push(r.ranking);
    if (r.listed) listed.push(r.listed);
  }
  const all = [
    ...rankings.map((r) => ({ id: r.result.spec.id, file: r.file })),
    ...listed.map((l) => ({ id: l.spec.id, file: l.file })),
  ];
  all.forEach((r, i) => {
    if (all.findIndex((x) => x.id === r.id) !== i)
      problems.push({
        file: r.file,
        where: 'id',
        expected: 'a ranking id used once per edition',
        found: `"${r.id}" again`,
      });
  });
  return { rankings, listed, problems, warnings };
}
