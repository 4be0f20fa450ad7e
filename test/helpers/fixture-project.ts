// A throw-away copy of the project for tests that build a changed site: node_modules is
// linked, everything else copied (Vite resolves symlinked sources to their real path, which
// changes the output), so a test can add or break files without touching the repo.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const linked = ['node_modules'];
const copied = ['src', 'public', 'scripts', 'content', 'data', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export interface FixtureProject {
  dir: string;
  /** Run `npm run build` there (scripts/build.ts on this Node), with extra environment variables and arguments. */
  build(env?: Record<string, string>, args?: string[]): SpawnSyncReturns<string>;
  remove(): void;
}

export function fixtureProject(): FixtureProject {
  const repo = resolve('.');
  const dir = mkdtempSync(join(tmpdir(), 'bluebook-project-'));
  for (const name of linked) if (existsSync(join(repo, name))) symlinkSync(join(repo, name), join(dir, name));
  for (const name of copied)
    if (existsSync(join(repo, name))) cpSync(join(repo, name), join(dir, name), { recursive: true });
  return {
    dir,
    build: (env = {}, args = []) =>
      spawnSync(process.execPath, [join(repo, 'scripts/build.ts'), ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      }),
    // Retried: the build removes the site it replaced in a process of its own, which may still be at it.
    remove: () => rmSync(dir, { recursive: true, force: true, maxRetries: 5 }),
  };
}
