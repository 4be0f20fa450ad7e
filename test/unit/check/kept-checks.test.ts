import { cpSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../helpers/temp-dirs.ts';
import { keptChecks } from '../../../src/lib/check/kept-checks.ts';
import { runChecks, type EditionCheck } from '../../../src/lib/check/run-checks.ts';

const tempDir = tempDirs('bluebook-checks-');

const check = (year: number, chapters: number): EditionCheck => ({
  year,
  problems: [],
  warnings: [],
  edition: true,
  draft: false,
  counts: { chapters, datasets: 1, refs: 0, figures: 0, rankings: 0 },
  towns: [],
});

describe('keptChecks(dir, inputs)', () => {
  it('gives back an edition check kept under the same hash, and says it reused it', () => {
    const dir = tempDir();
    keptChecks(dir, new Map([['2019', 'a'.repeat(64)]])).set(check(2019, 7));
    const again = keptChecks(dir, new Map([['2019', 'a'.repeat(64)]]));
    expect(again.get(2019)).toEqual(check(2019, 7));
    expect(again.reused).toEqual([2019]);
  });

  it('has nothing for a changed hash, and the new result replaces the old one', () => {
    const dir = tempDir();
    keptChecks(dir, new Map([['2019', 'a'.repeat(64)]])).set(check(2019, 7));
    const changed = keptChecks(dir, new Map([['2019', 'b'.repeat(64)]]));
    expect(changed.get(2019)).toBeUndefined();
    expect(changed.reused).toEqual([]);
    changed.set(check(2019, 8));
    expect(readdirSync(dir)).toEqual([`2019-${'b'.repeat(32)}.json`]);
    expect(keptChecks(dir, new Map([['2019', 'b'.repeat(64)]])).get(2019)?.counts.chapters).toBe(8);
  });

  it('with reuse: false, reads nothing kept but keeps what it is given (a forced build fills it for the next)', () => {
    const dir = tempDir();
    const forced = keptChecks(dir, new Map([['2019', 'a'.repeat(64)]]), { reuse: false });
    forced.set(check(2019, 7));
    expect(forced.get(2019)).toBeUndefined();
    expect(keptChecks(dir, new Map([['2019', 'a'.repeat(64)]])).get(2019)).toEqual(check(2019, 7));
  });

  it('keeps nothing for an edition without a hash (a data folder with no content), and reads past a broken file', () => {
    const dir = tempDir();
    const kept = keptChecks(dir, new Map());
    kept.set(check(2030, 1));
    expect(readdirSync(dir, { recursive: true })).toEqual([]);
    writeFileSync(join(dir, `2019-${'c'.repeat(32)}.json`), '{"year": 20');
    expect(keptChecks(dir, new Map([['2019', 'c'.repeat(64)]])).get(2019)).toBeUndefined();
  });
});

describe('runChecks(root, keptChecks(dir, inputs))', () => {
  it('reports the same on the second run, reading no edition again; an edited edition is read again', () => {
    const root = tempDir();
    for (const f of ['content', 'data']) cpSync(f, join(root, f), { recursive: true });
    const dir = tempDir();
    const first = runChecks(root, keptChecks(dir, new Map([['2018', 'a'.repeat(64)]])));
    const kept = keptChecks(dir, new Map([['2018', 'a'.repeat(64)]]));
    const second = runChecks(root, kept);
    expect(kept.reused).toEqual([2018]);
    expect(second).toEqual(first);
    expect(first.summary).toMatch(/^1 edition\(s\), \d+ chapters/);

    // A broken front matter, checked under the edition's new hash, is found.
    const chapter = join(
      root,
      'content/2018/chapters',
      readdirSync(join(root, 'content/2018/chapters')).find((f) => f.endsWith('.mdx') || f.endsWith('.md'))!,
    );
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace(/^title: .*$/m, 'title:'));
    const edited = keptChecks(dir, new Map([['2018', 'b'.repeat(64)]]));
    const third = runChecks(root, edited);
    expect(edited.reused).toEqual([]);
    expect(third.problems.length).toBeGreaterThan(0);
  });
});
