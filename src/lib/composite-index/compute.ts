// Computing a ranking from its model: scores per level, published values, ranks and tiers, and
// the notes and issues the methodology page reports.
import type { Row } from '../datasets/row.ts';
import { urlSegment } from '../links/urls.ts';
import { criticWeights } from './weighting/index.ts';
import { entropyWeights } from './weighting/index.ts';
import { evaluate } from './evaluate.ts';
import { weightingOf, type Node } from './hierarchy.ts';
import { competitionRanks, roundTo } from './rank.ts';
import type { Aggregation, RankingSpec } from './spec.ts';
import { tierOf } from './tiers.ts';
import { buildModel } from './model.ts';
import type { EntityScore, LevelWeights, Matrix, Model, RankingIssue, RankingResult } from './ranking-types.ts';
export type {
  EntityScore,
  LevelWeights,
  Matrix,
  Model,
  RankingIssue,
  RankingNote,
  RankingResult,
  Variant,
} from './ranking-types.ts';
export { buildModel } from './model.ts';

/**
 * Evaluate the tree for a matrix; levels weighed by `entropy` or `critic` get their weights from the data on the way.
 */
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
        expected:
          `at least one entity with ${Math.round(prepared.minCoverage * 100)}% of its indicators ` +
          `(minCoverage${spec.missing.coverageStated ? '' : ', by default'})`,
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
        expected:
          `values above 0 for a ${plan.methods[d]} ` +
          `mean${matrix.shift ? ` after the shift of ${matrix.shift}` : ''}, or a stated \`shift\` (e.g. shift: auto)`,
        found:
          `${+v.toPrecision(6)} for "${prepared.labels[e]}" in "${child}" under ` +
          `${dim ? `"${dim.id}"` : 'the index'}`,
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
