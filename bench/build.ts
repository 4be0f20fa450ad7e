// Build time of the 2018 site against a bare Astro build of the same Markdown, in one run.
// Run: npx node bench/build.ts   (prints figures; nothing is asserted)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve('.');
const runs = Number(process.argv[2] ?? 3);

/** A bare Astro project: the same chapter and front-matter files, one plain layout, no checks. */
function bareProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bluebook-bare-'));
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()], devToolbar: { enabled: false } };\n");
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  for (const year of readdirSync(join(repo, 'content')).filter((n) => /^\d{4}$/.test(n))) {
    for (const sub of ['chapters', 'front', 'cases']) {
      try {
        cpSync(join(repo, 'content', year, sub), join(dir, 'src/pages', year, sub), { recursive: true });
      } catch { /* the edition may not have this folder */ }
    }
  }
  // The same text without Bluebook's components (a bare build does not know them).
  const strip = (d: string) => {
    for (const n of readdirSync(d)) {
      const f = join(d, n);
      if (statSync(f).isDirectory()) strip(f);
      else if (n.endsWith('.mdx')) writeFileSync(f, readFileSync(f, 'utf8').replace(/<(Num|Figure|Ref)\b[^>]*\/>/g, '').replace(/<Assert\b[^>]*>([\s\S]*?)<\/Assert>/g, '$1'));
    }
  };
  strip(join(dir, 'src/pages'));
  return dir;
}

function time(label: string, cwd: string, args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${label} failed`);
  return ms;
}

const bare = bareProject();
const full: number[] = [];
const plain: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    plain.push(time('bare astro build', bare, [join(repo, 'node_modules/astro/bin/astro.mjs'), 'build']));
    full.push(time('npm run build', repo, [join(repo, 'scripts/build.ts')]));
  }
} finally {
  rmSync(bare, { recursive: true, force: true });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
console.log(`bare Astro build of the same Markdown: median ${Math.round(median(plain))} ms (${plain.map(Math.round).join(', ')})`);
console.log(`Bluebook build (checks + Astro + links + Pagefind): median ${Math.round(median(full))} ms (${full.map(Math.round).join(', ')})`);
console.log(`ratio: ${(median(full) / median(plain)).toFixed(2)}× (goal ≤ 1.3×)`);
