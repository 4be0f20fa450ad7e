import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { stringify } from 'yaml';
import type { ContentLanguage } from '../content/schema.ts';

export interface ReportOptions {
  /** The folder of the new report's project (must not exist, or be empty). */
  dir: string;
  /** This repository: the engine is copied from here. */
  engine: string;
  title: string;
  series: string;
  year: number;
  language: ContentLanguage;
  editors: string[];
  publisher: string;
  place?: string | undefined;
}

export class ReportError extends Error {}

/** The engine a report needs, without this repository's report (content, data, tests, benchmarks). */
const engineFiles = [
  'src',
  'scripts',
  'public/favicon.svg',
  'astro.config.mjs',
  'tsconfig.json',
  'package-lock.json',
  'docs/authoring.md',
  '.gitignore',
];

/**
 * Start a new report series in `dir`: the engine, an empty first edition (no chapters, no data,
 * no towns directory, no rankings — each appears once it is configured), and a README with the
 * two commands. Returns the files written, relative to `dir`.
 */
export function scaffoldReport(o: ReportOptions): { written: string[]; nextSteps: string[] } {
  if (existsSync(o.dir) && readdirSync(o.dir).length) throw new ReportError(`${o.dir} is not empty: give a new folder`);
  if (!Number.isInteger(o.year) || o.year < 1900 || o.year > 2200)
    throw new ReportError(`--year ${o.year}: expected a year such as 2025`);
  if (!o.title.trim() || !o.series.trim())
    throw new ReportError("--title and --series: expected the report's title and its series name");
  mkdirSync(o.dir, { recursive: true });
  const written: string[] = [];
  for (const f of engineFiles) {
    const from = join(o.engine, f);
    if (!existsSync(from)) continue;
    cpSync(from, join(o.dir, f), {
      recursive: true,
      filter: (src) => !/[\\/]downloads([\\/]|$)|[\\/]images[\\/]\d{4}/.test(relative(o.engine, src)),
    });
    written.push(f);
  }
  const en = o.language === 'en';
  const pkg = JSON.parse(readFileSync(join(o.engine, 'package.json'), 'utf8')) as {
    name: string;
    description: string;
    scripts: Record<string, string>;
  };
  pkg.name =
    basename(o.dir)
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-|-$/g, '') || 'report';
  pkg.description = o.title;
  // This report's own tests are its checks; the engine's test suite stays with the engine.
  pkg.scripts.test = 'node scripts/check.ts';
  for (const s of ['test:unit', 'test:browser']) delete pkg.scripts[s];
  writeFileSync(join(o.dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  written.push('package.json');

  const year = String(o.year);
  const edition = {
    year: o.year,
    draft: true,
    language: o.language,
    series: { zh: o.series, number: 1 },
    title: o.title,
    editors: { chief: o.editors },
    publisher: { zh: o.publisher, ...(o.place ? { place: o.place } : {}) },
    parts: [{ id: 'general', numeral: 'I', zh: en ? 'General Report' : '总报告' }],
  };
  const header = en
    ? `# The first edition of ${o.series}. A draft until you remove "draft: true".\n# In this report's files, "zh" ` +
      `holds text in the report's own language (here English).\n`
    : `# ${o.series}的第一版。删去 "draft: true" 前为草稿（可预览，不公开）。\n`;
  mkdirSync(join(o.dir, 'content', year, 'chapters'), { recursive: true });
  writeFileSync(join(o.dir, 'content', year, 'edition.yaml'), header + stringify(edition));
  written.push(`content/${year}/edition.yaml`);
  mkdirSync(join(o.dir, 'data', year, 'rankings'), { recursive: true });
  writeFileSync(
    join(o.dir, 'data', year, 'datapackage.json'),
    `${JSON.stringify(
      { name: `${pkg.name}-${year}`, profile: 'tabular-data-package', title: `${o.title} — data`, resources: [] },
      null,
      2,
    )}\n`,
  );
  written.push(`data/${year}/datapackage.json`);
  writeFileSync(
    join(o.dir, 'README.md'),
    `# ${o.title}\n\n${o.series}, built with Bluebook.\n\n\`\`\`sh\n` +
      `npm ci && npm start   # build the site into dist/ and serve it on http://127.0.0.1:4321/\n` +
      `npm test              # check every chapter, dataset and ranking (file:line:col for each problem)\n` +
      `\`\`\`\n\nThe editor's guide is [docs/authoring.md](docs/authoring.md).\n`,
  );
  written.push('README.md');
  const nextSteps = [
    `cd ${o.dir} && npm ci`,
    `write the first chapter as content/${year}/chapters/b1.mdx, or import one: npm run import -- chapter.docx ` +
      `--edition ${year} --code B.1 --part general`,
    `add datasets to data/${year}/ and list them in data/${year}/datapackage.json; a ranking is a YAML file in ` +
      `data/${year}/rankings/; a towns directory is "townDirectory" in edition.yaml (guide §2, §5, §6)`,
    'npm run check, then npm start to preview; remove "draft: true" from edition.yaml to publish',
  ];
  return { written, nextSteps };
}
