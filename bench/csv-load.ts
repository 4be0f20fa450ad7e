// Load + validate a generated 200k-row × 20-column CSV: rows per second and peak memory.
// Run: npx node bench/csv-load.ts [rows]   (prints figures; nothing is asserted)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataPackage } from '../src/lib/datasets/load-datapackage.ts';

const rows = Number(process.argv[2] ?? 200_000);
const dir = mkdtempSync(join(tmpdir(), 'bluebook-csv-bench-'));
const types = ['string', 'integer', 'number', 'date', 'boolean'] as const;
const fields = Array.from({ length: 20 }, (_, i) => ({ name: `c${i}`, type: types[i % 5]!, constraints: i === 0 ? { required: true, unique: true } : i % 5 === 1 ? { minimum: 0 } : {} }));
const cell = (t: (typeof types)[number], r: number, c: number) =>
  t === 'string' ? (c === 0 ? `id${r}` : `城镇${(r * 7 + c) % 997}`) : t === 'integer' ? String((r * 31 + c) % 100000) : t === 'number' ? ((r * 0.37 + c) % 1000).toFixed(2) : t === 'date' ? `20${10 + (r % 15)}-${String(1 + (r % 12)).padStart(2, '0')}` : r % 2 ? 'true' : 'false';
const lines = [fields.map((f) => f.name).join(',')];
for (let r = 0; r < rows; r++) lines.push(fields.map((f, c) => cell(f.type, r, c)).join(','));
mkdirSync(join(dir, 'data/2030'), { recursive: true });
writeFileSync(join(dir, 'data/2030/big.csv'), lines.join('\n') + '\n');
writeFileSync(join(dir, 'data/2030/datapackage.json'), JSON.stringify({ name: 'bench', resources: [{ name: 'big', path: 'big.csv', title: '基准', description: 'generated', schema: { fields, primaryKey: 'c0' }, sources: [{ title: 'generated' }], licenses: [{ name: 'CC0-1.0' }], status: 'illustrative' }] }));
let peak = process.memoryUsage().rss;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
const t0 = performance.now();
const pkg = loadDataPackage(dir, 2030);
const ms = performance.now() - t0;
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss);
rmSync(dir, { recursive: true, force: true });
if (pkg.problems.length) throw new Error(JSON.stringify(pkg.problems.slice(0, 3)));
console.log(`${rows} rows × 20 columns (${(lines.join('\n').length / 2 ** 20).toFixed(1)} MiB): read + parse + validate in ${Math.round(ms)} ms`);
console.log(`${Math.round(rows / (ms / 1000)).toLocaleString('en')} rows/s validated (goal ≥ 300,000); peak RSS ${Math.round(peak / 2 ** 20)} MiB`);
