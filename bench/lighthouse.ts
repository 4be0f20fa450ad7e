// Lighthouse (npm `lighthouse`, Debian's Chromium) on the home, chapter, figure and ranking
// pages: performance, accessibility, best practices and SEO, mobile and desktop settings.
// Run after a build: npx node bench/lighthouse.ts   (prints scores; nothing is asserted)
// Lighthouse's mobile run simulates a slow 4G phone (Moto G Power, 4× CPU slowdown).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'astro';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM } from '../test/browser/harness.ts';
import { pageTypes } from '../test/browser/pages.ts';

const pages = {
  home: pageTypes['site home'],
  'edition home': pageTypes['edition home'],
  chapter: pageTypes['chapter with text'],
  'chapter (English interface)': pageTypes['English interface: chapter'],
  figure: pageTypes.figure,
  'ranking (computed)': pageTypes['ranking (computed)'],
  search: pageTypes.search,
};
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 4801 } });
const profile = mkdtempSync(join(tmpdir(), 'bluebook-lighthouse-'));
const debuggingPort = 9333;
const chrome = spawn(
  CHROMIUM,
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--remote-debugging-port=${debuggingPort}`,
    `--user-data-dir=${profile}`,
    'about:blank',
  ],
  { stdio: 'ignore' },
);
try {
  await waitFor(`http://127.0.0.1:${debuggingPort}/json/version`);
  const failed: string[] = [];
  for (const [label, config] of [
    ['mobile', undefined],
    ['desktop', desktopConfig],
  ] as const) {
    console.log(`\n${label}`.padEnd(32), ...categories.map((c) => c.padStart(15)));
    for (const [name, path] of Object.entries(pages)) {
      const result = await lighthouse(
        `http://127.0.0.1:${server.port}${path}`,
        { port: debuggingPort, logLevel: 'error', onlyCategories: [...categories] },
        config,
      );
      const lhr = result!.lhr;
      const scores = categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
      console.log(name.padEnd(31), ...scores.map((s) => String(s).padStart(15)));
      // Name what cost points, so the figure can be acted on.
      for (const c of categories) {
        for (const ref of lhr.categories[c]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          // A performance metric short of full marks is named too: a 99 should say which one.
          const short =
            c === 'performance' ? audit?.score !== null && (audit?.score ?? 1) < 1 : (audit?.score ?? 1) < 0.9;
          if (ref.weight > 0 && audit && audit.score !== null && short)
            failed.push(
              `${label} ${name}: ${c} · ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`,
            );
        }
      }
    }
  }
  if (failed.length)
    console.log(`\naudits below 90 (performance metrics: below 100):\n${failed.map((f) => `  ${f}`).join('\n')}`);
} finally {
  chrome.kill();
  await server.stop();
  rmSync(profile, { recursive: true, force: true });
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Chromium did not open its debugging port (${url})`);
}
