import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { formatProblem } from '../../../src/lib/problems/problem.ts';

const fixture = (name: string) => `test/fixtures/content/${name}`;
const chapter = 'content/2030/chapters/b1.mdx';

describe('checkContent(root)', () => {
  it('checkContent(valid) finds no problem and returns the edition with its chapter', () => {
    const r = checkContent(fixture('valid'));
    expect(r.problems).toEqual([]);
    expect(r.editions.map((e) => e.year)).toEqual([2030]);
    expect(r.editions[0]!.chapters.map((c) => [c.slug, c.data.code, c.data.part])).toEqual([['b1', 'B.1', 'general']]);
  });

  it('checkContent(unknown part) names the file, the line of `part:`, the parts expected and the value found', () => {
    const [p, ...rest] = checkContent(fixture('unknown-part')).problems;
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ file: chapter, line: 3, column: 7, where: 'part', found: '"genral"' });
    expect(p!.expected).toContain('general, cases');
  });

  it('checkContent(missing field) reports the missing field as (missing)', () => {
    const problems = checkContent(fixture('missing-field')).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: chapter, where: 'authors', found: '(missing)' });
    expect(problems[0]!.expected).toMatch(/array/);
  });

  it('checkContent(wrong type) places the problem at the value on line 6', () => {
    const [p] = checkContent(fixture('wrong-type')).problems;
    expect(p).toMatchObject({ file: chapter, line: 6, column: 7, where: 'page', found: '"第一页"' });
    expect(p!.expected).toContain('number');
  });

  it('checkContent(duplicate code) points at the second file and names the first', () => {
    const problems = checkContent(fixture('duplicate-code')).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/2030/chapters/b1.mdx', line: 2, where: 'code', found: '"B.1"' });
    expect(problems[0]!.expected).toContain('content/2030/chapters/b1-copy.mdx');
  });

  it('checkContent(unknown field) names the unknown field and the fields it knows', () => {
    const [p] = checkContent(fixture('unknown-field')).problems.filter((x) => x.where === 'auther');
    expect(p).toMatchObject({ file: chapter, line: 5, column: 1, found: 'unknown field "auther"' });
    expect(p!.expected).toContain('code');
  });

  it('checkContent(bad status) lists the allowed statuses', () => {
    const [p] = checkContent(fixture('bad-status')).problems;
    expect(p).toMatchObject({ file: chapter, line: 7, where: 'status', found: '"draft"' });
    expect(p!.expected).toBe('one of full, partial, abstract-only, title-only');
  });

  it('checkContent(status full with an empty body) asks for the text', () => {
    const [p] = checkContent(fixture('empty-body')).problems;
    expect(p).toMatchObject({ file: chapter, where: 'status', found: 'an empty body' });
  });

  it('checkContent(year differs from folder) points at `year:` in edition.yaml', () => {
    const [p] = checkContent(fixture('year-mismatch')).problems;
    expect(p).toMatchObject({
      file: 'content/2030/edition.yaml',
      line: 2,
      where: 'year',
      expected: "2030 (the folder's name)",
      found: '2031',
    });
  });

  it('checkContent(YAML syntax error) reports the line inside the frontmatter', () => {
    const [p] = checkContent(fixture('yaml-syntax')).problems;
    expect(p!.file).toBe(chapter);
    expect(p!.expected).toBe('valid YAML');
    expect(p!.line).toBeGreaterThanOrEqual(5);
    expect(formatProblem(p!)).toMatch(/^content\/2030\/chapters\/b1\.mdx:\d+:\d+ /);
  });
});

describe('checkContent(root) and file names that become URLs', () => {
  it('"b 10.mdx" gets the URL segment b-10; a second file with the same URL ("b-10.mdx") is refused', async () => {
    const { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'bluebook-names-'));
    try {
      cpSync(fixture('valid'), dir, { recursive: true });
      const b1 = readFileSync(join(dir, 'content/2030/chapters/b1.mdx'), 'utf8');
      writeFileSync(join(dir, 'content/2030/chapters/b 10.mdx'), b1.replace('code: B.1', 'code: B.10'));
      const ok = checkContent(dir);
      expect(ok.problems).toEqual([]);
      expect(ok.editions[0]!.chapters.map((c) => c.slug)).toEqual(['b1', 'b-10']);
      writeFileSync(join(dir, 'content/2030/chapters/b-10.mdx'), b1.replace('code: B.1', 'code: B.11'));
      expect(checkContent(dir).problems.map(formatProblem)).toEqual([
        'content/2030/chapters/b-10.mdx:1:1  file name: expected a file name whose URL no other page has (it becomes /…/b-10/); found "b-10.mdx", the same URL as "b 10.mdx"',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
