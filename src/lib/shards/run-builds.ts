import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { alive } from './remove-later.ts';
import { join, relative, isAbsolute } from 'node:path';
import { PAGES_STARTED, PEAK_MEMORY } from './shard-names.ts';

export interface RunResult {
  shards: string[];
  outDir: string;
  ok: boolean;
  seconds: number;
  /** The Astro process's peak resident memory in KiB, if it said. */
  peakKiB?: number | undefined;
  output: string;
}

export interface RunOptions {
  root: string;
  /** Where run `i` writes its site before it is split into shards. */
  outDir: (i: number) => string;
  /** Astro's own cache (content data store) for a run. */
  astroCache: (shards: string[]) => string;
  /** At most this many Astro processes at once. */
  jobs: number;
  verbose: boolean;
  env?: NodeJS.ProcessEnv;
  /** Told when a run ends, before the next ones do. */
  onDone?: (r: RunResult) => void;
}

/**
 * Where run `i` of the build in process `pid` writes its site. It must lie inside the project:
 * Astro writes a static build's server chunks (`.prerender/`) under its outDir only when that is
 * under the working directory, and otherwise under the project's own `.astro/`, the same folder
 * for every run — so two runs at once deleted each other's chunks ("Cannot find module
 * '.astro/.prerender/chunks/…'"), every time the shards were kept in a temporary folder
 * (BLUEBOOK_CACHE=off).
 */
export function runFolder(root: string, pid: number, i: number): string {
  return join(root, '.astro', 'bluebook-runs', `${pid}-${i}`);
}

/** The run folders left by builds whose process is gone (killed mid-way). */
export function deadRunFolders(root: string): string[] {
  const dir = join(root, '.astro', 'bluebook-runs');
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((n) => /^\d+-\d+$/.test(n) && !alive(Number(n.split('-')[0]))).map((n) => join(dir, n));
}

const inside = (root: string, path: string) => {
  const r = relative(root, path);
  return r !== '' && !r.startsWith('..') && !isAbsolute(r);
};

/**
 * Run one `astro build` per entry of `runs`, up to `jobs` at a time. Astro writes the content
 * modules of a build into the project's `.astro/` folder, which no setting moves, and reads them
 * while it bundles; so a run starts only once the one before it has bundled (it says so with
 * PAGES_STARTED), and the runs overlap where the time goes: rendering pages and images.
 * Stops starting runs after the first failure.
 */
export function runBuilds(runs: readonly string[][], options: RunOptions): Promise<RunResult[]> {
  const outside = runs.map((_, i) => options.outDir(i)).filter((d) => !inside(options.root, d));
  if (outside.length) {
    const list = outside.join(', ');
    return Promise.reject(
      new Error(`Astro runs must write inside the project (${options.root}); ${list} is not (see runFolder)`),
    );
  }
  const results: RunResult[] = [];
  let next = 0;
  let active = 0;
  // The run that is bundling, if any: no other run starts meanwhile.
  let holder: number | undefined;
  let failed = false;
  return new Promise((resolve) => {
    const pump = () => {
      while (!failed && holder === undefined && active < options.jobs && next < runs.length) start(next++);
      if (active === 0 && (failed || next >= runs.length)) resolve(results);
    };
    const start = (i: number) => {
      const shards = runs[i]!;
      const outDir = options.outDir(i);
      const t0 = performance.now();
      active++;
      holder = i;
      let output = '';
      // A larger young generation: page rendering makes short-lived garbage fast, and the default
      // semi-space has V8 collect it several hundred times a second (about a second less a shard).
      const child = spawn(
        process.execPath,
        ['--max-semi-space-size=32', join(options.root, 'node_modules/astro/bin/astro.mjs'), 'build'],
        {
          cwd: options.root,
          env: {
            ...process.env,
            ...options.env,
            ASTRO_TELEMETRY_DISABLED: '1',
            BLUEBOOK_SHARD: shards.join(','),
            BLUEBOOK_OUT_DIR: outDir,
            BLUEBOOK_ASTRO_CACHE: options.astroCache(shards),
            // The run ends itself when this process is gone, even by SIGKILL (astro.config.mjs).
            BLUEBOOK_BUILD_PID: String(process.pid),
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      const released = () => {
        if (holder !== i) return;
        holder = undefined;
        pump();
      };
      const take = (chunk: Buffer, to: NodeJS.WriteStream) => {
        const text = chunk.toString();
        output += text;
        if (options.verbose) to.write(text);
        if (text.includes(PAGES_STARTED)) queueMicrotask(released);
      };
      child.stdout.on('data', (c: Buffer) => take(c, process.stdout));
      child.stderr.on('data', (c: Buffer) => take(c, process.stderr));
      child.on('close', (code) => {
        active--;
        const peak = new RegExp(`${PEAK_MEMORY} (\\d+)`).exec(output);
        const r = {
          shards: [...shards],
          outDir,
          ok: code === 0,
          seconds: (performance.now() - t0) / 1000,
          peakKiB: peak ? Number(peak[1]) : undefined,
          output,
        };
        results.push(r);
        if (!r.ok) failed = true;
        options.onDone?.(r);
        // A run that ended (or failed) before its pages began no longer holds the content modules.
        if (holder === i) holder = undefined;
        pump();
      });
    };
    pump();
  });
}
