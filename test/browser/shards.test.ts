// A series built in shards: one per edition and one for the site's own pages, each in its own
// process (or on its own CI runner: docs/parallel-builds.md), then assembled. The assembled site
// must be the site one build makes of everything, file by file, search index included.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureProject, type FixtureProject } from '../helpers/fixture-project.ts';
import { digest } from '../helpers/digest.ts';

/** The files two built sites do not share byte for byte. */
function differences(a: string, b: string): string[] {
  const x = digest(a);
  const y = digest(b);
  return [...new Set([...Object.keys(x), ...Object.keys(y)])].filter((f) => x[f] !== y[f]).sort();
}

function twoEditions(): FixtureProject {
  const p = fixtureProject();
  cpSync('test/fixtures/editions/2019', join(p.dir, 'content/2019'), { recursive: true });
  cpSync('test/fixtures/editions/data-2019', join(p.dir, 'data/2019'), { recursive: true });
  return p;
}

const ok = (r: { status: number | null; stdout: string; stderr: string }) => {
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
};

let whole: FixtureProject;
let inShards: FixtureProject;
beforeAll(() => {
  whole = twoEditions();
  inShards = twoEditions();
  // One Astro process renders every shard.
  ok(whole.build({ BLUEBOOK_CACHE: join(whole.dir, '.cache') }, ['--together']));
}, 300_000);
afterAll(() => {
  whole?.remove();
  inShards?.remove();
});

describe('a series built in shards on two machines and assembled', () => {
  it('equals the site built in one process, every file', () => {
    // Two "runners", each with its own cache and shards folder, as CI matrix jobs would be.
    const runner1 = join(inShards.dir, 'runner-1');
    const runner2 = join(inShards.dir, 'runner-2');
    ok(
      inShards.build({ BLUEBOOK_CACHE: join(runner1, 'cache') }, [
        '--edition',
        '2018',
        '--shards',
        join(runner1, 'shards'),
      ]),
    );
    const second = ok(
      inShards.build({ BLUEBOOK_CACHE: join(runner2, 'cache') }, [
        '--edition',
        '2019,site',
        '--shards',
        join(runner2, 'shards'),
      ]),
    );
    expect(second).toMatch(/built the 2019 edition and the site pages/);
    // The assembling job downloads every runner's shards into one folder.
    const shards = join(inShards.dir, 'shards');
    mkdirSync(shards);
    cpSync(join(runner1, 'shards'), shards, { recursive: true });
    cpSync(join(runner2, 'shards'), shards, { recursive: true });
    const assembled = ok(
      inShards.build({ BLUEBOOK_CACHE: join(inShards.dir, '.cache') }, ['--assemble', '--shards', shards]),
    );
    expect(assembled).toMatch(/assembled 3 shards/);
    expect(differences(join(whole.dir, 'dist'), join(inShards.dir, 'dist'))).toEqual([]);
    // The shards really were apart: the 2018 runner never rendered a 2019 page.
    expect(readdirSync(join(runner1, 'shards'))).toEqual(['2018']);
  });

  it('fills in what a shard cannot know: the 2018 pages switch to 2019 and say a newer edition exists', () => {
    const page = readFileSync(join(inShards.dir, 'dist/2018/b1/index.html'), 'utf8');
    expect(page).not.toContain('<!--bluebook:');
    expect(page).toMatch(/<a href="\/2019\/b1\/">2019年版（最新版）<\/a>/);
    expect(page).toMatch(/class="older-edition"[\s\S]*<a href="\/2019\/b1\/">/);
    expect(readFileSync(join(inShards.dir, 'dist/latest/b1/index.html'), 'utf8')).toMatch(/url=\/2019\/b1\//);
    const sitemap = readFileSync(join(inShards.dir, 'dist/sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://bluebook.example.org/2019/b1/</loc>');
    expect(sitemap).toContain('<loc>https://bluebook.example.org/en/2018/b1/</loc>');
    // Redirects say noindex: their targets are listed instead.
    expect(sitemap).not.toContain('/latest/');
  });

  it('refuses a shard built from other files than the checkout it is assembled with', () => {
    const shards = join(inShards.dir, 'shards');
    const chapter = join(inShards.dir, 'content/2019/chapters/b10.mdx');
    writeFileSync(chapter, readFileSync(chapter, 'utf8') + '\n\n补记一句。\n');
    const r = inShards.build({ BLUEBOOK_CACHE: join(inShards.dir, '.cache') }, ['--assemble', '--shards', shards]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /shard "2019" in .* was built from other files or settings than these \(rebuild it: npm run build -- --edition 2019\)/,
    );
    expect(r.stderr).not.toMatch(/shard "2018"/);
    expect(r.stderr).toMatch(/the previous dist\/ is unchanged/);
  });

  it('rebuilds only what an edit to the newest edition touches, and the result equals a full build', () => {
    // The chapter edited in the test before; the default build uses the assembled shards folder.
    const r = ok(
      inShards.build({ BLUEBOOK_CACHE: join(inShards.dir, '.cache'), BLUEBOOK_SHARDS: join(inShards.dir, 'shards') }),
    );
    expect(r).toMatch(/reused 1 unchanged shard: 2018/);
    expect(r).toMatch(/built the 2019 edition and the site pages/);
    expect(r).not.toMatch(/built the 2018 edition/);
    // The editions' pages are the same as before: 2018's filled pages come from the last dist/.
    expect(r).toMatch(/1 shard kept whole from the last build/);
    // Search: the 2019 edition alone is indexed again, 2018 keeps its index (the site pages' shard
    // has no page to index).
    expect(r).toMatch(/search index: .* \(1 of 2 shards indexed, the others' indexes kept\)/);
    expect(readFileSync(join(inShards.dir, 'dist/2019/b10/index.html'), 'utf8')).toContain('补记一句。');
    // The stamp it left, gathered from the folders the site was made of, is the finished dist/'s.
    expect(
      ok(
        inShards.build({ BLUEBOOK_CACHE: join(inShards.dir, '.cache'), BLUEBOOK_SHARDS: join(inShards.dir, 'shards') }),
      ),
    ).toMatch(/nothing changed since the last build/);
    const chapter = join(whole.dir, 'content/2019/chapters/b10.mdx');
    writeFileSync(chapter, readFileSync(chapter, 'utf8') + '\n\n补记一句。\n');
    ok(whole.build({ BLUEBOOK_CACHE: join(whole.dir, '.cache') }, ['--together', '--force']));
    expect(differences(join(whole.dir, 'dist'), join(inShards.dir, 'dist'))).toEqual([]);
  });
});

describe('the assembled site’s link check', () => {
  it('checks links across shards with what each shard read of its pages: a missing anchor in another edition stops the build', () => {
    const chapter = join(inShards.dir, 'content/2018/chapters/b1.mdx');
    const text = readFileSync(chapter, 'utf8');
    writeFileSync(chapter, `${text}\n\n参见[下一版](/2019/b1/)和[不存在的小节](/2019/b1/#no-such-section)。\n`);
    const before = readFileSync(join(inShards.dir, 'dist/2018/b1/index.html'), 'utf8');
    const r = inShards.build({
      BLUEBOOK_CACHE: join(inShards.dir, '.cache'),
      BLUEBOOK_SHARDS: join(inShards.dir, 'shards'),
    });
    expect(r.status).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => l.includes('is broken'));
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^\/2018\/b1\/index\.html: link \/2019\/b1\/#no-such-section is broken \(no element with id "no-such-section" on \/2019\/b1\/index\.html\)$/,
        ),
      ]),
    );
    // The link to the other edition's page itself is fine, and so is every other link.
    expect(lines.filter((l) => !l.includes('no-such-section'))).toEqual([]);
    expect(readFileSync(join(inShards.dir, 'dist/2018/b1/index.html'), 'utf8')).toBe(before);
    writeFileSync(chapter, text);
  });
});
