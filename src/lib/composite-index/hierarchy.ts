import type { Problem } from '../problems/problem.ts';
import type { YamlSource } from '../problems/yaml-source.ts';
import type { Dimension, Indicator, RankingSpec } from './spec.ts';

/** The hierarchy as a tree: every dimension with its child dimensions and indicators. */
export interface Node {
  id: string;
  weight: number;
  dimension?: Dimension;
  indicator?: Indicator;
  children: Node[];
}

/**
 * Build the tree from the flat lists and check it: ids used once, every parent known, no
 * cycle, no empty dimension, each indicator's column a numeric column of the dataset.
 */
export function buildHierarchy(spec: RankingSpec, columns: ReadonlyMap<string, string>, source: YamlSource): { root: Node; problems: Problem[] } {
  const problems: Problem[] = [];
  const at = (path: PropertyKey[]) => ({ file: source.file, ...source.positionOf(path) });
  const ids = new Map<string, PropertyKey[]>();
  const claim = (id: string, path: PropertyKey[]) => {
    const first = ids.get(id);
    if (first) problems.push({ ...at([...path, 'id']), where: 'id', expected: `an id used once (already used at ${first.join('.')})`, found: `"${id}"` });
    else ids.set(id, path);
  };
  spec.dimensions.forEach((d, i) => claim(d.id, ['dimensions', i]));
  spec.indicators.forEach((ind, i) => claim(ind.id, ['indicators', i]));

  const dims = new Map(spec.dimensions.map((d) => [d.id, d]));
  spec.dimensions.forEach((d, i) => {
    if (d.parent !== undefined && !dims.has(d.parent)) problems.push({ ...at(['dimensions', i, 'parent']), where: 'parent', expected: `a dimension id: ${[...dims.keys()].join(', ')}`, found: `"${d.parent}"` });
  });
  // A dimension whose chain of parents comes back to itself would never reach the index.
  spec.dimensions.forEach((d, i) => {
    const seen = new Set<string>([d.id]);
    let p = d.parent;
    while (p !== undefined && dims.has(p)) {
      if (seen.has(p)) {
        problems.push({ ...at(['dimensions', i, 'parent']), where: 'parent', expected: 'a chain of parents that ends at a top-level dimension', found: `a cycle: ${[...seen, p].join(' → ')}` });
        break;
      }
      seen.add(p);
      p = dims.get(p)!.parent;
    }
  });
  const columnUse = new Map<string, string>();
  spec.indicators.forEach((ind, i) => {
    if (!dims.has(ind.parent)) problems.push({ ...at(['indicators', i, 'parent']), where: 'parent', expected: `a dimension id: ${[...dims.keys()].join(', ')}`, found: `"${ind.parent}"` });
    const type = columns.get(ind.column);
    if (!type) problems.push({ ...at(['indicators', i, 'column']), where: 'column', expected: `a column of ${spec.dataset}: ${[...columns.keys()].join(', ')}`, found: `"${ind.column}"` });
    else if (type !== 'integer' && type !== 'number') problems.push({ ...at(['indicators', i, 'column']), where: 'column', expected: 'a numeric column (integer or number)', found: `"${ind.column}" of type ${type}` });
    const other = columnUse.get(ind.column);
    if (other) problems.push({ ...at(['indicators', i, 'column']), where: 'column', expected: `each indicator in one dimension only (column "${ind.column}" is already indicator "${other}")`, found: `"${ind.column}" again under "${ind.parent}"` });
    else columnUse.set(ind.column, ind.id);
    if (ind.target === undefined && (spec.normalisation === 'target' || dims.get(ind.parent)?.normalisation === 'target')) {
      problems.push({ ...at(['indicators', i]), where: 'target', expected: 'a `target` value (target normalisation)', found: '(missing)' });
    }
  });
  const children = (parent: string | undefined): Node[] => [
    ...spec.dimensions.filter((d) => d.parent === parent).map((d) => ({ id: d.id, weight: d.weight, dimension: d, children: [] as Node[] })),
    ...(parent === undefined ? [] : spec.indicators.filter((x) => x.parent === parent).map((x) => ({ id: x.id, weight: x.weight, indicator: x, children: [] }))),
  ];
  spec.dimensions.forEach((d, i) => {
    if (!spec.dimensions.some((c) => c.parent === d.id) && !spec.indicators.some((x) => x.parent === d.id)) {
      problems.push({ ...at(['dimensions', i, 'id']), where: 'dimensions', expected: `at least one indicator or dimension under "${d.id}"`, found: 'an empty dimension' });
    }
  });
  if (problems.length) return { root: { id: 'index', weight: 1, children: [] }, problems };
  const fill = (node: Node): Node => ({ ...node, children: children(node.dimension?.id).map((c) => (c.dimension ? fill(c) : c)) });
  return { root: { id: 'index', weight: 1, children: children(undefined).map(fill) }, problems };
}
