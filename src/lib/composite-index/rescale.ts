/** Columns restricted to the rows where every column has a value, each min–max rescaled to 0–1 (a flat column becomes
 * 0). */
export function rescaled(columns: readonly Float64Array[]): Float64Array[] {
  const n = columns[0]?.length ?? 0;
  const rows: number[] = [];
  for (let e = 0; e < n; e++) if (columns.every((c) => !Number.isNaN(c[e]!))) rows.push(e);
  return columns.map((c) => {
    const xs = Float64Array.from(rows, (e) => c[e]!);
    let lo = Infinity;
    let hi = -Infinity;
    for (const x of xs) {
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    return xs.map((x) => (hi > lo ? (x - lo) / (hi - lo) : 0));
  });
}
