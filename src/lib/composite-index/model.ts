// A ranking's model: its rows prepared (coverage, imputation) and, per variant of the method,
// the matrix of treated and normalised indicators the aggregation reads.
import type { Row } from '../datasets/row.ts';
import { compile, geometricShift, type Plan } from './evaluate.ts';
import { normalisationOf, type Node } from './hierarchy.ts';
import { impute, prepare, type Prepared } from './missing.ts';
import { normalise } from './normalise.ts';
import type { Aggregation, RankingSpec } from './spec.ts';
import { transformDomain, transformValue } from './transform.ts';
import { winsoriseQuantiles, winsoriseSkewKurtosis } from './winsorise.ts';
import type { Matrix, Model, RankingIssue, RankingNote, Variant } from './ranking-types.ts';

const key = (v: Variant) => `${v.normalisation ?? ''}|${v.aggregation ?? ''}|${v.impute ?? ''}|${v.transforms ?? ''}`;

/** Prepare the rows (coverage) and compile the hierarchy once; matrices are made on demand and kept. */
export function buildModel(spec: RankingSpec, root: Node, rows: readonly Row[]): Model {
  const prepared = prepare(rows, spec.entity, spec.indicators, spec.missing.minCoverage);
  const plan = compile(
    root,
    spec.indicators.map((i) => i.id),
    (node) => node.aggregation ?? spec.aggregation,
  );
  const normalised = new Map<string, Omit<Matrix, 'shift'>>();
  const cache = new Map<string, Matrix>();
  return {
    spec,
    plan,
    prepared,
    matrix(asked = {}) {
      // A variant that changes nothing is the declared matrix: one key for both.
      const variant: Variant = {
        normalisation:
          asked.normalisation && spec.indicators.some((i) => normalisationOf(spec, i) !== asked.normalisation)
            ? asked.normalisation
            : undefined,
        aggregation:
          asked.aggregation && plan.methods.some((m) => m !== asked.aggregation) ? asked.aggregation : undefined,
        impute: asked.impute && asked.impute !== spec.missing.impute ? asked.impute : undefined,
        transforms:
          asked.transforms === false && spec.indicators.some((i) => i.transform !== 'none' || i.outliers)
            ? false
            : undefined,
      };
      const k = key(variant);
      let m = cache.get(k);
      if (!m) {
        // The aggregation only decides the shift: normalise once per (normalisation, imputation, transforms).
        const nk = key({ ...variant, aggregation: undefined });
        let base = normalised.get(nk);
        if (!base) normalised.set(nk, (base = indicatorMatrix(spec, prepared, variant)));
        cache.set(k, (m = withShift(spec, plan, base, variant.aggregation)));
      }
      return m;
    },
  };
}

/** The shift a variant's geometric and harmonic means use: the stated one, or one making the smallest value 1. */
function withShift(
  spec: RankingSpec,
  plan: Plan,
  base: Omit<Matrix, 'shift'>,
  aggregation: Aggregation | undefined,
): Matrix {
  const { columns } = base;
  const usesMeans = (aggregation ? [aggregation] : plan.methods).some((m) => m === 'geometric' || m === 'harmonic');
  // A Monte Carlo alternative (geometric over min–max zeros) needs a shift the declared method does not: make one.
  const shift = !usesMeans
    ? 0
    : spec.shift === 'auto' || (aggregation && spec.shift === 0 && minimum(columns) <= 0)
      ? geometricShift(columns)
      : spec.shift;
  const notes =
    usesMeans && shift > 0 && spec.shift === 'auto'
      ? [...base.notes, { key: 'shift' as const, value: shift }]
      : base.notes;
  return { ...base, notes, shift };
}

/** Impute, treat (cap, floor, outliers, transform) and normalise every indicator. */
function indicatorMatrix(spec: RankingSpec, prepared: Prepared, variant: Variant): Omit<Matrix, 'shift'> {
  const { columns: raw, imputed } = impute(prepared.columns, variant.impute ?? spec.missing.impute);
  const notes: RankingNote[] = [];
  const issues: RankingIssue[] = [];
  const treat = variant.transforms ?? true;
  const columns = spec.indicators.map((ind, k) => {
    const x = raw[k]!;
    if (ind.floor !== undefined) for (let e = 0; e < x.length; e++) if (x[e]! < ind.floor) x[e] = ind.floor;
    if (ind.cap !== undefined) for (let e = 0; e < x.length; e++) if (x[e]! > ind.cap) x[e] = ind.cap;
    const known = x.reduce((n, v) => (Number.isNaN(v) ? n : n + 1), 0);
    if (treat && ind.outliers) {
      if (known < 5)
        issues.push({
          path: ['indicators', k, 'outliers'],
          expected: 'at least 5 values to treat outliers',
          found: `${known} value${known === 1 ? '' : 's'} of "${ind.column}"`,
        });
      else if (ind.outliers.method === 'winsorise') {
        const changed = winsoriseQuantiles(x, ...ind.outliers.quantiles);
        if (changed.length)
          notes.push({
            key: 'winsorised',
            indicator: ind.id,
            count: changed.length,
            entities: changed.map((e) => prepared.labels[e]!),
          });
      } else {
        const { changed, stillOutlying } = winsoriseSkewKurtosis(
          x,
          ind.outliers.skew,
          ind.outliers.kurtosis,
          ind.outliers.maxPoints,
        );
        if (changed.length)
          notes.push({
            key: 'winsorised',
            indicator: ind.id,
            count: changed.length,
            entities: changed.map((e) => prepared.labels[e]!),
          });
        if (stillOutlying) notes.push({ key: 'stillOutlying', indicator: ind.id, count: ind.outliers.maxPoints });
      }
    }
    const t = treat ? ind.transform : 'none';
    if (t !== 'none') {
      for (let e = 0; e < x.length; e++) {
        const v = x[e]!;
        if (Number.isNaN(v)) continue;
        const y = transformValue(v, t);
        if (Number.isNaN(y))
          issues.push({
            path: ['indicators', k, 'transform'],
            row: prepared.rows[e],
            column: ind.column,
            expected: `${transformDomain[t]} for the ${t} transform of indicator "${ind.id}"`,
            found: `${v} for "${prepared.labels[e]}"`,
          });
        x[e] = y;
      }
    }
    const method = variant.normalisation ?? normalisationOf(spec, ind);
    const goalposts =
      ind.goalposts && method === 'goalposts'
        ? { min: transformValue(ind.goalposts.min, t), max: transformValue(ind.goalposts.max, t) }
        : undefined;
    // A Monte Carlo alternative of `goalposts` for an indicator that has none falls back to min–max.
    const r = normalise(x, method === 'goalposts' && !goalposts ? 'minmax' : method, ind.direction, {
      scale: spec.scale,
      target: ind.target,
      goalposts,
    });
    if (r.flat) notes.push({ key: 'flat', indicator: ind.id, value: r.out.find((v) => !Number.isNaN(v)) ?? NaN });
    return r.out;
  });
  return { columns, imputed, notes, issues };
}

function minimum(columns: readonly Float64Array[]): number {
  let min = Infinity;
  for (const c of columns) for (const v of c) if (v < min) min = v;
  return min;
}
