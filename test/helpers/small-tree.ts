// A small ranking tree for engine tests: index ← { A ← {i1 (w 1), i2 (w 3)} }, A aggregated by `method`.
import { compile } from '../../src/lib/composite-index/evaluate.ts';

export const tree = (method: 'harmonic' | 'minimum' | 'geometric' | 'arithmetic') => ({
  plan: compile(
    {
      id: 'index',
      weight: 1,
      children: [
        {
          id: 'A',
          weight: 1,
          children: [
            { id: 'i1', weight: 1, indicator: { id: 'i1' } as never, children: [] },
            { id: 'i2', weight: 3, indicator: { id: 'i2' } as never, children: [] },
          ],
        },
      ],
    },
    ['i1', 'i2'],
    (n) => (n.id === 'A' ? method : 'arithmetic'),
  ),
});
