import { describe, expect, it } from 'vitest';
import { changeLabel, compareRankings } from '../../../src/lib/composite-index/change.ts';

describe('compareRankings(previous, current)', () => {
  const spec = {
    normalisation: 'minmax',
    aggregation: 'arithmetic',
    indicators: [{ id: 'i', column: 'c', direction: 'higher', weight: 1, parent: 'd' }],
    dimensions: [{ id: 'd', weight: 1 }],
  } as never;
  const result = (entities: [string, number, number][], s = spec) =>
    ({
      spec: s,
      entities: entities.map(([id, rank, score]) => ({ id, rank, score })),
      excluded: [],
      notes: [],
      topDimensions: [],
    }) as never;
  it('gives ↑ for a better rank, ↓ for a worse one and 新 for a new entity', () => {
    const { changes, methodChanged } = compareRankings(
      result([
        ['a', 1, 90],
        ['b', 2, 80],
      ]),
      result([
        ['b', 1, 85],
        ['a', 2, 84],
        ['c', 3, 70],
      ]),
    );
    expect(['a', 'b', 'c'].map((id) => changeLabel(changes.get(id)))).toEqual(['↓1', '↑1', '新']);
    expect(changes.get('b')!.scoreChange).toBe(5);
    expect(methodChanged).toEqual([]);
  });
  it('says what changed in the method', () => {
    const other = { ...(spec as object), aggregation: 'geometric' } as never;
    expect(compareRankings(result([['a', 1, 1]]), result([['a', 1, 1]], other)).methodChanged).toEqual([
      { kind: 'setting', id: 'aggregation', change: 'changed', from: '"arithmetic"', to: '"geometric"' },
    ]);
  });
});
