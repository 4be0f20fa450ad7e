// Shared set-up for browser tests: one preview server over the built dist/ and one
// Chromium (Debian's, driven by playwright-core) per test file.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'astro';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Site {
  origin: string;
  context: BrowserContext;
  page(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

let port = 4400 + (process.pid % 500);

/** Serve dist/ and launch Chromium; call `close()` in afterAll. */
export async function openSite(root = process.cwd()): Promise<Site> {
  if (!existsSync(join(root, 'dist/index.html')))
    throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port: port++ } });
  const origin = `http://127.0.0.1:${server.port}`;
  const profile = mkdtempSync(join(tmpdir(), 'bluebook-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
  });
  return {
    origin,
    context,
    async page(path, viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      const response = await page.goto(origin + path);
      if (!response || response.status() >= 400) throw new Error(`GET ${path} answered ${response?.status()}`);
      return page;
    },
    async close() {
      await context.close();
      await server.stop();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
