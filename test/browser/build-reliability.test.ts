// A build never fails for the wrong reason: two editions' Astro runs at once with no cache, two
// builds started together in one checkout, and a build killed mid-way.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureProject, type FixtureProject } from '../helpers/fixture-project.ts';
import { digest } from '../helpers/digest.ts';

let project: FixtureProject;
beforeAll(() => {
  project = fixtureProject();
  cpSync('test/fixtures/editions/2019', join(project.dir, 'content/2019'), { recursive: true });
  cpSync('test/fixtures/editions/data-2019', join(project.dir, 'data/2019'), { recursive: true });
});
afterAll(() => project?.remove());

const cache = () => ({ BLUEBOOK_CACHE: join(project.dir, '.cache') });

/** `npm run build` in the fixture, started now: its output as it comes, and how it ended. */
function startBuild(env: Record<string, string>, args: string[] = []) {
  const child = spawn(process.execPath, [join(process.cwd(), 'scripts/build.ts'), ...args], {
    cwd: project.dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) =>
    child.on('close', (code, signal) => ok({ code, signal })),
  );
  const saw = async (re: RegExp) => {
    while (!re.test(output)) {
      if (child.exitCode !== null) throw new Error(`the build ended before ${re}:\n${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { child, ended, saw, output: () => output };
}

/** The processes still running for the build script `pid` (its Astro runs carry BLUEBOOK_BUILD_PID). */
function runsOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        return readFileSync(`/proc/${p}/environ`, 'utf8').split('\0').includes(`BLUEBOOK_BUILD_PID=${pid}`);
      } catch {
        return false;
      }
    })
    .map(Number);
}

const until = async (ok: () => boolean, ms: number) => {
  for (const end = Date.now() + ms; !ok() && Date.now() < end; ) await new Promise((r) => setTimeout(r, 100));
  return ok();
};

describe('a two-edition site built with BLUEBOOK_CACHE=off from a clean copy', () => {
  it('builds: each Astro run writes its chunks in a folder of its own, however the runs overlap', () => {
    const r = project.build({ BLUEBOOK_CACHE: 'off' }, ['--jobs', '2']);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/built the 2018 edition/);
    expect(r.stdout).toMatch(/built the 2019 edition and the site pages/);
    expect(existsSync(join(project.dir, 'dist/2019/b1/index.html'))).toBe(true);
    // Nothing is left of the runs.
    expect(readdirSync(join(project.dir, '.astro/bluebook-runs'))).toEqual([]);
  }, 300_000);
});

describe('two builds started at once in one checkout', () => {
  it('the second waits for the first, says so, then runs; dist/ is one whole site', async () => {
    const first = startBuild(cache(), ['--force']);
    await first.saw(/✓ checked/);
    const second = startBuild(cache());
    const [a, b] = await Promise.all([first.ended, second.ended]);
    expect(a.code, first.output()).toBe(0);
    expect(b.code, second.output()).toBe(0);
    expect(second.output()).toMatch(
      new RegExp(
        `another build \\(process ${first.child.pid}, started [^)]+\\) is running here: waiting for it to end`,
      ),
    );
    // It ran after the first had written dist/: nothing had changed since.
    expect(second.output()).toMatch(/nothing changed since the last build/);
    expect(first.output()).not.toMatch(/waiting/);
  }, 300_000);
});

describe('a build killed mid-way', () => {
  for (const signal of ['SIGKILL', 'SIGINT'] as const) {
    it(`by ${signal} leaves dist/ as it was, stops its Astro runs, and the next build succeeds`, async () => {
      const before = digest(join(project.dir, 'dist'));
      const build = startBuild(cache(), ['--force']);
      // Killed while Astro renders: a run's folder exists.
      await build.saw(/✓ checked/);
      expect(
        await until(
          () =>
            existsSync(join(project.dir, '.astro/bluebook-runs')) &&
            readdirSync(join(project.dir, '.astro/bluebook-runs')).length > 0,
          60_000,
        ),
      ).toBe(true);
      const pid = build.child.pid!;
      build.child.kill(signal);
      const end = await build.ended;
      if (signal === 'SIGINT') {
        expect(end.code).toBe(130);
        expect(build.output()).toMatch(/build stopped \(SIGINT\); the previous dist\/ is unchanged/);
      } else expect(end.signal).toBe('SIGKILL');
      expect(await until(() => runsOf(pid).length === 0, 10_000)).toBe(true);
      expect(digest(join(project.dir, 'dist'))).toEqual(before);
      const next = project.build(cache(), ['--force']);
      expect(next.status, next.stdout + next.stderr).toBe(0);
      expect(digest(join(project.dir, 'dist'))).toEqual(before);
      // The killed build's leftovers went with the next one (removed in the background, as is the
      // site it replaced).
      expect(await until(() => !readdirSync(project.dir).some((n) => n.startsWith('dist.')), 10_000)).toBe(true);
      expect(await until(() => readdirSync(join(project.dir, '.astro/bluebook-runs')).length === 0, 10_000)).toBe(true);
    }, 300_000);
  }
});
