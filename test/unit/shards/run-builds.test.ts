import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../helpers/temp-dirs.ts';
import { deadRunFolders, runBuilds, runFolder } from '../../../src/lib/shards/run-builds.ts';

const tempDir = tempDirs('bluebook-runs-');
const deadPid = () =>
  Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);

describe('runFolder(root, pid, i)', () => {
  it('is inside the project, one folder per run and per build process', () => {
    const root = '/work/project';
    const folders = [runFolder(root, 7, 0), runFolder(root, 7, 1), runFolder(root, 8, 0)];
    expect(new Set(folders).size).toBe(3);
    for (const f of folders) expect(relative(root, f)).toMatch(/^\.astro\/bluebook-runs\/\d+-\d+$/);
  });
});

describe('runBuilds(runs, options)', () => {
  it('refuses a run folder outside the project (Astro would put its chunks in the shared .astro/) and starts nothing', async () => {
    const root = tempDir();
    const outside = join(tmpdir(), 'bluebook-shards-elsewhere', '.run-0');
    const run = runBuilds([['2018'], ['2019']], {
      root,
      jobs: 2,
      verbose: false,
      outDir: (i) => (i ? outside : runFolder(root, 1, i)),
      astroCache: () => join(root, 'cache'),
    });
    await expect(run).rejects.toThrow(`${outside} is not`);
  });
});

describe('deadRunFolders(root)', () => {
  it('lists the run folders of build processes that are gone, not a running one’s or other names', () => {
    const root = tempDir();
    const dead = deadPid();
    for (const name of [`${dead}-0`, `${dead}-1`, `${process.pid}-0`, 'notes', `${dead}-x`])
      mkdirSync(join(root, '.astro/bluebook-runs', name), { recursive: true });
    expect(deadRunFolders(root).sort()).toEqual(
      [`${dead}-0`, `${dead}-1`].map((n) => join(root, '.astro/bluebook-runs', n)),
    );
    expect(deadRunFolders(join(root, 'missing'))).toEqual([]);
  });
});
