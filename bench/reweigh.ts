// Re-ranking under a reader's weights, as the ranking page's explorer does it (lib/composite-index/reweigh.ts):
// 200 entities × 21 indicators, and 10,000 entities × 100 indicators in 3 levels; the median of 50 re-rankings with
// random weights, plus the build-time weight range (2,000 draws) and the payload's size.
// Run: npx node bench/reweigh.ts   (prints figures; nothing is asserted)
import { gzipSync } from 'node:zlib';
import { cpus } from 'node:os';
import { randomLcg, randomUniform } from 'd3';
import { computeRanking } from '../src/lib/composite-index/compute.ts';
import { explorePayload } from '../src/lib/composite-index/explore-payload.ts';
import { buildHierarchy } from '../src/lib/composite-index/hierarchy.ts';
import { explorer, reweigh } from '../src/lib/composite-index/reweigh.ts';
import { rankingSpecSchema } from '../src/lib/composite-index/spec.ts';
import { weightRange } from '../src/lib/composite-index/weight-range.ts';
import { parseYamlSource } from '../src/lib/problems/yaml-source.ts';

function ranking(E: number, tops: number, subs: number, per: number, aggregation: string) {
  const rng = randomLcg(42);
  const dimensions = [];
  const indicators = [];
  for (let a = 0; a < tops; a++) {
    dimensions.push({ id: `d${a}`, label: { zh: `维度${a}` }, weight: 1 + a });
    for (let b = 0; b < subs; b++) {
      if (subs > 1) dimensions.push({ id: `d${a}-${b}`, label: { zh: `子维度${a}-${b}` }, parent: `d${a}`, weight: 1 });
      for (let c = 0; c < per; c++) {
        const k: number = indicators.length;
        const parent = subs > 1 ? `d${a}-${b}` : `d${a}`;
        indicators.push({ id: `i${k}`, label: { zh: `指标${k}` }, column: `c${k}`, parent, direction: 'higher' });
      }
    }
  }
  const spec = rankingSpecSchema.parse({
    ...{ id: 'bench', title: { zh: '基准' }, dataset: 'bench', entity: { id: 'id', label: 'id' } },
    ...{ status: 'illustrative', aggregation, shift: 'auto', decimals: 1, rankOn: 'published' },
    dimensions,
    indicators,
  });
  const rows = Array.from({ length: E }, (_, e) => {
    const r: Record<string, number | string> = { id: `e${e}` };
    for (let k = 0; k < indicators.length; k++) r[`c${k}`] = Math.round(rng() * 1000) / 10;
    return r;
  });
  const columns = new Map([['id', 'string'], ...indicators.map((i) => [i.column, 'number'] as [string, string])]);
  const { root } = buildHierarchy(spec, columns, parseYamlSource('{}', 'bench.yaml'));
  return computeRanking(spec, root, rows);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(`${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, ${new Date().toISOString()}`);
for (const [label, E, tops, subs, per, agg] of [
  ['200 × 21, arithmetic', 200, 3, 1, 7, 'arithmetic'],
  ['200 × 21, geometric', 200, 3, 1, 7, 'geometric'],
  ['10,000 × 100 in 3 levels, arithmetic', 10_000, 4, 5, 5, 'arithmetic'],
  ['10,000 × 100 in 3 levels, geometric', 10_000, 4, 5, 5, 'geometric'],
] as const) {
  const result = ranking(E, tops, subs, per, agg);
  const payload = explorePayload({ model: result.model, result });
  const json = JSON.stringify(payload);
  const x = explorer(JSON.parse(json));
  const factor = randomUniform.source(randomLcg(7))(...payload.bounds);
  reweigh(x);
  const times = Array.from({ length: 50 }, () => {
    const weights = x.published.map((w) => w.map((p) => p * factor()));
    const t = performance.now();
    reweigh(x, weights);
    return performance.now() - t;
  });
  const t = performance.now();
  if (E <= 200) weightRange(x);
  const range = E <= 200 ? `; weight range (2,000 draws + corners) ${(performance.now() - t).toFixed(0)} ms` : '';
  console.log(
    `${label}: re-rank median ${median(times).toFixed(2)} ms (max ${Math.max(...times).toFixed(2)} ms)${range}; ` +
      `payload ${(json.length / 1024).toFixed(0)} KB, ${(gzipSync(json).length / 1024).toFixed(0)} KB gzip`,
  );
}
