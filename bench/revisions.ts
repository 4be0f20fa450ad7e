// Revisions between two editions of a 50,000-row dataset: 3 values changed, 1 row added, 1 removed, 1 field renamed.
// Prints the time and whether exactly those were reported. Run: npx node bench/revisions.ts (nothing is asserted)
import { cpus } from 'node:os';
import type { Dataset } from '../src/lib/datasets/dataset.ts';
import { datasetRevisions, revisionsSummary } from '../src/lib/datasets/revisions.ts';

const N = 50_000;
const fields = (last: string) =>
  ['id', 'province', 'count', 'share', last].map((name, i) => ({
    name,
    type: i === 0 || i === 1 || i === 4 ? 'string' : i === 2 ? 'integer' : 'number',
  }));
const make = (year: number, last: string, rows: Record<string, unknown>[]) =>
  ({
    year,
    file: `${year}.csv`,
    rows,
    resource: { name: 'bench', schema: { fields: fields(last), primaryKey: 'id' } },
  }) as unknown as Dataset;
const base = Array.from({ length: N }, (_, i) => ({
  id: `r${i}`,
  province: `省${i % 31}`,
  count: i % 97,
  share: (i % 1000) / 10,
  note: `n${i % 13}`,
}));
const next = base.slice(1).map(({ note, ...r }) => ({ ...r, remark: note }));
next[10] = { ...next[10]!, count: 1000 };
next[20_000] = { ...next[20_000]!, share: 0.5 };
next[40_000] = { ...next[40_000]!, province: '新省' };
next.push({ id: 'new', province: '省0', count: 1, share: 1, remark: 'n0' });
const t = performance.now();
const r = datasetRevisions(make(2019, 'note', base), make(2020, 'remark', next));
const ms = performance.now() - t;
const exact =
  r.changed.length === 3 &&
  r.added.join() === 'new' &&
  r.removed.join() === 'r0' &&
  r.fieldsRenamed.length === 1 &&
  r.fieldsAdded.length + r.fieldsRemoved.length + r.typeChanged.length === 0;
console.log(`${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, ${new Date().toISOString()}`);
console.log(`${N} rows: ${ms.toFixed(0)} ms; ${revisionsSummary(r, 'en')} exactly the changes made: ${exact}`);
