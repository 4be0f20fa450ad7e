import { describe, expect, it } from 'vitest';
import { revisedCells } from '../../../src/lib/figures/revised-cells.ts';

describe('revisedCells(now, before)', () => {
  it('gives the previous value of each cell that changed, matching rows by label, not by position', () => {
    const before = {
      columns: ['省份', '数量'],
      rows: [
        ['浙江', 15],
        ['江苏', 7],
        ['山东', 7],
      ],
    };
    const now = {
      columns: ['省份', '数量'],
      rows: [
        ['江苏', 7],
        ['浙江', 16],
        ['广东', 6],
      ],
    };
    expect(revisedCells(now, before)).toEqual([
      [undefined, undefined],
      [undefined, 15],
      [undefined, undefined],
    ]);
  });
  it('marks a value that became missing or appeared, and ignores a rounding crumb', () => {
    const before = { columns: ['x', 'a', 'b'], rows: [['一', 1.1 + 2.2, null]] };
    const now = { columns: ['x', 'a', 'b'], rows: [['一', 3.3, 4]] };
    expect(revisedCells(now, before)).toEqual([[undefined, undefined, null]]);
    expect(revisedCells(before, now)).toEqual([[undefined, undefined, 4]]);
  });
  it('matches repeated labels in turn and leaves columns the previous table lacks unmarked', () => {
    const before = {
      columns: ['年', '值'],
      rows: [
        ['2016', 1],
        ['2016', 2],
      ],
    };
    const now = {
      columns: ['年', '值', '新列'],
      rows: [
        ['2016', 1, 9],
        ['2016', 3, 9],
        ['2016', 5, 9],
      ],
    };
    expect(revisedCells(now, before)).toEqual([
      [undefined, undefined, undefined],
      [undefined, 2, undefined],
      [undefined, undefined, undefined],
    ]);
  });
});
