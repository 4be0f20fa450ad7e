// Bytes per page type (gzip): HTML, CSS, JS, as a reader's browser would fetch them from dist/.
// Run after a build: npx node bench/page-weight.ts   (prints figures; nothing is asserted)
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageTypes } from '../test/browser/pages.ts';

const gz = (b: Buffer | string) => gzipSync(b).length;

/** The scripts a page loads and every module they import statically (Astro splits shared code into chunks). */
function moduleGraph(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = readFileSync(`dist${url}`, 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"();]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g))
      visit(posix.join(posix.dirname(url), m[1]!));
  };
  entries.forEach(visit);
  return seen;
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log('page type'.padEnd(34), 'HTML', '   CSS', '    JS', '   total (gzip)');
for (const [name, path] of Object.entries(pageTypes)) {
  const file = `dist${path}index.html`;
  if (!existsSync(file)) continue;
  const html = readFileSync(file, 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)]
    .map((m) => gz(readFileSync(`dist${m[1]}`)))
    .reduce((a, b) => a + b, 0);
  const inlineJs = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => gz(m[1]!))
    .reduce((a, b) => a + b, 0);
  const extJs = [...moduleGraph([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))]
    .map((f) => gz(readFileSync(`dist${f}`)))
    .reduce((a, b) => a + b, 0);
  const js = inlineJs + extJs;
  console.log(
    name.padEnd(34),
    kb(gz(html)).padStart(8),
    kb(css).padStart(8),
    kb(js).padStart(8),
    kb(gz(html) + css + js).padStart(10),
  );
  // Modules a page's scripts import only when the reader asks (import("./…")): what that costs on top.
  const loaded = moduleGraph([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!));
  for (const url of loaded) {
    for (const m of readFileSync(`dist${url}`, 'utf8').matchAll(/import\(["'`](\.{1,2}\/[^"'`]+)["'`]\)/g)) {
      const lazy = [...moduleGraph([posix.join(posix.dirname(url), m[1]!)])].filter((f) => !loaded.has(f));
      const bytes = lazy.map((f) => gz(readFileSync(`dist${f}`))).reduce((a, b) => a + b, 0);
      console.log(
        `  + on demand: ${posix.basename(m[1]!).replace(/\.[\w-]+\.js$/, '')}`.padEnd(52),
        kb(bytes).padStart(8),
        `(page total ${kb(js + bytes)})`,
      );
    }
  }
}
