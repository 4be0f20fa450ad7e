import type { RenderedFigure } from './render-figure.ts';

type Table = RenderedFigure['table'];
type Cell = Table['rows'][number][number];

/**
 * The cells of a figure's table whose value differs from the same figure drawn on the previous
 * edition's data (`before`): for each row and column, the value it had then, or undefined. Rows
 * are matched by their label (the first column; the n-th of repeated labels with the n-th);
 * labels, rows new in this edition and columns the previous table lacks are never marked.
 */
export function revisedCells(now: Table, before: Table): (Cell | undefined)[][] {
  const previous = new Map<string, Table['rows']>();
  for (const row of before.rows) {
    const label = String(row[0] ?? '');
    (previous.get(label) ?? previous.set(label, []).get(label)!).push(row);
  }
  const column = now.columns.map((c) => before.columns.indexOf(c));
  const seen = new Map<string, number>();
  return now.rows.map((row) => {
    const label = String(row[0] ?? '');
    const n = seen.get(label) ?? 0;
    seen.set(label, n + 1);
    const then = previous.get(label)?.[n];
    return row.map((cell, i) => {
      const j = column[i]!;
      if (!then || i === 0 || j < 0) return undefined;
      return same(cell, then[j] ?? null) ? undefined : (then[j] ?? null);
    });
  });
}

function same(a: Cell, b: Cell): boolean {
  if (typeof a === 'number' && typeof b === 'number')
    return a === b || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
  return (a ?? null) === (b ?? null);
}
