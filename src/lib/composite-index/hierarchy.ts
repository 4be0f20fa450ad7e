import type { Problem } from '../problems/problem.ts';
import type { YamlSource } from '../problems/yaml-source.ts';
import { transformDomain, transformValue } from './transform.ts';
import { ahpWeights, judgementValue, reciprocalProblem, type AhpResult } from './weighting/index.ts';
import type { Aggregation, Dimension, Indicator, RankingSpec, WeightMethod, Weighting } from './spec.ts';

/** The hierarchy as a tree: every dimension with its child dimensions and indicators. */
export interface Node {
  id: string;
  /** Its weight among its siblings, as declared (or as AHP or `equal` set it). */
  weight: number;
  dimension?: Dimension;
  indicator?: Indicator;
  children: Node[];
  /** For a dimension (and the index): how its children are combined and weighed. */
  aggregation?: Aggregation;
  weighting?: WeightMethod | 'ahp';
  ahp?: AhpResult;
}

/** The normalisation an indicator uses: its own, else its dimension's, else the spec's. */
export function normalisationOf(spec: RankingSpec, ind: Indicator) {
  return ind.normalisation ?? spec.dimensions.find((d) => d.id === ind.parent)?.normalisation ?? spec.normalisation;
}

/**
 * How a level weighs its children: the dimension's own choice, else the spec's default (a method name; an AHP
 * matrix at the top of the file is the index's).
 */
export function weightingOf(spec: RankingSpec, dimension: Dimension | undefined): Weighting {
  if (dimension) return dimension.weighting ?? (typeof spec.weighting === 'string' ? spec.weighting : 'stated');
  return spec.weighting;
}

/**
 * Build the tree from the flat lists and check it: ids used once, every parent known, no
 * cycle, no empty dimension, each indicator's column a numeric column of the dataset.
 */
export function buildHierarchy(
  spec: RankingSpec,
  columns: ReadonlyMap<string, string>,
  source: YamlSource,
): { root: Node; problems: Problem[] } {
  const problems: Problem[] = [];
  const at = (path: PropertyKey[]) => ({ file: source.file, ...source.positionOf(path) });
  const ids = new Map<string, PropertyKey[]>();
  const claim = (id: string, path: PropertyKey[]) => {
    const first = ids.get(id);
    if (first)
      problems.push({
        ...at([...path, 'id']),
        where: 'id',
        expected: first.length
          ? `an id used once (already used at ${first.join('.')})`
          : 'another id ("index" names the whole index)',
        found: `"${id}"`,
      });
    else ids.set(id, path);
  };
  // "index" names the top of the tree (the methodology page's rows, the weights' levels).
  claim('index', []);
  spec.dimensions.forEach((d, i) => claim(d.id, ['dimensions', i]));
  spec.indicators.forEach((ind, i) => claim(ind.id, ['indicators', i]));

  const dims = new Map(spec.dimensions.map((d) => [d.id, d]));
  spec.dimensions.forEach((d, i) => {
    if (d.parent !== undefined && !dims.has(d.parent))
      problems.push({
        ...at(['dimensions', i, 'parent']),
        where: 'parent',
        expected: `a dimension id: ${[...dims.keys()].join(', ')}`,
        found: `"${d.parent}"`,
      });
  });
  // A dimension whose chain of parents comes back to itself would never reach the index.
  spec.dimensions.forEach((d, i) => {
    const seen = new Set<string>([d.id]);
    let p = d.parent;
    while (p !== undefined && dims.has(p)) {
      if (seen.has(p)) {
        problems.push({
          ...at(['dimensions', i, 'parent']),
          where: 'parent',
          expected: 'a chain of parents that ends at a top-level dimension',
          found: `a cycle: ${[...seen, p].join(' → ')}`,
        });
        break;
      }
      seen.add(p);
      p = dims.get(p)!.parent;
    }
  });
  const columnUse = new Map<string, string>();
  spec.indicators.forEach((ind, i) => {
    if (!dims.has(ind.parent))
      problems.push({
        ...at(['indicators', i, 'parent']),
        where: 'parent',
        expected: `a dimension id: ${[...dims.keys()].join(', ')}`,
        found: `"${ind.parent}"`,
      });
    const type = columns.get(ind.column);
    if (!type)
      problems.push({
        ...at(['indicators', i, 'column']),
        where: 'column',
        expected: `a column of ${spec.dataset}: ${[...columns.keys()].join(', ')}`,
        found: `"${ind.column}"`,
      });
    else if (type !== 'integer' && type !== 'number')
      problems.push({
        ...at(['indicators', i, 'column']),
        where: 'column',
        expected: 'a numeric column (integer or number)',
        found: `"${ind.column}" of type ${type}`,
      });
    const other = columnUse.get(ind.column);
    if (other)
      problems.push({
        ...at(['indicators', i, 'column']),
        where: 'column',
        expected: `each indicator in one dimension only (column "${ind.column}" is already indicator "${other}")`,
        found: `"${ind.column}" again under "${ind.parent}"`,
      });
    else columnUse.set(ind.column, ind.id);
    if (ind.target === undefined && normalisationOf(spec, ind) === 'target') {
      problems.push({
        ...at(['indicators', i]),
        where: 'target',
        expected: 'a `target` value (target normalisation)',
        found: '(missing)',
      });
    }
  });
  spec.indicators.forEach((ind, i) => {
    const method = normalisationOf(spec, ind);
    if (ind.goalposts && method !== 'goalposts')
      problems.push({
        ...at(['indicators', i, 'goalposts']),
        where: 'goalposts',
        expected: `goalposts only with \`normalisation: goalposts\` (this indicator uses ${method})`,
        found: `goalposts ${ind.goalposts.min}–${ind.goalposts.max}`,
      });
    if (!ind.goalposts && method === 'goalposts')
      problems.push({
        ...at(['indicators', i]),
        where: 'goalposts',
        expected: 'goalposts: { min, max } (goalposts normalisation)',
        found: '(missing)',
      });
    if (ind.goalposts && !(ind.goalposts.min < ind.goalposts.max))
      problems.push({
        ...at(['indicators', i, 'goalposts']),
        where: 'goalposts',
        expected: 'min below max',
        found: `min ${ind.goalposts.min}, max ${ind.goalposts.max}`,
      });
    if (ind.goalposts && ind.goalposts.min < ind.goalposts.max && ind.transform !== 'none') {
      const bad = [ind.goalposts.min, ind.goalposts.max].find((g) => Number.isNaN(transformValue(g, ind.transform)));
      if (bad !== undefined)
        problems.push({
          ...at(['indicators', i, 'goalposts']),
          where: 'goalposts',
          expected: `goalposts the ${ind.transform} transform can take: ${transformDomain[ind.transform]}`,
          found: String(bad),
        });
    }
    if (ind.cap !== undefined && ind.floor !== undefined && !(ind.floor < ind.cap))
      problems.push({
        ...at(['indicators', i, 'floor']),
        where: 'floor / cap',
        expected: 'floor below cap',
        found: `floor ${ind.floor}, cap ${ind.cap}`,
      });
    if (ind.outliers?.method === 'winsorise' && !(ind.outliers.quantiles[0] < ind.outliers.quantiles[1]))
      problems.push({
        ...at(['indicators', i, 'outliers', 'quantiles']),
        where: 'outliers.quantiles',
        expected: 'a lower quantile below the upper one',
        found: ind.outliers.quantiles.join(', '),
      });
  });
  const levelOf = (dimension: Dimension | undefined, i: number | undefined) => {
    const path = dimension ? ['dimensions', i!] : [];
    const w = weightingOf(spec, dimension);
    const kids = [
      ...spec.dimensions.filter((d) => d.parent === dimension?.id).map((d) => d.id),
      ...(dimension ? spec.indicators.filter((x) => x.parent === dimension.id).map((x) => x.id) : []),
    ];
    if (typeof w === 'string') return { weighting: w, kids };
    const wpath = [...path, 'weighting'];
    const ids = new Set(w.order);
    const missing = kids.filter((k) => !ids.has(k));
    const extra = w.order.filter((k) => !kids.includes(k));
    if (missing.length || extra.length || ids.size !== w.order.length) {
      problems.push({
        ...at([...wpath, 'order']),
        where: 'weighting.order',
        expected: `each child of ${dimension ? `"${dimension.id}"` : 'the index'} once: ${kids.join(', ')}`,
        found: w.order.join(', '),
      });
      return { weighting: 'ahp' as const, kids };
    }
    const matrix = w.matrix.map((row) => row.map(judgementValue));
    if (matrix.length !== w.order.length) {
      problems.push({
        ...at([...wpath, 'matrix']),
        where: 'weighting.matrix',
        expected: `${w.order.length} rows, one per child in \`order\``,
        found: `${matrix.length} rows`,
      });
      return { weighting: 'ahp' as const, kids };
    }
    const bad = reciprocalProblem(matrix);
    if (bad) {
      problems.push({
        ...at([...wpath, 'matrix', bad.i, bad.j]),
        where: `weighting.matrix row ${bad.i + 1}, column ${bad.j + 1}`,
        expected: bad.expected,
        found: bad.found,
      });
      return { weighting: 'ahp' as const, kids };
    }
    const ahp = ahpWeights(matrix);
    if (ahp.cr >= 0.1)
      problems.push({
        ...at([...wpath, 'matrix']),
        where: 'weighting.matrix',
        expected: 'a consistency ratio CR below 0.1 (revise the judgements)',
        found: `CR = ${ahp.cr.toFixed(3)} (λmax ${ahp.lambdaMax.toFixed(3)}, CI ${ahp.ci.toFixed(3)})`,
      });
    return { weighting: 'ahp' as const, kids, ahp, byId: new Map(w.order.map((id, k) => [id, ahp.weights[k]!])) };
  };
  const children = (parent: string | undefined): Node[] => [
    ...spec.dimensions
      .filter((d) => d.parent === parent)
      .map((d) => ({ id: d.id, weight: d.weight, dimension: d, children: [] as Node[] })),
    ...(parent === undefined
      ? []
      : spec.indicators
          .filter((x) => x.parent === parent)
          .map((x) => ({ id: x.id, weight: x.weight, indicator: x, children: [] }))),
  ];
  spec.dimensions.forEach((d, i) => {
    if (!spec.dimensions.some((c) => c.parent === d.id) && !spec.indicators.some((x) => x.parent === d.id)) {
      problems.push({
        ...at(['dimensions', i, 'id']),
        where: 'dimensions',
        expected: `at least one indicator or dimension under "${d.id}"`,
        found: 'an empty dimension',
      });
    }
  });
  const fill = (node: Node): Node => {
    const level = levelOf(node.dimension, node.dimension ? spec.dimensions.indexOf(node.dimension) : undefined);
    const kids = children(node.dimension?.id).map((c) => (c.dimension ? fill(c) : c));
    for (const k of kids)
      if (level.weighting === 'equal') k.weight = 1;
      else if (level.weighting === 'ahp' && 'byId' in level) k.weight = level.byId!.get(k.id)!;
    return {
      ...node,
      children: kids,
      aggregation: node.dimension?.aggregation ?? spec.aggregation,
      weighting: level.weighting,
      ...('ahp' in level && level.ahp ? { ahp: level.ahp } : {}),
    };
  };
  const empty: Node = { id: 'index', weight: 1, children: [] };
  if (problems.length) return { root: empty, problems };
  const root = fill(empty);
  return { root: problems.length ? empty : root, problems };
}
