import { describe, expect, it } from 'vitest';
import { tree } from '../../helpers/small-tree.ts';
import { coherence, cronbachAlpha, firstComponentShare } from '../../../src/lib/composite-index/coherence.ts';
import { evaluate } from '../../../src/lib/composite-index/evaluate.ts';
import { roundTo } from '../../../src/lib/composite-index/rank.ts';

const f = (...xs: number[]) => Float64Array.from(xs);

describe('coherence statistics', () => {
  it('cronbachAlpha of two identical columns is 1; of [1,2,3] and [3,2,1] the sum has no variance → NaN', () => {
    expect(cronbachAlpha([f(1, 2, 3), f(1, 2, 3)])).toBeCloseTo(1, 12);
    expect(Number.isNaN(cronbachAlpha([f(1, 2, 3), f(3, 2, 1)]))).toBe(true);
  });
  it('cronbachAlpha of [1,2,3,4] and [1,3,2,4]: var 5/3 each, var of the sum 6 → 2 × (1 − (10/3)/6) = 0.888889', () => {
    expect(roundTo(cronbachAlpha([f(1, 2, 3, 4), f(1, 3, 2, 4)]), 6)).toBe(0.888889);
  });
  it('firstComponentShare: perfectly correlated columns share all variance (1); uncorrelated ones half (0.5)', () => {
    expect(firstComponentShare([f(1, 2, 3, 4), f(2, 4, 6, 8)])).toBeCloseTo(1, 9);
    expect(firstComponentShare([f(1, -1, 1, -1), f(1, 1, -1, -1)])).toBeCloseTo(0.5, 9);
  });
  it('coherence(model) flags nothing by itself: it reports each correlation for the page to word', () => {
    const plan = tree('arithmetic').plan;
    const cols = [f(1, 2, 3, 4), f(4, 3, 2, 1)];
    const dims = evaluate(plan, cols);
    const [a] = coherence({ plan, spec: { indicators: [{ id: 'i1' }, { id: 'i2' }] } } as never, dims, cols);
    expect(a!.children.map((c) => Math.sign(c.withDimension))).toEqual([-1, 1]);
  });
});
