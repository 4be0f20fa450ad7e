// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { watchData } from './src/site/watch-data.ts';
import { mathPlugin } from './src/lib/content/math.ts';
import { citationsPlugin } from './src/lib/citations/citations-plugin.ts';
import { exitWithParent } from './src/lib/shards/exit-with-parent.ts';
import { siteAddress } from './src/lib/links/site-address.ts';

// A run of the build script's (src/lib/shards/run-builds.ts) ends when the script is gone.
if (process.env.BLUEBOOK_BUILD_PID) exitWithParent(Number(process.env.BLUEBOOK_BUILD_PID));

// The public address and sub-path the site is served from. Set them when deploying under a
// sub-path (e.g. BLUEBOOK_BASE=/bluebook/); canonical URLs and the sitemap use them.
const { site, base } = siteAddress();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // scripts/build.ts builds each shard of the site into a folder of its own, then assembles them
  // (with the sitemap: src/lib/shards/assemble.ts) and swaps the result in only on success.
  outDir: process.env.BLUEBOOK_OUT_DIR ?? 'dist',
  // Each shard build keeps its own content data store: they may run at the same time.
  ...(process.env.BLUEBOOK_ASTRO_CACHE ? { cacheDir: process.env.BLUEBOOK_ASTRO_CACHE } : {}),
  // Pages render a few at a time: PNG figures and cards are rasterised off the main thread,
  // so their endpoints overlap and use every core.
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
  // Sätteri (Astro's own processor) with $…$ / $$…$$ formulas, rendered to MathML at build time,
  // footnotes as a book prints them (注释, each with a link back to where it is cited), and
  // [@key] citations with the chapter's 参考文献 list, formatted by citeproc in a CSL style.
  markdown: {
    processor: satteri({
      features: {
        math: true,
        gfm: { footnotes: { label: '注释', backLabel: '返回正文第 {reference} 处', backContent: '↩' } },
      },
      mdastPlugins: [mathPlugin, citationsPlugin],
    }),
  },
  // A Content-Security-Policy <meta> on every page: nothing may be loaded from another origin,
  // so the site works (and leaks nothing) with the network cut. Astro adds the hashes of its
  // own scripts and styles; Pagefind's search needs WebAssembly.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  integrations: [mdx(), watchData()],
  vite: {
    build: {
      rollupOptions: {
        // Astro's MDX output carries a module directive that the bundler always warns about;
        // the warning says nothing an editor can act on, so it is dropped here.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
