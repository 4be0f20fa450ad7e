import type { Dataset } from './dataset.ts';
import type { Cell as Value, Row } from './row.ts';

/** A value revised between two editions: the row's key, the field, and the value before and after. */
export interface RevisedValue {
  key: string;
  field: string;
  before: Value;
  after: Value;
}

/** What changed in a dataset from one edition to the next, value by value. */
export interface DatasetRevisions {
  name: string;
  /** Its name in edition `from` (another when it was renamed: `formerly`). */
  fromName: string;
  from: number;
  to: number;
  /** The primary key rows are matched on; undefined: no key, rows compared whole (`rowLevel`). */
  key: string[] | undefined;
  rowLevel: boolean;
  changed: RevisedValue[];
  /** Keys of added and removed rows (without a key: the rows' cells joined by " | "). */
  added: string[];
  removed: string[];
  fieldsAdded: string[];
  fieldsRemoved: string[];
  /** A field removed and one added of the same type holding the same values: a rename. */
  fieldsRenamed: { from: string; to: string }[];
  typeChanged: { field: string; from: string; to: string }[];
}

const keyOf = (row: Row, key: readonly string[]) => key.map((k) => String(row[k] ?? '')).join(' · ');
const cells = (row: Row, fields: readonly string[]) => fields.map((f) => String(row[f] ?? '')).join(' | ');

/** The field's stated precision (`decimals`, a Bluebook extension): values equal at it are not revisions. */
function same(a: Value, b: Value, decimals: number | undefined): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    if (decimals === undefined) return a === b || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
    return a.toFixed(decimals) === b.toFixed(decimals);
  }
  return (a ?? null) === (b ?? null) || String(a ?? '') === String(b ?? '');
}

/**
 * Match the rows of two editions of a dataset on its primary key (this edition's, if both have those fields) and list
 * every revised value, added and removed row, and added, removed, renamed and retyped field. Without a primary key,
 * rows are compared whole: a revised value then shows as a row removed and a row added.
 */
export function datasetRevisions(previous: Dataset, current: Dataset): DatasetRevisions {
  const fieldsBefore = previous.resource.schema.fields;
  const fieldsNow = current.resource.schema.fields;
  const before = new Map(fieldsBefore.map((f) => [f.name, f]));
  const now = new Map(fieldsNow.map((f) => [f.name, f]));
  const declared = current.resource.schema.primaryKey;
  const key = declared === undefined ? undefined : ([] as string[]).concat(declared);
  const rowLevel = !key || key.some((k) => !before.has(k));
  const out: DatasetRevisions = {
    name: current.resource.name,
    fromName: previous.resource.name,
    from: previous.year,
    to: current.year,
    key: rowLevel ? undefined : key,
    rowLevel,
    changed: [],
    added: [],
    removed: [],
    fieldsAdded: fieldsNow.filter((f) => !before.has(f.name)).map((f) => f.name),
    fieldsRemoved: fieldsBefore.filter((f) => !now.has(f.name)).map((f) => f.name),
    fieldsRenamed: [],
    typeChanged: fieldsNow
      .filter((f) => before.has(f.name) && before.get(f.name)!.type !== f.type)
      .map((f) => ({ field: f.name, from: before.get(f.name)!.type, to: f.type })),
  };
  if (rowLevel) {
    const shared = fieldsNow.filter((f) => before.has(f.name)).map((f) => f.name);
    const count = new Map<string, number>();
    for (const r of previous.rows) count.set(cells(r, shared), (count.get(cells(r, shared)) ?? 0) + 1);
    for (const r of current.rows) {
      const c = cells(r, shared);
      const n = count.get(c) ?? 0;
      if (n > 0) count.set(c, n - 1);
      else out.added.push(c);
    }
    for (const [c, n] of count) for (let i = 0; i < n; i++) out.removed.push(c);
    return out;
  }
  const oldRows = new Map(previous.rows.map((r) => [keyOf(r, key!), r]));
  const matched: [Row, Row][] = [];
  for (const r of current.rows) {
    const k = keyOf(r, key!);
    const old = oldRows.get(k);
    if (old) {
      matched.push([old, r]);
      oldRows.delete(k);
    } else out.added.push(k);
  }
  out.removed.push(...oldRows.keys());
  // A rename: a removed field and an added one of the same type, equal in more than half of the matched rows.
  for (const gone of [...out.fieldsRemoved]) {
    const type = before.get(gone)!.type;
    const to = out.fieldsAdded.find((f) => {
      if (now.get(f)!.type !== type || !matched.length) return false;
      const equal = matched.filter(([a, b]) => same(a[gone] ?? null, b[f] ?? null, undefined)).length;
      return equal > 0.5 * matched.length;
    });
    if (to) {
      out.fieldsRenamed.push({ from: gone, to });
      out.fieldsAdded = out.fieldsAdded.filter((f) => f !== to);
      out.fieldsRemoved = out.fieldsRemoved.filter((f) => f !== gone);
    }
  }
  const compared = fieldsNow
    .filter((f) => !key!.includes(f.name) && !out.typeChanged.some((t) => t.field === f.name))
    .flatMap((f) => {
      const renamed = out.fieldsRenamed.find((r) => r.to === f.name);
      const from = renamed ? renamed.from : before.has(f.name) ? f.name : undefined;
      return from ? [{ from, to: f.name, decimals: f.decimals }] : [];
    });
  for (const [a, b] of matched)
    for (const f of compared)
      if (!same(a[f.from] ?? null, b[f.to] ?? null, f.decimals))
        out.changed.push({ key: keyOf(b, key!), field: f.to, before: a[f.from] ?? null, after: b[f.to] ?? null });
  return out;
}

/** Whether anything changed. */
export const hasRevisions = (r: DatasetRevisions) =>
  r.changed.length +
    r.added.length +
    r.removed.length +
    r.fieldsAdded.length +
    r.fieldsRemoved.length +
    r.fieldsRenamed.length +
    r.typeChanged.length >
  0;

/** "3 values revised, 1 row added, 1 row removed, 1 field renamed" (English) or its Chinese, for a page's summary. */
export function revisionsSummary(r: DatasetRevisions, lang: 'zh' | 'en'): string {
  const parts: [number, string, string, string][] = [
    [r.changed.length, '个数值修订', 'value revised', 'values revised'],
    [r.added.length, '行新增', 'row added', 'rows added'],
    [r.removed.length, '行删去', 'row removed', 'rows removed'],
    [r.fieldsAdded.length, '个字段新增', 'field added', 'fields added'],
    [r.fieldsRemoved.length, '个字段删去', 'field removed', 'fields removed'],
    [r.fieldsRenamed.length, '个字段改名', 'field renamed', 'fields renamed'],
    [r.typeChanged.length, '个字段改了类型', 'field retyped', 'fields retyped'],
  ];
  const said = parts.filter(([n]) => n > 0);
  if (!said.length) return lang === 'zh' ? '没有修订。' : 'No revisions.';
  return lang === 'zh'
    ? `${said.map(([n, zh]) => `${n}${zh}`).join('，')}。`
    : `${said.map(([n, , one, many]) => `${n} ${n === 1 ? one : many}`).join(', ')}.`;
}

/** The revisions as CSV rows: change, key, field, before, after (one line per value, row and field change). */
export function revisionsTable(r: DatasetRevisions): { columns: string[]; rows: (string | number | null)[][] } {
  const text = (v: Value) => (v === null ? null : typeof v === 'boolean' ? String(v) : v);
  return {
    columns: ['change', 'key', 'field', 'before', 'after'],
    rows: [
      ...r.changed.map((c) => ['value revised', c.key, c.field, text(c.before), text(c.after)]),
      ...r.added.map((k) => ['row added', k, null, null, null]),
      ...r.removed.map((k) => ['row removed', k, null, null, null]),
      ...r.fieldsAdded.map((f) => ['field added', null, f, null, null]),
      ...r.fieldsRemoved.map((f) => ['field removed', null, f, null, null]),
      ...r.fieldsRenamed.map((f) => ['field renamed', null, f.to, f.from, f.to]),
      ...r.typeChanged.map((t) => ['field retyped', null, t.field, t.from, t.to]),
    ],
  };
}
