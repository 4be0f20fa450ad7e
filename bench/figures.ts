// 200 charts of every kind: SVG rendering time per chart, and PNG time (resvg) in all.
// Run: npx node bench/figures.ts [count]   (prints figures; nothing is asserted)
import { availableParallelism } from 'node:os';
import { randomLcg } from 'd3';
import { renderFigure } from '../src/lib/figures/render-figure.ts';
import { figureSpecSchema, type FigureKind } from '../src/lib/figures/spec.ts';
import { provinces } from '../src/lib/figures/provinces.ts';
import { rasterise } from '../src/lib/figures/png.ts';
import type { Field } from '../src/lib/datasets/descriptor.ts';

const count = Number(process.argv[2] ?? 200);
const rng = randomLcg(7);
const fields: Field[] = [
  { name: 'name', type: 'string' },
  { name: 'date', type: 'date' },
  { name: 'a', type: 'number' },
  { name: 'b', type: 'number' },
  { name: 'lo', type: 'number' },
  { name: 'hi', type: 'number' },
  { name: 'event', type: 'string' },
];
// Generated test data (not real figures): one row per province.
const rows = provinces.slice(0, 31).map((p, i) => {
  const a = Math.round(rng() * 100);
  return {
    name: p.short,
    date: `${2000 + i}-0${1 + (i % 9)}`,
    a,
    b: Math.round(rng() * 100),
    lo: Math.max(0, a - 10),
    hi: a + 10,
    event: `${p.short}事件`,
  };
});
const specs: Record<FigureKind, Record<string, string>> = {
  bar: { x: 'name', y: 'a' },
  line: { x: 'date', y: 'a' },
  map: { x: 'name', y: 'a' },
  choropleth: { x: 'name', y: 'a' },
  table: { x: 'name' },
  dots: { x: 'name', y: 'a', low: 'lo', high: 'hi' },
  slope: { x: 'name', y: 'a', y2: 'b' },
  timeline: { x: 'date', label: 'event' },
};
const kinds = Object.keys(specs) as FigureKind[];
const svgs: string[] = [];
const perKind = new Map<string, number[]>();
const t0 = performance.now();
for (let i = 0; i < count; i++) {
  const kind = kinds[i % kinds.length]!;
  const spec = figureSpecSchema.parse({ id: `f${i}`, kind, dataset: 'bench', title: `图${i}`, ...specs[kind] });
  const t = performance.now();
  const r = renderFigure(spec, rows, fields);
  (perKind.get(kind) ?? perKind.set(kind, []).get(kind)!).push(performance.now() - t);
  if (r.chart) svgs.push(r.chart.svg);
}
const svgMs = performance.now() - t0;
// Without the build cache: every image is rendered. First one at a time, then all at once
// (resvg renders on libuv's thread pool, as during a build with concurrent page rendering).
const t1 = performance.now();
for (const svg of svgs) await rasterise(svg, 1280);
const pngMs = performance.now() - t1;
const t2 = performance.now();
await Promise.all(svgs.map((svg) => rasterise(svg, 1280)));
const pngParallelMs = performance.now() - t2;
console.log(`${count} charts: SVG ${Math.round(svgMs)} ms in all (${(svgMs / count).toFixed(1)} ms per chart)`);
for (const [k, xs] of perKind)
  console.log(`  ${k.padEnd(11)} ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(1)} ms per chart`);
console.log(
  `PNG (resvg, 1280 px wide) for ${svgs.length} charts: ${Math.round(pngMs)} ms in all (${(pngMs / svgs.length).toFixed(0)} ms per chart)`,
);
console.log(
  `  concurrently (UV_THREADPOOL_SIZE=${process.env.UV_THREADPOOL_SIZE ?? 4}, ${availableParallelism()} cores): ${Math.round(pngParallelMs)} ms in all (${(pngParallelMs / svgs.length).toFixed(0)} ms per chart)`,
);
