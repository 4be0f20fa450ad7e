// Build time of the 2018 site against a bare Astro build of the same Markdown, in one run.
// Run: npx node bench/build.ts   (prints figures; nothing is asserted)
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve('.');
const runs = Number(process.argv[2] ?? 3);

/** A bare Astro project: the same chapter and front-matter files, one plain layout, no checks. */
function bareProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bluebook-bare-'));
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()], devToolbar: { enabled: false } };\n",
  );
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  for (const year of readdirSync(join(repo, 'content')).filter((n) => /^\d{4}$/.test(n))) {
    for (const sub of ['chapters', 'front', 'cases']) {
      try {
        cpSync(join(repo, 'content', year, sub), join(dir, 'src/pages', year, sub), { recursive: true });
      } catch {
        /* the edition may not have this folder */
      }
    }
  }
  // The same text without Bluebook's components (a bare build does not know them).
  const strip = (d: string) => {
    for (const n of readdirSync(d)) {
      const f = join(d, n);
      if (statSync(f).isDirectory()) strip(f);
      else if (n.endsWith('.mdx'))
        writeFileSync(
          f,
          readFileSync(f, 'utf8')
            .replace(/<(Num|Figure|Ref)\b[^>]*\/>/g, '')
            .replace(/<Assert\b[^>]*>([\s\S]*?)<\/Assert>/g, '$1'),
        );
    }
  };
  strip(join(dir, 'src/pages'));
  return dir;
}

function time(label: string, cwd: string, args: string[], env: Record<string, string> = {}): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${label} failed`);
  return ms;
}

const bare = bareProject();
const cold: number[] = [];
const warm: number[] = [];
const plain: number[] = [];
let barePages = 0;
try {
  // Cold: no build cache (every PNG and card rendered). Warm: the cache filled by a previous
  // build, as when an editor rebuilds after a change.
  const cache = mkdtempSync(join(tmpdir(), 'bluebook-cache-'));
  time('npm run build', repo, [join(repo, 'scripts/build.ts')], { BLUEBOOK_CACHE: cache });
  for (let i = 0; i < runs; i++) {
    plain.push(time('bare astro build', bare, [join(repo, 'node_modules/astro/bin/astro.mjs'), 'build']));
    cold.push(time('npm run build', repo, [join(repo, 'scripts/build.ts')], { BLUEBOOK_CACHE: 'off' }));
    warm.push(time('npm run build', repo, [join(repo, 'scripts/build.ts')], { BLUEBOOK_CACHE: cache }));
  }
  barePages = countPages(join(bare, 'dist'));
  rmSync(cache, { recursive: true, force: true });
} finally {
  rmSync(bare, { recursive: true, force: true });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
const pages = countPages(join(repo, 'dist'));
const line = (label: string, xs: number[]) =>
  console.log(
    `${label}: median ${Math.round(median(xs))} ms (${xs.map(Math.round).join(', ')}), ratio ${(median(xs) / median(plain)).toFixed(2)}× (goal ≤ 1.3×)`,
  );
console.log(
  `bare Astro build of the same Markdown: median ${Math.round(median(plain))} ms (${plain.map(Math.round).join(', ')}), ${barePages} HTML pages`,
);
line('Bluebook build, cold (checks + Astro + PNGs + cards + links + Pagefind)', cold);
line('Bluebook build, warm build cache', warm);
console.log(
  `Bluebook writes ${pages} HTML pages: ${(median(warm) / pages).toFixed(1)} ms per page warm vs ${(median(plain) / barePages).toFixed(1)} ms per page bare`,
);

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}
