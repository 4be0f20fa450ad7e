import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/lib/check/run-checks.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const copyOf = (fixture: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'bluebook-cli-'));
  dirs.push(dir);
  cpSync(resolve(fixture), dir, { recursive: true });
  return dir;
};
const cli = (script: string, cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [resolve('scripts', script), ...args], { cwd, encoding: 'utf8' });

describe('npm run new-edition -- <year>', () => {
  it('scaffolds the next edition from the newest one, and the result passes the checks', () => {
    const dir = copyOf('test/fixtures/content/valid');
    const r = cli('new-edition.ts', dir, '2031');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Edition 2031 started from 2030');
    expect(r.stdout).toContain('Next:');
    const edition = readFileSync(join(dir, 'content/2031/edition.yaml'), 'utf8');
    expect(edition).toMatch(/^year: 2031$/m);
    expect(edition).toContain('测试报告（2031）');
    expect(edition).not.toMatch(/^isbn:/m);
    const chapter = readFileSync(join(dir, 'content/2031/chapters/b1.mdx'), 'utf8');
    expect(chapter).toMatch(/^status: title-only$/m);
    expect(chapter).not.toContain('正文');
    expect(runChecks(dir).problems).toEqual([]);
  });

  it('reduces CSVs to their header and keeps descriptors', () => {
    const dir = copyOf('test/fixtures/content/valid');
    mkdirSync(join(dir, 'data/2030'), { recursive: true });
    writeFileSync(join(dir, 'data/2030/towns.csv'), 'province,count\n浙江,8\n江苏,7\n');
    writeFileSync(join(dir, 'data/2030/datapackage.json'), '{"resources":[]}');
    expect(cli('new-edition.ts', dir, '2031').status).toBe(0);
    expect(readFileSync(join(dir, 'data/2031/towns.csv'), 'utf8')).toBe('province,count\n');
    expect(readFileSync(join(dir, 'data/2031/datapackage.json'), 'utf8')).toBe('{"resources":[]}');
  });

  it('refuses to overwrite an edition that exists', () => {
    const dir = copyOf('test/fixtures/content/valid');
    const r = cli('new-edition.ts', dir, '2030');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('content/2030 already exists: refusing to overwrite');
  });

  it('refuses a year with no earlier edition to start from', () => {
    const dir = copyOf('test/fixtures/content/valid');
    const r = cli('new-edition.ts', dir, '2001');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no edition before 2001');
    expect(existsSync(join(dir, 'content/2001'))).toBe(false);
  });
});

describe('npm run check', () => {
  it('prints every seeded problem as file:line:col and exits 1', () => {
    const dir = copyOf('test/fixtures/content/valid');
    const chapter = join(dir, 'content/2030/chapters/b1.mdx');
    writeFileSync(
      chapter,
      readFileSync(chapter, 'utf8').replace('part: general', 'part: genral').replace('page: 1', 'page: -3'),
    );
    writeFileSync(
      join(dir, 'content/2030/chapters/b2.mdx'),
      '---\ncode: B.1\npart: cases\ntitle: 重复\nauthors: [乙]\npage: 9\nstatus: title-only\n---\n',
    );
    const r = cli('check.ts', dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('content/2030/chapters/b1.mdx:6:7  page: expected a number > 0; found -3');
    expect(r.stderr).toContain(
      'content/2030/chapters/b1.mdx:3:7  part: expected one of the edition\'s parts: general, cases; found "genral"',
    );
    expect(r.stderr).toMatch(/content\/2030\/chapters\/b2\.mdx:2:7 {2}code: expected a code no other chapter has/);
    expect(r.stderr).toContain('3 problems found');
  });

  it('says so and exits 0 on clean content', () => {
    const r = cli('check.ts', copyOf('test/fixtures/content/valid'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/no problems/);
  });
});
