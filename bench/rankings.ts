// Composite index at scale: 10,000 entities × 100 indicators in 3 levels, 1,000 Monte Carlo runs over
// worker threads (checked identical to one thread), then the Sobol design's runs.
// Run: npx node bench/rankings.ts   (prints figures; nothing is asserted)
import { randomLcg } from 'd3';
import { availableParallelism } from 'node:os';
import { computeRanking } from '../src/lib/composite-index/compute.ts';
import { buildHierarchy } from '../src/lib/composite-index/hierarchy.ts';
import { rankingSpecSchema } from '../src/lib/composite-index/spec.ts';
import { planAnalysis } from '../src/lib/composite-index/uncertainty.ts';
import { analyse, analyseHere } from '../src/lib/composite-index/run-draws.ts';
import { parseYamlSource } from '../src/lib/problems/yaml-source.ts';

const E = Number(process.argv[2] ?? 10_000);
const K = 100;
const runs = Number(process.argv[3] ?? 1000);
const rng = randomLcg(42);
// 4 top-level dimensions × 5 sub-dimensions × 5 indicators = 100 indicators, 3 levels.
const dimensions = [];
const indicators = [];
for (let a = 0; a < 4; a++) {
  dimensions.push({ id: `d${a}`, label: { zh: `维度${a}` }, weight: 1 + a });
  for (let b = 0; b < 5; b++) {
    dimensions.push({ id: `d${a}-${b}`, label: { zh: `子维度${a}-${b}` }, parent: `d${a}`, weight: 1 });
    for (let c = 0; c < 5; c++) {
      const k = a * 25 + b * 5 + c;
      indicators.push({
        id: `i${k}`,
        label: { zh: `指标${k}` },
        column: `c${k}`,
        parent: `d${a}-${b}`,
        direction: k % 7 ? 'higher' : 'lower',
        weight: 1 + (k % 3),
      });
    }
  }
}
const spec = rankingSpecSchema.parse({
  id: 'bench',
  title: { zh: '基准' },
  dataset: 'bench',
  entity: { id: 'id', label: 'id' },
  status: 'illustrative',
  missing: { minCoverage: 0.9, impute: 'mean' },
  uncertainty: {
    runs,
    seed: 1,
    normalisation: ['minmax', 'zscore', 'rank'],
    aggregation: ['arithmetic', 'geometric'],
    sobol: 128,
  },
  dimensions,
  indicators,
});
const rows = Array.from({ length: E }, (_, e) => {
  const r: Record<string, number | string | null> = { id: `e${e}` };
  for (let k = 0; k < K; k++) r[`c${k}`] = rng() < 0.01 ? null : Math.round(rng() * 1000) / 10;
  return r;
});
const columns = new Map([['id', 'string'], ...indicators.map((i) => [i.column, 'number'] as [string, string])]);
let peak = 0;
const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const t0 = performance.now();
const { root, problems } = buildHierarchy(spec, columns, parseYamlSource('{}', 'bench.yaml'));
if (problems.length) throw new Error(JSON.stringify(problems));
const result = computeRanking(spec, root, rows);
const t1 = performance.now();
const rankOf = new Map(result.entities.map((e) => [e.id, e.rank]));
const nominal = Int32Array.from(result.model.prepared.ids, (id) => rankOf.get(id)!);
const analysis = planAnalysis(result.model, nominal)!;
const t2 = performance.now();
const { sobol: _design, ...mcOnly } = analysis;
const u = await analyse({ ...mcOnly, sobol: undefined });
const t4 = performance.now();
clearInterval(sample);
peak = Math.max(peak, process.memoryUsage().rss);
// The same draws on one thread: the result must be identical (seeded draws made up front).
const single = analyseHere({ ...mcOnly, sobol: undefined });
const t5 = performance.now();
const identical = JSON.stringify(single) === JSON.stringify(u);
const withSobol = await analyse(analysis);
const t6 = performance.now();
console.log(
  `${E} entities × ${K} indicators (3 levels), ${runs} Monte Carlo runs on ${availableParallelism()} threads`,
);
console.log(`nominal ranking: ${Math.round(t1 - t0)} ms; draws and variant matrices: ${Math.round(t2 - t1)} ms`);
console.log(
  `Monte Carlo runs and intervals: ${Math.round(t4 - t2)} ms (one thread: ${Math.round(t5 - t4)} ms; identical result: ${identical})`,
);
console.log(
  `total to intervals: ${((t4 - t0) / 1000).toFixed(2)} s (goal < 3 s); peak RSS ${Math.round(peak / 2 ** 20)} MiB`,
);
console.log(
  `with Sobol: + ${analysis.sobol!.draws.length} runs (N = ${analysis.sobol!.N}, ${analysis.factors.length} inputs): ${((t6 - t5) / 1000).toFixed(2)} s for both; mean-shift total effects ${withSobol.sobol!.meanShift.map((s) => `${s.factor} ${s.total.toFixed(2)}`).join(', ')}`,
);
console.log(
  `check: ${result.entities.length} ranked, ${result.excluded.length} excluded, widest interval ${Math.max(...u.intervals.map((i) => i.high - i.low))} ranks, mean shift ${u.meanShift.toFixed(1)}`,
);
