import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, isMap } from 'yaml';
import { splitFrontmatter } from '../content/frontmatter.ts';

export interface ScaffoldResult {
  from: number;
  to: number;
  /** Files written, relative to the project root. */
  written: string[];
  /** What the editor fills in next, in order. */
  nextSteps: string[];
}

/** Thrown when scaffolding cannot start; the message says why and what to do. */
export class ScaffoldError extends Error {}

/**
 * Start edition `year` from the newest earlier one: edition metadata with the year bumped,
 * the same parts, chapter stubs (title-only, no text), dataset descriptors and specs with
 * their schemas but no rows. Refuses to touch an edition that already exists.
 */
export function scaffoldEdition(root: string, year: number): ScaffoldResult {
  if (!Number.isInteger(year) || year < 1900 || year > 2200)
    throw new ScaffoldError(`expected a year such as 2019; found "${year}"`);
  const contentDir = join(root, 'content');
  const years = existsSync(contentDir)
    ? readdirSync(contentDir)
        .filter((n) => /^\d{4}$/.test(n))
        .map(Number)
    : [];
  for (const dir of [join(contentDir, String(year)), join(root, 'data', String(year))]) {
    if (existsSync(dir))
      throw new ScaffoldError(
        `${dir.slice(root.length + 1)} already exists: refusing to overwrite an existing edition`,
      );
  }
  const earlier = years.filter((y) => y < year).sort((a, b) => b - a);
  const from = earlier[0];
  if (from === undefined) throw new ScaffoldError(`no edition before ${year} under content/ to start from`);

  const written: string[] = [];
  const write = (rel: string, text: string) => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
    written.push(rel);
  };
  const bump = (s: string) => s.replaceAll(String(from), String(year));

  // Edition metadata: same series and parts; facts of the printed book are left out until known.
  const edition = parseDocument(readFileSync(join(contentDir, String(from), 'edition.yaml'), 'utf8'));
  edition.set('year', year);
  // A new edition is a draft until the editor publishes it: not the latest, not searchable, marked on every page.
  edition.set('draft', true);
  const series = edition.get('series');
  if (isMap(series)) series.set('number', Number(series.get('number') ?? 0) + 1);
  for (const key of ['title', 'subtitle']) {
    const node = edition.get(key);
    if (isMap(node))
      for (const lang of ['zh', 'en'])
        if (typeof node.get(lang) === 'string') node.set(lang, bump(String(node.get(lang))));
  }
  for (const key of ['isbn', 'published', 'cip', 'imprint']) edition.delete(key);
  const first = isMap(edition.contents) ? edition.contents.items[0] : undefined;
  if (first?.key && typeof first.key === 'object')
    (first.key as { commentBefore?: string | null }).commentBefore = null;
  edition.commentBefore =
    ` Edition ${year}, started from ${from} by \`npm run new-edition ${year}\`. Fill in titles, ` +
    `editors and, once\n the book is published, isbn, published, cip and imprint (see docs/authoring.md).`;
  write(`content/${year}/edition.yaml`, edition.toString());

  // Chapters: the same codes, parts, titles and authors to start from; no text.
  const chaptersDir = join(contentDir, String(from), 'chapters');
  const chapterFiles = existsSync(chaptersDir)
    ? readdirSync(chaptersDir)
        .filter((n) => /\.mdx?$/.test(n))
        .sort()
    : [];
  for (const name of chapterFiles) {
    const fm = parseDocument(splitFrontmatter(readFileSync(join(chaptersDir, name), 'utf8')).yaml);
    for (const key of ['abstract', 'keywords', 'sections', 'textNote', 'titleEn']) fm.delete(key);
    fm.set('status', 'title-only');
    write(`content/${year}/chapters/${name}`, `---\n${fm.toString()}---\n`);
  }

  // Data: descriptors and specs as they are, CSVs reduced to their header row.
  const dataFrom = join(root, 'data', String(from));
  if (existsSync(dataFrom)) {
    const walk = (rel: string) => {
      for (const name of readdirSync(join(dataFrom, rel)).sort()) {
        const relPath = rel ? `${rel}/${name}` : name;
        const abs = join(dataFrom, relPath);
        if (statSync(abs).isDirectory()) walk(relPath);
        else if (name.endsWith('.csv'))
          write(`data/${year}/${relPath}`, (readFileSync(abs, 'utf8').split(/\r?\n/)[0] ?? '') + '\n');
        else if (/\.(json|ya?ml)$/.test(name)) {
          mkdirSync(join(root, 'data', String(year), rel), { recursive: true });
          cpSync(abs, join(root, 'data', String(year), relPath));
          written.push(`data/${year}/${relPath}`);
        }
      }
    };
    walk('');
  }

  return {
    from,
    to: year,
    written,
    nextSteps: [
      `content/${year}/edition.yaml: check the title, subtitle and editors; ` +
        `add isbn, published, cip and imprint once the book is out.`,
      `content/${year}/chapters/: rename, add or remove chapters; for each chapter with text set \`status\` (full, ` +
        `partial, abstract-only) and write the text below the frontmatter.`,
      `content/${year}/front/: add the front matter (committee, contributors, abstract, preface) — it is not copied, ` +
        `since it changes every year.`,
      `data/${year}/: put this year's rows into each CSV (headers are kept), and update every resource's sources, ` +
        `date seen and status in datapackage.json.`,
      `Run \`npm run check\` until it reports no problem, then \`npm run build\` to preview it (marked as a draft on ` +
        `every page).`,
      `To publish: remove \`draft: true\` from content/${year}/edition.yaml; \`/\` and \`/latest/\` then lead to ` +
        `${year}.`,
    ],
  };
}
