import { describe, expect, it } from 'vitest';
import { randomLcg } from 'd3';

describe('analyse(analysis) over worker threads', () => {
  it('gives exactly the one-thread result (intervals, mean shift, Sobol indices) for the same seed', async () => {
    const { buildHierarchy } = await import('../../../src/lib/composite-index/hierarchy.ts');
    const { computeRanking } = await import('../../../src/lib/composite-index/compute.ts');
    const { rankingSpecSchema } = await import('../../../src/lib/composite-index/spec.ts');
    const { planAnalysis } = await import('../../../src/lib/composite-index/uncertainty.ts');
    const { analyse, analyseHere } = await import('../../../src/lib/composite-index/run-draws.ts');
    const { parseYamlSource } = await import('../../../src/lib/problems/yaml-source.ts');
    const rng = randomLcg(3);
    const indicators = Array.from({ length: 8 }, (_, k) => ({
      id: `i${k}`,
      label: { zh: `指标${k}` },
      column: `c${k}`,
      parent: `d${k % 2}`,
      direction: 'higher',
    }));
    const spec = rankingSpecSchema.parse({
      id: 'p',
      title: { zh: '并行' },
      dataset: 'p',
      entity: { id: 'id', label: 'id' },
      status: 'illustrative',
      missing: { impute: 'median', minCoverage: 0.5 },
      uncertainty: {
        runs: 300,
        seed: 9,
        normalisation: ['minmax', 'rank'],
        aggregation: ['arithmetic', 'geometric', 'harmonic'],
        imputation: ['mean', 'median'],
        sobol: 64,
      },
      dimensions: [
        { id: 'd0', label: { zh: '一' } },
        { id: 'd1', label: { zh: '二' }, aggregation: 'minimum' },
      ],
      indicators,
    });
    const rows = Array.from({ length: 700 }, (_, e) => ({
      id: `e${e}`,
      ...Object.fromEntries(indicators.map((i) => [i.column, rng() < 0.05 ? null : Math.round(rng() * 1000) / 10])),
    }));
    const { root } = buildHierarchy(
      spec,
      new Map([['id', 'string'], ...indicators.map((i) => [i.column, 'number'] as [string, string])]),
      parseYamlSource('{}', 'p.yaml'),
    );
    const result = computeRanking(spec, root, rows);
    const rankOf = new Map(result.entities.map((e) => [e.id, e.rank]));
    const analysis = planAnalysis(
      result.model,
      Int32Array.from(result.model.prepared.ids, (id) => rankOf.get(id)!),
    )!;
    let workers = -1;
    const parallel = await analyse(analysis, { threads: 2, minWork: 0, onDone: (n) => (workers = n) });
    expect(workers).toBe(1);
    expect(parallel).toEqual(analyseHere(analysis));
    expect(parallel.sobol!.meanShift.map((s) => s.factor)).toEqual([
      'weights',
      'normalisation',
      'aggregation',
      'imputation',
    ]);
  });
});
