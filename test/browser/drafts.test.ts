// An edition started with `npm run new-edition` is a draft: built for preview, but not published.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureProject, type FixtureProject } from '../helpers/fixture-project.ts';

let project: FixtureProject;
let check = '';
const page = (path: string) => readFileSync(join(project.dir, 'dist', path, 'index.html'), 'utf8');
beforeAll(() => {
  project = fixtureProject();
  const scaffold = spawnSync(process.execPath, [join(process.cwd(), 'scripts/new-edition.ts'), '2019'], {
    cwd: project.dir,
    encoding: 'utf8',
  });
  if (scaffold.status !== 0) throw new Error(scaffold.stderr);
  const checked = spawnSync(process.execPath, [join(process.cwd(), 'scripts/check.ts')], {
    cwd: project.dir,
    encoding: 'utf8',
  });
  check = checked.stdout + checked.stderr;
  const r = project.build();
  if (r.status !== 0) throw new Error(`draft build failed:\n${r.stdout}\n${r.stderr}`);
});
afterAll(() => project?.remove());

describe('a new edition, right after `npm run new-edition -- 2019`', () => {
  it('is a draft: / and /latest/ still lead to 2018, whose pages carry no "older edition" banner', () => {
    expect(page('')).toContain('/2018/');
    expect(page('latest')).toMatch(/url=\/2018\//);
    expect(page('2018/b1')).not.toContain('class="older-edition"');
  });
  it('every 2019 page says it is a draft, asks search engines to skip it and is left out of search', () => {
    for (const path of ['2019', '2019/b1', '2019/data']) {
      const html = page(path);
      expect(html).toContain('class="draft-edition"');
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).not.toContain('data-pagefind-body');
    }
  });
  it('is not in the sitemap', () => {
    const sitemap = readFileSync(join(project.dir, 'dist/sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/2018/');
    expect(sitemap).not.toContain('/2019/');
  });
  it('`npm run check` warns about datasets left empty while still marked published', () => {
    expect(check).toMatch(
      /warning: data\/2019\/datapackage\.json:\d+:\d+ {2}towns-2016-batch1 status: expected rows in a published dataset/,
    );
    expect(check).toContain('(draft: 2019)');
  });
  it('the edition switcher still offers 2019, and 2019 stays reachable', () => {
    expect(existsSync(join(project.dir, 'dist/2019/index.html'))).toBe(true);
    expect(page('2018/b1')).toContain('href="/2019/');
  });
});
