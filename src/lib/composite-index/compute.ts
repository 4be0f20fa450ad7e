import type { Row } from '../datasets/row.ts';
import { urlSegment } from '../links/urls.ts';
import { criticWeights } from './weighting/index.ts';
import { entropyWeights } from './weighting/index.ts';
import { compile, evaluate, geometricShift, type Plan } from './evaluate.ts';
import { normalisationOf, weightingOf, type Node } from './hierarchy.ts';
import { impute, prepare, type Excluded, type Prepared } from './missing.ts';
import { normalise } from './normalise.ts';
import { competitionRanks, roundTo } from './rank.ts';
import type { Aggregation, Imputation, Normalisation, RankingSpec } from './spec.ts';
import { tierOf } from './tiers.ts';
import { transformDomain, transformValue } from './transform.ts';
import { winsoriseQuantiles, winsoriseSkewKurtosis } from './winsorise.ts';
import type { AhpResult } from './weighting/index.ts';

export interface EntityScore {
  id: string;
  /** The id as a URL path segment (unique within the ranking: the loader refuses clashes). */
  slug: string;
  label: string;
  /** Full precision. */
  score: number;
  /** Rounded to the spec's `decimals`: the value a page prints and the press quotes. */
  published: number;
  rank: number;
  /** Whether another entity shares the rank. */
  tied: boolean;
  /** "=2" for a shared rank. */
  rankLabel: string;
  tier?: string | undefined;
  /** Score of every dimension, by id. */
  dimensions: Record<string, number>;
  /** Indicators whose value was imputed for this entity. */
  imputed: string[];
}

/** Something a reader should know about the computation; worded by the page in its language. */
export interface RankingNote {
  key: 'flat' | 'shift' | 'winsorised' | 'stillOutlying';
  indicator?: string;
  value?: number;
  count?: number;
  entities?: string[];
}

/** A problem with the spec or the data that stops the ranking (placed in a file by the loader). */
export interface RankingIssue {
  /** Where in the spec the choice that fails is declared. */
  path: PropertyKey[];
  expected: string;
  found: string;
  /** When a data cell is the cause: its row in the dataset and its column. */
  row?: number | undefined;
  column?: string;
}

/** How one level's weights were obtained. */
export interface LevelWeights {
  dimension: string;
  method: string;
  /** Each child's weight, as a share of the level (summing to 1). */
  children: { id: string; weight: number }[];
  ahp?: AhpResult | undefined;
}

export interface RankingResult {
  spec: RankingSpec;
  /** Entities by rank (ties by label). */
  entities: EntityScore[];
  excluded: Excluded[];
  notes: RankingNote[];
  /** Top-level dimension ids, in the spec's order. */
  topDimensions: string[];
  weights: LevelWeights[];
  /** Shift used before geometric and harmonic means. */
  shift: number;
  issues: RankingIssue[];
}

/** One way of computing the ranking: the declared one, or a Monte Carlo / Sobol alternative. */
export interface Variant {
  normalisation?: Normalisation | undefined;
  aggregation?: Aggregation | undefined;
  impute?: Imputation | undefined;
  /** false: the declared transforms (and outlier treatment) are skipped. */
  transforms?: boolean | undefined;
}

/** Normalised indicator columns for one variant, with what happened on the way. */
export interface Matrix {
  columns: Float64Array[];
  imputed: Uint8Array[];
  notes: RankingNote[];
  issues: RankingIssue[];
  /** The shift its geometric or harmonic means use. */
  shift: number;
}

/** Everything a ranking's computations share: the entities kept, the compiled tree, the matrices. */
export interface Model {
  spec: RankingSpec;
  plan: Plan;
  prepared: Prepared;
  matrix(variant?: Variant): Matrix;
}

const key = (v: Variant) => `${v.normalisation ?? ''}|${v.aggregation ?? ''}|${v.impute ?? ''}|${v.transforms ?? ''}`;

/** Prepare the rows (coverage) and compile the hierarchy once; matrices are made on demand and kept. */
export function buildModel(spec: RankingSpec, root: Node, rows: readonly Row[]): Model {
  const prepared = prepare(rows, spec.entity, spec.indicators, spec.missing.minCoverage);
  const plan = compile(
    root,
    spec.indicators.map((i) => i.id),
    (node) => node.aggregation ?? spec.aggregation,
  );
  const normalised = new Map<string, Omit<Matrix, 'shift'>>();
  const cache = new Map<string, Matrix>();
  return {
    spec,
    plan,
    prepared,
    matrix(asked = {}) {
      // A variant that changes nothing is the declared matrix: one key for both.
      const variant: Variant = {
        normalisation:
          asked.normalisation && spec.indicators.some((i) => normalisationOf(spec, i) !== asked.normalisation)
            ? asked.normalisation
            : undefined,
        aggregation:
          asked.aggregation && plan.methods.some((m) => m !== asked.aggregation) ? asked.aggregation : undefined,
        impute: asked.impute && asked.impute !== spec.missing.impute ? asked.impute : undefined,
        transforms:
          asked.transforms === false && spec.indicators.some((i) => i.transform !== 'none' || i.outliers)
            ? false
            : undefined,
      };
      const k = key(variant);
      let m = cache.get(k);
      if (!m) {
        // The aggregation only decides the shift: normalise once per (normalisation, imputation, transforms).
        const nk = key({ ...variant, aggregation: undefined });
        let base = normalised.get(nk);
        if (!base) normalised.set(nk, (base = indicatorMatrix(spec, prepared, variant)));
        cache.set(k, (m = withShift(spec, plan, base, variant.aggregation)));
      }
      return m;
    },
  };
}

/** The shift a variant's geometric and harmonic means use: the stated one, or one making the smallest value 1. */
function withShift(
  spec: RankingSpec,
  plan: Plan,
  base: Omit<Matrix, 'shift'>,
  aggregation: Aggregation | undefined,
): Matrix {
  const { columns } = base;
  const usesMeans = (aggregation ? [aggregation] : plan.methods).some((m) => m === 'geometric' || m === 'harmonic');
  // A Monte Carlo alternative (geometric over min–max zeros) needs a shift the declared method does not: make one.
  const shift = !usesMeans
    ? 0
    : spec.shift === 'auto' || (aggregation && spec.shift === 0 && minimum(columns) <= 0)
      ? geometricShift(columns)
      : spec.shift;
  const notes =
    usesMeans && shift > 0 && spec.shift === 'auto'
      ? [...base.notes, { key: 'shift' as const, value: shift }]
      : base.notes;
  return { ...base, notes, shift };
}

/** Impute, treat (cap, floor, outliers, transform) and normalise every indicator. */
function indicatorMatrix(spec: RankingSpec, prepared: Prepared, variant: Variant): Omit<Matrix, 'shift'> {
  const { columns: raw, imputed } = impute(prepared.columns, variant.impute ?? spec.missing.impute);
  const notes: RankingNote[] = [];
  const issues: RankingIssue[] = [];
  const treat = variant.transforms ?? true;
  const columns = spec.indicators.map((ind, k) => {
    const x = raw[k]!;
    if (ind.floor !== undefined) for (let e = 0; e < x.length; e++) if (x[e]! < ind.floor) x[e] = ind.floor;
    if (ind.cap !== undefined) for (let e = 0; e < x.length; e++) if (x[e]! > ind.cap) x[e] = ind.cap;
    const known = x.reduce((n, v) => (Number.isNaN(v) ? n : n + 1), 0);
    if (treat && ind.outliers) {
      if (known < 5)
        issues.push({
          path: ['indicators', k, 'outliers'],
          expected: 'at least 5 values to treat outliers',
          found: `${known} value${known === 1 ? '' : 's'} of "${ind.column}"`,
        });
      else if (ind.outliers.method === 'winsorise') {
        const changed = winsoriseQuantiles(x, ...ind.outliers.quantiles);
        if (changed.length)
          notes.push({
            key: 'winsorised',
            indicator: ind.id,
            count: changed.length,
            entities: changed.map((e) => prepared.labels[e]!),
          });
      } else {
        const { changed, stillOutlying } = winsoriseSkewKurtosis(
          x,
          ind.outliers.skew,
          ind.outliers.kurtosis,
          ind.outliers.maxPoints,
        );
        if (changed.length)
          notes.push({
            key: 'winsorised',
            indicator: ind.id,
            count: changed.length,
            entities: changed.map((e) => prepared.labels[e]!),
          });
        if (stillOutlying) notes.push({ key: 'stillOutlying', indicator: ind.id, count: ind.outliers.maxPoints });
      }
    }
    const t = treat ? ind.transform : 'none';
    if (t !== 'none') {
      for (let e = 0; e < x.length; e++) {
        const v = x[e]!;
        if (Number.isNaN(v)) continue;
        const y = transformValue(v, t);
        if (Number.isNaN(y))
          issues.push({
            path: ['indicators', k, 'transform'],
            row: prepared.rows[e],
            column: ind.column,
            expected: `${transformDomain[t]} for the ${t} transform of indicator "${ind.id}"`,
            found: `${v} for "${prepared.labels[e]}"`,
          });
        x[e] = y;
      }
    }
    const method = variant.normalisation ?? normalisationOf(spec, ind);
    const goalposts =
      ind.goalposts && method === 'goalposts'
        ? { min: transformValue(ind.goalposts.min, t), max: transformValue(ind.goalposts.max, t) }
        : undefined;
    // A Monte Carlo alternative of `goalposts` for an indicator that has none falls back to min–max.
    const r = normalise(x, method === 'goalposts' && !goalposts ? 'minmax' : method, ind.direction, {
      scale: spec.scale,
      target: ind.target,
      goalposts,
    });
    if (r.flat) notes.push({ key: 'flat', indicator: ind.id, value: r.out.find((v) => !Number.isNaN(v)) ?? NaN });
    return r.out;
  });
  return { columns, imputed, notes, issues };
}

function minimum(columns: readonly Float64Array[]): number {
  let min = Infinity;
  for (const c of columns) for (const v of c) if (v < min) min = v;
  return min;
}

/** Evaluate the tree for a matrix; levels weighed by `entropy` or `critic` get their weights from the data on the way. */
export function scores(
  model: Model,
  matrix: Matrix,
  options: {
    weights?: readonly Float64Array[];
    aggregation?: Aggregation | undefined;
    onInvalid?: (d: number, c: number, e: number, v: number) => void;
  } = {},
): { dims: Float64Array[]; weights: Float64Array[] } {
  const weights = [...(options.weights ?? model.plan.weights)];
  const computed = options.weights ? [] : computedLevels(model);
  const dims = evaluate(model.plan, matrix.columns, {
    weights,
    method: options.aggregation,
    shift: matrix.shift,
    ...(options.onInvalid ? { onInvalid: options.onInvalid } : {}),
    weigh: (d, cols) => {
      const how = computed[d];
      if (!how) return undefined;
      const w = Float64Array.from(how === 'entropy' ? entropyWeights(cols) : criticWeights(cols));
      weights[d] = w;
      return w;
    },
  });
  return { dims, weights };
}

/** For each level of the plan, `entropy` or `critic` when its weights come from the data. */
function computedLevels(model: Model): (string | undefined)[] {
  const { spec, plan } = model;
  return plan.dims.map((id) => {
    const w = weightingOf(
      spec,
      spec.dimensions.find((d) => d.id === id),
    );
    return w === 'entropy' || w === 'critic' ? w : undefined;
  });
}

/** Competition ranks of the scores, or of the published (rounded) scores when the spec says so. */
export function ranksOf(spec: RankingSpec, index: Float64Array): Int32Array {
  return competitionRanks(spec.rankOn === 'published' ? index.map((x) => roundTo(x, spec.decimals)) : index);
}

/** Compute scores, ranks and tiers as declared. */
export function computeRanking(
  spec: RankingSpec,
  root: Node,
  rows: readonly Row[],
): RankingResult & { model: Model; dims: Float64Array[] } {
  const model = buildModel(spec, root, rows);
  const { plan, prepared } = model;
  // An indicator with no value at all would be dropped from every entity: say so, and stop there
  // (the coverage and empty-dimension problems that follow from it are the same cause).
  const empty: RankingIssue[] = spec.indicators.flatMap((ind, k) =>
    rows.some((r) => typeof r[ind.column] === 'number' && Number.isFinite(r[ind.column]))
      ? []
      : [
          {
            path: ['indicators', k, 'column'],
            expected: `values in column "${ind.column}" for indicator "${ind.id}"`,
            found: `no value in any of the ${rows.length} rows`,
          },
        ],
  );
  if (empty.length)
    return {
      spec,
      entities: [],
      excluded: [],
      notes: [],
      topDimensions: [],
      weights: [],
      shift: 0,
      issues: empty,
      model,
      dims: [],
    };
  if (!prepared.ids.length && rows.length) {
    const issues: RankingIssue[] = [
      {
        path: ['missing', 'minCoverage'],
        expected: `at least one entity with ${Math.round(prepared.minCoverage * 100)}% of its indicators (minCoverage${spec.missing.coverageStated ? '' : ', by default'})`,
        found: `all ${rows.length} entities below it`,
      },
    ];
    return {
      spec,
      entities: [],
      excluded: prepared.excluded,
      notes: [],
      topDimensions: [],
      weights: [],
      shift: 0,
      issues,
      model,
      dims: [],
    };
  }
  const matrix = model.matrix();
  const issues = [...matrix.issues];
  const { dims, weights } = scores(model, matrix, {
    onInvalid: (d, c, e, v) => {
      const dim = spec.dimensions.find((x) => x.id === plan.dims[d]);
      const k = plan.children[d]![c]!;
      const child = k >= 0 ? spec.indicators[k]!.id : plan.dims[-1 - k]!;
      issues.push({
        path: dim?.aggregation ? ['dimensions', spec.dimensions.indexOf(dim), 'aggregation'] : ['aggregation'],
        expected: `values above 0 for a ${plan.methods[d]} mean${matrix.shift ? ` after the shift of ${matrix.shift}` : ''}, or a stated \`shift\` (e.g. shift: auto)`,
        found: `${+v.toPrecision(6)} for "${prepared.labels[e]}" in "${child}" under ${dim ? `"${dim.id}"` : 'the index'}`,
      });
    },
  });
  plan.weights = weights;
  const index = dims.at(-1)!;
  const ranks = ranksOf(spec, index);
  const counts = new Map<number, number>();
  for (const r of ranks) counts.set(r, (counts.get(r) ?? 0) + 1);
  const entities: EntityScore[] = prepared.ids.map((id, e) => {
    const published = roundTo(index[e]!, spec.decimals);
    const tied = counts.get(ranks[e]!)! > 1;
    return {
      id,
      slug: urlSegment(id),
      label: prepared.labels[e]!,
      score: index[e]!,
      published,
      rank: ranks[e]!,
      tied,
      rankLabel: tied ? `=${ranks[e]}` : String(ranks[e]),
      tier: tierOf(published, spec.tiers),
      dimensions: Object.fromEntries(plan.dims.slice(0, -1).map((d, i) => [d, dims[i]![e]!])),
      imputed: spec.indicators.filter((_, k) => matrix.imputed[k]![e]).map((ind) => ind.id),
    };
  });
  entities.sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label, 'zh-CN'));
  const levels: LevelWeights[] = plan.dims.map((id, d) => {
    const node = findNode(root, id)!;
    const w = weights[d]!;
    const total = w.reduce((a, b) => a + b, 0);
    return {
      dimension: id,
      method: node.weighting ?? 'stated',
      children: Array.from(plan.children[d]!, (k, c) => ({
        id: k >= 0 ? spec.indicators[k]!.id : plan.dims[-1 - k]!,
        weight: w[c]! / total,
      })),
      ahp: node.ahp,
    };
  });
  return {
    spec,
    entities,
    excluded: prepared.excluded,
    notes: matrix.notes,
    topDimensions: spec.dimensions.filter((d) => d.parent === undefined).map((d) => d.id),
    weights: levels,
    shift: matrix.shift,
    issues,
    model,
    dims,
  };
}

function findNode(node: Node, id: string): Node | undefined {
  if (node.id === id && !node.indicator) return node;
  for (const c of node.children) {
    const hit = findNode(c, id);
    if (hit) return hit;
  }
  return undefined;
}
