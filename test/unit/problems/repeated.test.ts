import { describe, expect, it } from 'vitest';
import { collectProblems, LISTED_EACH } from '../../../src/lib/problems/repeated.ts';
import type { Problem } from '../../../src/lib/problems/problem.ts';

const at = (line: number, found: string, where = 'day'): Problem => ({
  file: 'a.csv',
  line,
  column: 2,
  where,
  expected: 'a date',
  found,
});

describe('collectProblems(file, cap)', () => {
  it('lists a cause seen up to LISTED_EACH times at each place', () => {
    const c = collectProblems('a.csv', 50);
    for (let i = 0; i < LISTED_EACH; i++) c.add(at(2 + i, `"2018/1/${i + 1}"`));
    expect(c.list().map((p) => p.line)).toEqual([2, 3, 4]);
  });

  it('merges a cause seen more often into one problem at its first place, with the count and the lines', () => {
    const c = collectProblems('a.csv', 50);
    for (let i = 0; i < 10; i++) c.add(at(2 + i, `"2018/${i + 1}/1"`));
    c.add(at(20, '"2018/1/1"'));
    expect(c.list()).toEqual([
      {
        ...at(2, '"2018/1/1"'),
        found: '"2018/1/1" on 11 rows, first at line 2, last at line 20 (one cause: fix it once)',
      },
    ]);
  });

  it('keeps different mistakes apart: another shape of value, another field, another number outside quotes', () => {
    const c = collectProblems('a.csv', 50);
    for (const p of [
      at(2, '"2018/1/1"'),
      at(3, '"soon"'),
      at(4, '"2018/1/1"', 'start'),
      at(5, '7 cells'),
      at(6, '8 cells'),
    ])
      c.add(p);
    expect(c.list()).toHaveLength(5);
  });

  it('lists at most `cap` problems, then counts the rest', () => {
    const c = collectProblems('a.csv', 2);
    for (let i = 0; i < 5; i++) c.add(at(2 + i, String(-i)));
    const list = c.list();
    expect(list.map((p) => p.found)).toEqual(['0', '-1', '3 more not listed (only the first 2 are shown)']);
  });
});
