// buildSite(options, effects) with fake effects: what it says and whether it runs Astro, on a copy
// of the project, without starting Astro.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOptions, buildSite, type BuildEffects, writeStamp } from '../../../src/lib/build/index.ts';
import { inputsHash, outputFingerprint } from '../../../src/lib/cache/index.ts';
import type { RunOptions, RunResult } from '../../../src/lib/shards/index.ts';
import { fixtureProject, type FixtureProject } from '../../helpers/fixture-project.ts';

let project: FixtureProject;
beforeAll(() => {
  project = fixtureProject();
});
afterAll(() => project?.remove());

/** Effects that record what the build says, and Astro runs that end as `result` says. */
function fakeEffects(result?: (shards: string[], options: RunOptions) => Partial<RunResult>) {
  const said: string[] = [];
  const runs: string[][] = [];
  const effects: BuildEffects = {
    log: (l) => said.push(l),
    warn: (l) => said.push(l),
    error: (l) => said.push(l),
    raw: (t) => said.push(`raw: ${t}`),
    pid: 4242,
    runBuilds: async (planned, options) => {
      runs.push(...planned.map((p) => [...p]));
      return planned.map((shards, i) => ({
        shards,
        outDir: options.outDir(i),
        ok: true,
        seconds: 1,
        output: '',
        ...result?.(shards, options),
      }));
    },
  };
  return { effects, said, runs };
}

const options = (env: Record<string, string>, args: string[] = []) => buildOptions(args, { ...env }, project.dir);

describe('buildSite(options, effects)', () => {
  it('stops on a content problem before any Astro run, saying each problem, and writes nothing', async () => {
    const chapter = join(project.dir, 'content/2018/chapters/b1.mdx');
    const text = readFileSync(chapter, 'utf8');
    writeFileSync(chapter, text.replace('column="count">127</Assert>', 'column="count">128</Assert>'));
    try {
      const { effects, said, runs } = fakeEffects();
      expect(await buildSite(options({ BLUEBOOK_CACHE: 'off' }), effects)).toBe(1);
      expect(runs).toEqual([]);
      expect(said.join('\n')).toMatch(
        /content\/2018\/chapters\/b1\.mdx:\d+:\d+ {2}<Assert[^\n]*expected 127[^\n]*found the text says 128/,
      );
      expect(said.at(-1)).toMatch(/^\n✗ Build stopped: 1 problem in the content \(.*\)\. Nothing was written\.$/);
      expect(existsSync(join(project.dir, 'dist'))).toBe(false);
    } finally {
      writeFileSync(chapter, text);
    }
  });

  it('an Astro run that fails: its output, then what failed, the previous dist/ untouched and no temporary site left', async () => {
    mkdirSync(join(project.dir, 'dist'), { recursive: true });
    writeFileSync(join(project.dir, 'dist/index.html'), '<p>the last site</p>');
    const { effects, said, runs } = fakeEffects(() => ({ ok: false, output: 'astro said no' }));
    expect(await buildSite(options({ BLUEBOOK_CACHE: 'off' }), effects)).toBe(1);
    expect(runs).toEqual([['2018', 'site']]);
    expect(said).toContain('raw: astro said no');
    expect(said.at(-1)).toBe('✗ astro build of 2018, site failed; the previous dist/ is unchanged.');
    expect(readFileSync(join(project.dir, 'dist/index.html'), 'utf8')).toBe('<p>the last site</p>');
    expect(existsSync(join(project.dir, 'dist.tmp-4242'))).toBe(false);
  });

  it("gives two projects sharing a build cache (and node_modules) their own Astro cache: one's content store is not the other's", async () => {
    const cache = join(project.dir, 'shared-cache');
    const other = fixtureProject();
    try {
      const folders: string[] = [];
      for (const root of [project.dir, other.dir]) {
        const { effects } = fakeEffects((shards, o) => {
          folders.push(o.astroCache(shards));
          return { ok: false };
        });
        await buildSite(buildOptions([], { BLUEBOOK_CACHE: cache }, root), effects);
      }
      expect(folders).toHaveLength(2);
      expect(folders[0]).not.toBe(folders[1]);
      expect(folders.every((f) => f.startsWith(join(cache, 'astro')))).toBe(true);
    } finally {
      other.remove();
    }
  });

  it('--edition with a shard the series does not have: says which shards there are, runs nothing', async () => {
    const { effects, said, runs } = fakeEffects();
    expect(await buildSite(options({ BLUEBOOK_CACHE: 'off' }, ['--edition', '2077']), effects)).toBe(1);
    expect(runs).toEqual([]);
    expect(said.at(-1)).toBe('✗ no such shard: 2077 (the shards are 2018, site)');
  });

  it('nothing changed since the last build (same inputs, dist/ as it left it): says so and runs nothing; --force runs', async () => {
    const cache = join(project.dir, '.cache-test');
    const { effects, said, runs } = fakeEffects();
    const outKey = (await import('node:crypto'))
      .createHash('sha256')
      .update(join(project.dir, 'dist'))
      .digest('hex')
      .slice(0, 16);
    writeStamp(join(cache, `last-build-${outKey}.json`), {
      inputs: inputsHash(project.dir),
      output: outputFingerprint(join(project.dir, 'dist')),
    });
    expect(await buildSite(options({ BLUEBOOK_CACHE: cache }), effects)).toBe(0);
    expect(runs).toEqual([]);
    expect(said).toEqual([
      expect.stringMatching(
        /^✓ nothing changed since the last build: .*dist is current \(\d+\.\d s; --force rebuilds\)$/,
      ),
    ]);
    const forced = fakeEffects(() => ({ ok: false }));
    expect(await buildSite(options({ BLUEBOOK_CACHE: cache }, ['--force']), forced.effects)).toBe(1);
    expect(forced.runs).toEqual([['2018', 'site']]);
  });
});

describe('buildOptions(args, env, root)', () => {
  it('reads the flags and BLUEBOOK_JOBS, and refuses an unknown flag', () => {
    const o = buildOptions(['--force', '--edition', '2019,site', '--shards', 'p'], { BLUEBOOK_JOBS: '3' }, '/r');
    expect(o).toMatchObject({
      root: '/r',
      force: true,
      editions: ['2019,site'],
      shards: 'p',
      jobs: 3,
      assemble: false,
    });
    expect(() => buildOptions(['--fast'], {}, '/r')).toThrow(/--fast/);
  });
});
