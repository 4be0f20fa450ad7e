import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PAGES_STARTED, PEAK_MEMORY } from './part-names.ts';

export interface RunResult {
  parts: string[];
  outDir: string;
  ok: boolean;
  seconds: number;
  /** The Astro process's peak resident memory in KiB, if it said. */
  peakKiB?: number | undefined;
  output: string;
}

export interface RunOptions {
  root: string;
  /** Where run `i` writes its site before it is split into parts. */
  outDir: (i: number) => string;
  /** Astro's own cache (content data store) for a run. */
  astroCache: (parts: string[]) => string;
  /** At most this many Astro processes at once. */
  jobs: number;
  verbose: boolean;
  env?: NodeJS.ProcessEnv;
  /** Told when a run ends, before the next ones do. */
  onDone?: (r: RunResult) => void;
}

/**
 * Run one `astro build` per entry of `runs`, up to `jobs` at a time. Astro writes the content
 * modules of a build into the project's `.astro/` folder, which no setting moves, and reads them
 * while it bundles; so a run starts only once the one before it has bundled (it says so with
 * PAGES_STARTED), and the runs overlap where the time goes: rendering pages and images.
 * Stops starting runs after the first failure.
 */
export function runBuilds(runs: readonly string[][], options: RunOptions): Promise<RunResult[]> {
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
      const parts = runs[i]!;
      const outDir = options.outDir(i);
      const t0 = performance.now();
      active++;
      holder = i;
      let output = '';
      // A larger young generation: page rendering makes short-lived garbage fast, and the default
      // semi-space has V8 collect it several hundred times a second (about a second less a part).
      const child = spawn(process.execPath, ['--max-semi-space-size=32', join(options.root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: options.root,
        env: { ...process.env, ...options.env, ASTRO_TELEMETRY_DISABLED: '1', BLUEBOOK_PART: parts.join(','), BLUEBOOK_OUT_DIR: outDir, BLUEBOOK_ASTRO_CACHE: options.astroCache(parts) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
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
        const r = { parts: [...parts], outDir, ok: code === 0, seconds: (performance.now() - t0) / 1000, peakKiB: peak ? Number(peak[1]) : undefined, output };
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
