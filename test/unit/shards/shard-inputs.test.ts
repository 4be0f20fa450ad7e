import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shardHashes } from '../../../src/lib/shards/shard-inputs.ts';
import { readSeries } from '../../../src/lib/shards/series.ts';

function series(...years: number[]) {
  const root = mkdtempSync(join(tmpdir(), 'bluebook-shards-'));
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src/a.ts'), 'export const a = 1;\n');
  for (const y of years) addEdition(root, y);
  return root;
}
function addEdition(root: string, year: number, yaml = `year: ${year}\n`) {
  mkdirSync(join(root, 'content', String(year), 'chapters'), { recursive: true });
  mkdirSync(join(root, 'data', String(year)), { recursive: true });
  writeFileSync(join(root, 'content', String(year), 'edition.yaml'), yaml);
  writeFileSync(join(root, 'content', String(year), 'chapters/b1.mdx'), `# ${year}\n`);
  writeFileSync(join(root, 'data', String(year), 'a.csv'), 'x\n1\n');
}
const hashes = (root: string, env: NodeJS.ProcessEnv = {}) =>
  Object.fromEntries(shardHashes(root, readSeries(root), env));
/** The shards whose hash differs between two readings. */
const changed = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys({ ...a, ...b })
    .filter((k) => a[k] !== b[k])
    .sort();

describe('shardHashes(root, series, env)', () => {
  it('names one shard per edition and one for the site', () => {
    expect(Object.keys(hashes(series(2018, 2019))).sort()).toEqual(['2018', '2019', 'site']);
  });

  it('an edit to the newest edition leaves the older ones as built', () => {
    const root = series(2018, 2019);
    const before = hashes(root);
    writeFileSync(join(root, 'content/2019/chapters/b1.mdx'), '# 2019 edited\n');
    expect(changed(before, hashes(root))).toEqual(['2019', 'site']);
  });

  it('an edit to an older edition rebuilds it and the later ones, which compare with it', () => {
    const root = series(2018, 2019, 2020);
    const before = hashes(root);
    writeFileSync(join(root, 'data/2019/a.csv'), 'x\n2\n');
    expect(changed(before, hashes(root))).toEqual(['2019', '2020']);
  });

  it('a new edition leaves every built edition as it is', () => {
    const root = series(2018, 2019);
    const before = hashes(root);
    addEdition(root, 2020);
    expect(changed(before, hashes(root))).toEqual(['2020', 'site']);
  });

  it('a code change, a file outside the editions, the site address or the newest language rebuilds everything', () => {
    const root = series(2018, 2019);
    const before = hashes(root);
    writeFileSync(join(root, 'src/a.ts'), 'export const a = 2;\n');
    const code = hashes(root);
    expect(changed(before, code)).toEqual(['2018', '2019', 'site']);
    writeFileSync(join(root, 'content/README.md'), 'notes\n');
    expect(changed(code, hashes(root))).toEqual(['2018', '2019', 'site']);
    expect(changed(hashes(root), hashes(root, { BLUEBOOK_BASE: '/report/' }))).toEqual(['2018', '2019', 'site']);
    const zh = hashes(root);
    writeFileSync(join(root, 'content/2019/edition.yaml'), 'year: 2019\nlanguage: en\n');
    expect(changed(zh, hashes(root))).toEqual(['2018', '2019', 'site']);
  });

  it("an edition's own downloads or pictures in public/ rebuild that edition (and the site shard, which carries them), not the series", () => {
    const root = series(2018, 2019);
    const before = hashes(root);
    mkdirSync(join(root, 'public/downloads/2019'), { recursive: true });
    writeFileSync(join(root, 'public/downloads/2019/edition.pdf'), 'pdf');
    const pdf = hashes(root);
    expect(changed(before, pdf)).toEqual(['2019', 'site']);
    mkdirSync(join(root, 'public/images/2018'), { recursive: true });
    writeFileSync(join(root, 'public/images/2018/图 1.png'), 'png');
    expect(changed(pdf, hashes(root))).toEqual(['2018', '2019', 'site']);
    // A file of no edition (the favicon) is everyone's.
    const images = hashes(root);
    writeFileSync(join(root, 'public/favicon.svg'), '<svg/>');
    expect(changed(images, hashes(root))).toEqual(['2018', '2019', 'site']);
  });

  it('a draft becoming published changes only the site shard among the built editions', () => {
    const root = series(2018);
    addEdition(root, 2019, 'year: 2019\ndraft: true\n');
    const before = hashes(root);
    writeFileSync(join(root, 'content/2019/edition.yaml'), 'year: 2019\n');
    expect(changed(before, hashes(root))).toEqual(['2019', 'site']);
  });
});
