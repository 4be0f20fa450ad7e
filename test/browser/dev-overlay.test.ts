// `npm run dev` speaks the editor's language: a problem in a chapter or a dataset is shown in the
// overlay as `npm run check` reports it — file, line, column, expected and found, the source lines
// around — with no stack into Bluebook's components; an edited CSV shows without a restart.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureProject, type FixtureProject } from '../helpers/fixture-project.ts';
import { CHROMIUM } from './harness.ts';

let project: FixtureProject;
let server: ChildProcess;
let browser: Browser;
let origin = '';
let serverLog = '';

beforeAll(async () => {
  project = fixtureProject();
  const port = 4900 + (process.pid % 90);
  origin = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [join(process.cwd(), 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: project.dir,
      // As an editor runs it: not in vitest's test mode (NODE_ENV=test makes Vite skip the overlay).
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST'))),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout!.on('data', (d: Buffer) => (serverLog += d.toString()));
  server.stderr!.on('data', (d: Buffer) => (serverLog += d.toString()));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  // The server is up once it answers.
  for (let i = 0; i < 600; i++) {
    if (
      await fetch(origin + '/2018/').then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the dev server did not answer:\n${serverLog}`);
});
afterAll(async () => {
  await browser?.close();
  server?.kill();
  project?.remove();
});

/** Change a file of the fixture; returns the undo. */
function edit(file: string, from: string, to: string): () => void {
  const path = join(project.dir, file);
  const before = readFileSync(path, 'utf8');
  if (!before.includes(from)) throw new Error(`${from} is not in ${file}`);
  writeFileSync(path, before.replace(from, to));
  return () => writeFileSync(path, before);
}

const none = { title: '', message: '', stack: '' };

/** The overlay's parts as the editor reads them (empty strings when there is no overlay, or while
 * the page reloads after a file changed). */
const overlay = (page: Page) =>
  page
    .evaluate(() => {
      const root = document.querySelector('vite-error-overlay')?.shadowRoot;
      const text = (id: string) => root?.querySelector(`#${id}`)?.textContent?.trim() ?? '';
      return { title: text('title'), message: text('message-content'), stack: text('stack-content') };
    })
    .catch(() => none);

/** Open a page and wait until its Vite client listens for file changes (a change before that
 * would reach no one). */
async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  const connected = page.waitForEvent('console', {
    predicate: (m) => m.text().includes('[vite] connected'),
    timeout: 60_000,
  });
  await page.goto(origin + path);
  await connected;
  return page;
}

/** Edit B.1 as `from` → `to`, open it, and return the overlay once its message matches `shown`. */
async function chapterOverlay(from: string, to: string, shown: RegExp) {
  const undo = edit('content/2018/chapters/b1.mdx', from, to);
  try {
    const page = await open('/2018/b1/');
    // The overlay as read when it matched (a reload right after must not empty it).
    let o = none;
    await expect.poll(async () => (o = await overlay(page)).message).toMatch(shown);
    await page.close();
    return o;
  } finally {
    undo();
  }
}

const inB1 = String.raw`content\/2018\/chapters\/b1\.mdx:\d+:\d+ {2}`;

describe('the dev server’s overlay', () => {
  it('an <Assert> that no longer holds: the chapter’s file, line and column, expected and found, the lines around', async () => {
    const expected = 'expected 127 \\(computed from towns-2016-batch1-by-province\\); found the text says 128';
    const o = await chapterOverlay(
      'column="count">127</Assert>',
      'column="count">128</Assert>',
      new RegExp(`${inB1}<Assert dataset="towns-2016-batch1-by-province" measure="sum">: ${expected}`),
    );
    // The source lines around it, with the line marked.
    expect(o.message).toMatch(
      /> \d+ \| .*<Assert dataset="towns-2016-batch1-by-province" measure="sum" column="count">128/,
    );
    expect(o.title).toBe('A problem in the content');
    // No stack into Bluebook's own components.
    expect(o.stack + o.message).not.toMatch(/DataValue\.astro|src\/components|src\/site/);
    expect(o.stack).not.toMatch(/\n\s*at .*node_modules/);
  });

  it('a chapter that names an unknown dataset', async () => {
    const where = 'measure="value" column="count" where="type=旅游发展型">64';
    await chapterOverlay(
      `dataset="town-types-2016" ${where}`,
      `dataset="town-types-2061" ${where}`,
      new RegExp(`${inB1}.*expected a dataset of this edition[^;]*town-types-2016[^;]*; found "town-types-2061"`),
    );
  });

  it('a figure with a bad attribute', async () => {
    const o = await chapterOverlay(
      'dataset="town-types-2016" x="type" y="count"',
      'dataset="town-types-2016" x="type" y="amount"',
      new RegExp(`${inB1}.*y.*expected a column of town-types-2016[^;]*; found "amount"`),
    );
    expect(o.message).toMatch(/> \d+ \| .*y="amount"/);
  });

  it('a CSV edited while the page is open: the page shows the bad cell without a restart, and recovers', async () => {
    const page = await open('/2018/data/town-types-2016/');
    // `main h1`: the page's own heading. The overlay has an h1 too, and a page may open on a stale
    // one: Astro sends a page's error 200 ms after the response closes, and Vite keeps an error
    // sent while no page is connected for the next page that connects (the chapter tests above
    // close their page, and undo their edit, within those 200 ms).
    await expect.poll(async () => page.locator('main h1').textContent()).toMatch(/类型/);
    const undo = edit(
      'data/2018/town-types-2016.csv',
      '历史文化型,historical and cultural,23,',
      '历史文化型,historical and cultural,二十三,',
    );
    let o = none;
    try {
      await expect
        .poll(async () => (o = await overlay(page)).message, { timeout: 60_000 })
        .toMatch(/data\/2018\/town-types-2016\.csv:3:\d+ {2}count \(type integer\): expected [^;]+; found "二十三"/);
      expect(o.message).toMatch(/> 3 \| 历史文化型,historical and cultural,二十三,/);
    } finally {
      undo();
    }
    // Fixed: the page reloads by itself, the dataset's page without the overlay.
    const recovered = async () => {
      const h1 = await page
        .locator('main h1')
        .textContent({ timeout: 1_000 })
        .catch(() => '');
      return (await overlay(page)).message === '' && /类型/.test(h1 ?? '');
    };
    await expect.poll(recovered, { timeout: 60_000 }).toBe(true);
    await page.close();
  });
});
