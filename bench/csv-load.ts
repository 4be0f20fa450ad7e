// Load + validate a generated 200k-row × 20-column CSV: rows per second and peak memory.
// Run: npx node bench/csv-load.ts [rows]   (prints figures; nothing is asserted)
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Papa from 'papaparse';
import { loadDataPackage } from '../src/lib/datasets/load-datapackage.ts';

const rows = Number(process.argv[2] ?? 200_000);
const dir = mkdtempSync(join(tmpdir(), 'bluebook-csv-bench-'));
const types = ['string', 'integer', 'number', 'date', 'boolean'] as const;
const fields = Array.from({ length: 20 }, (_, i) => ({
  name: `c${i}`,
  type: types[i % 5]!,
  constraints: i === 0 ? { required: true, unique: true } : i % 5 === 1 ? { minimum: 0 } : {},
}));
const cell = (t: (typeof types)[number], r: number, c: number) =>
  t === 'string'
    ? c === 0
      ? `id${r}`
      : `城镇${(r * 7 + c) % 997}`
    : t === 'integer'
      ? String((r * 31 + c) % 100000)
      : t === 'number'
        ? ((r * 0.37 + c) % 1000).toFixed(2)
        : t === 'date'
          ? `20${10 + (r % 15)}-${String(1 + (r % 12)).padStart(2, '0')}`
          : r % 2
            ? 'true'
            : 'false';
const lines = [fields.map((f) => f.name).join(',')];
for (let r = 0; r < rows; r++) lines.push(fields.map((f, c) => cell(f.type, r, c)).join(','));
mkdirSync(join(dir, 'data/2030'), { recursive: true });
writeFileSync(join(dir, 'data/2030/big.csv'), lines.join('\n') + '\n');
writeFileSync(
  join(dir, 'data/2030/datapackage.json'),
  JSON.stringify({
    name: 'bench',
    resources: [
      {
        name: 'big',
        path: 'big.csv',
        title: '基准',
        description: 'generated',
        schema: { fields, primaryKey: 'c0' },
        sources: [{ title: 'generated' }],
        licenses: [{ name: 'CC0-1.0' }],
        status: 'illustrative',
      },
    ],
  }),
);
// papaparse alone on the same text, as parseCsv calls it, against the whole load (read, decode,
// parse, validate, build typed rows): each three times, alternately, the median of each.
const text = `${lines.join('\n')}\n`;
// Each measurement starts on a clean heap, so neither pays for collecting the other's garbage.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const papaAlone = () => {
  collect();
  const t = performance.now();
  Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: ',', quoteChar: '"', escapeChar: '"' });
  return performance.now() - t;
};
let peak = process.memoryUsage().rss;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
const papa: number[] = [];
const full: number[] = [];
let pkg: ReturnType<typeof loadDataPackage> | undefined;
for (let i = 0; i < 3; i++) {
  papa.push(papaAlone());
  // A new modification time each round: the loader caches a package until its files change.
  const later = new Date(Date.now() + (i + 1) * 1000);
  utimesSync(join(dir, 'data/2030/datapackage.json'), later, later);
  pkg = undefined;
  collect();
  const t0 = performance.now();
  pkg = loadDataPackage(dir, 2030);
  full.push(performance.now() - t0);
}
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss);
rmSync(dir, { recursive: true, force: true });
if (!pkg || pkg.problems.length) throw new Error(JSON.stringify(pkg?.problems.slice(0, 3)));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
const ms = median(full);
console.log(`${rows} rows × 20 columns (${(text.length / 2 ** 20).toFixed(1)} MiB), median of 3:`);
console.log(`  papaparse alone        ${Math.round(median(papa))} ms`);
console.log(
  `  read + parse + validate ${Math.round(ms)} ms = ${(ms / median(papa)).toFixed(2)} × papaparse (goal ≤ 1.5 ×)`,
);
console.log(
  `${Math.round(rows / (ms / 1000)).toLocaleString('en')} rows/s validated; peak RSS ${Math.round(peak / 2 ** 20)} MiB`,
);
