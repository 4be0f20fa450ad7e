import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content.ts';

const e2018 = checkContent('.').editions.find((e) => e.year === 2018)!;

describe('the 2018 case studies', () => {
  it('has the case the book names, tied to chapter B.8', () => {
    expect(e2018.cases.map((c) => [c.data.name, c.data.chapters])).toEqual([['玉皇山南基金小镇', ['b8']]]);
  });

  it('every key figure has a date and a source URL that is in the shared facts file', () => {
    const facts = readFileSync('data/2018/yuhuangshannan-fund-town.csv', 'utf8');
    for (const c of e2018.cases) {
      for (const f of c.data.figures) {
        expect(f.source.url, f.label).toBeTruthy();
        expect(facts, `${f.label} ${f.date}`).toContain(f.source.url!);
        expect(facts, `${f.label} ${f.date}`).toContain(f.date);
      }
    }
  });
});

describe('checkContent(case referring to a missing chapter)', () => {
  it('names the file, the line of the reference and the chapters that exist', async () => {
    const { mkdtempSync, cpSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'bluebook-case-'));
    cpSync('test/fixtures/content/valid', dir, { recursive: true });
    mkdirSync(join(dir, 'content/2030/cases'));
    writeFileSync(join(dir, 'content/2030/cases/x.mdx'), '---\nname: 测试小镇\nchapters:\n  - b1\n  - b7\n---\n');
    const problems = checkContent(dir).problems;
    rmSync(dir, { recursive: true, force: true });
    expect(problems).toEqual([
      {
        file: 'content/2030/cases/x.mdx',
        line: 5,
        column: 5,
        where: 'chapters',
        expected: 'a chapter of the 2030 edition: b1',
        found: '"b7"',
      },
    ]);
  });
});
