import { describe, expect, it } from 'vitest';
import { formatProblem, ProblemError } from '../../src/lib/problems/problem.ts';

describe('formatProblem(problem)', () => {
  it('names file, line, column, field, expected and found', () => {
    expect(
      formatProblem({
        file: 'content/2018/chapters/b1.mdx',
        line: 3,
        column: 7,
        where: 'part',
        expected: 'one of 总报告, 主题报告',
        found: '"总报高"',
      }),
    ).toBe('content/2018/chapters/b1.mdx:3:7  part: expected one of 总报告, 主题报告; found "总报高"');
  });
  it('omits the column when there is no line', () => {
    expect(formatProblem({ file: 'a.csv', column: 2, expected: 'a file', found: 'nothing' })).toBe(
      'a.csv  expected a file; found nothing',
    );
  });
});

describe('new ProblemError(problems)', () => {
  it('lists every problem in its message', () => {
    const e = new ProblemError([
      { file: 'a.csv', line: 2, expected: 'x', found: 'y' },
      { file: 'a.csv', line: 5, expected: 'x', found: 'z' },
    ]);
    expect(e.message).toContain('2 problems');
    expect(e.message).toContain('a.csv:2');
    expect(e.message).toContain('a.csv:5');
  });
});
