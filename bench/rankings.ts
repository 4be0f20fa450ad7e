// Composite index at scale: 10,000 entities × 100 indicators in 3 levels, 1,000 Monte Carlo runs.
// Run: npx node bench/rankings.ts   (prints figures; nothing is asserted)
import { randomLcg } from 'd3';
import { computeRanking, compileRanking } from '../src/lib/composite-index/compute.ts';
import { buildHierarchy } from '../src/lib/composite-index/hierarchy.ts';
import { rankingSpecSchema } from '../src/lib/composite-index/spec.ts';
import { simulate } from '../src/lib/composite-index/uncertainty.ts';
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
      indicators.push({ id: `i${k}`, label: { zh: `指标${k}` }, column: `c${k}`, parent: `d${a}-${b}`, direction: k % 7 ? 'higher' : 'lower', weight: 1 + (k % 3) });
    }
  }
}
const spec = rankingSpecSchema.parse({
  id: 'bench', title: { zh: '基准' }, dataset: 'bench', entity: { id: 'id', label: 'id' }, status: 'illustrative',
  missing: { minCoverage: 0.9, impute: 'mean' },
  uncertainty: { runs, seed: 1, normalisation: ['minmax', 'zscore', 'rank'], aggregation: ['arithmetic', 'geometric'] },
  dimensions, indicators,
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
const compiled = compileRanking(spec, root, rows);
const rankOf = new Map(result.entities.map((e) => [e.id, e.rank]));
const nominal = Int32Array.from(compiled.prepared.ids, (id) => rankOf.get(id)!);
const u = simulate(spec, compiled, nominal)!;
const t2 = performance.now();
clearInterval(sample);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(`${E} entities × ${K} indicators (3 levels), ${runs} Monte Carlo runs + ${3 * Math.min(runs, 100)} sensitivity runs`);
console.log(`nominal ranking: ${Math.round(t1 - t0)} ms`);
console.log(`uncertainty + sensitivity: ${Math.round(t2 - t1)} ms`);
console.log(`total: ${((t2 - t0) / 1000).toFixed(2)} s (goal < 3 s); peak RSS ${Math.round(peak / 2 ** 20)} MiB`);
console.log(`check: ${result.entities.length} ranked, ${result.excluded.length} excluded, widest interval ${Math.max(...u.intervals.map((i) => i.high - i.low))} ranks`);
