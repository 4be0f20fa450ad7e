import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parse as parseYaml, stringify } from 'yaml';
import { readManuscript, type Manuscript, type ManuscriptTable } from './docx-to-chapter.ts';
import { notDocx, unsupportedElements, type ImportNote } from './inspect-docx.ts';

export interface ImportOptions {
  root: string;
  file: string;
  year: number;
  code: string;
  part: string;
  force?: boolean;
}
/** The files an import writes (nothing is written when `error` is set), and what the editor must still do. */
export interface ImportResult {
  files: Map<string, string | Buffer>;
  todo: string[];
  notes: ImportNote[];
  summary: string;
  error?: string;
}

const SHOWN = new Map([
  ['image/png', 'png'],
  ['image/jpeg', 'jpg'],
  ['image/gif', 'gif'],
  ['image/webp', 'webp'],
  ['image/svg+xml', 'svg'],
]);

/** A table's columns as Table Schema fields: names from the header (a blank or repeated one numbered), types from the
 * cells. */
function fields(t: ManuscriptTable): { name: string; type: string; title: string }[] {
  const seen = new Map<string, number>();
  return t.header.map((h, i) => {
    let name = h || `列${i + 1}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    if (n > 1) name = `${name}${n}`;
    const cells = t.rows.map((r) => r[i] ?? '').filter(Boolean);
    const years = /年份|年度|^年$|year/i.test(h) && cells.length && cells.every((c) => /^(1[89]|2[01])\d\d$/.test(c));
    const type = years
      ? 'year'
      : cells.length && cells.every((c) => /^-?\d+$/.test(c))
        ? 'integer'
        : cells.length && cells.every((c) => /^-?\d+(\.\d+)?$/.test(c))
          ? 'number'
          : 'string';
    return { name, type, title: h || `列${i + 1}` };
  });
}

const captionTitle = (caption: string | undefined, fallback: string) =>
  caption?.replace(/^(?:[表图]\s*|Table\s+|Figure\s+|Fig\.\s*)\d+(?:[-–－.．]\d+)?[\s:：.]*/i, '').trim() || fallback;

/** Import a Word manuscript as chapter `code` of edition `year`: the chapter, its tables as datasets, its pictures. */
export async function importChapter(o: ImportOptions): Promise<ImportResult> {
  const files = new Map<string, string | Buffer>();
  const fail = (error: string): ImportResult => ({ files: new Map(), todo: [], notes: [], summary: '', error });
  if (!existsSync(o.file)) return fail(`${o.file}: no such file`);
  const bytes = readFileSync(o.file);
  const wrong = notDocx(bytes);
  if (wrong) return fail(`${o.file}: ${wrong}`);
  const editionFile = join(o.root, 'content', String(o.year), 'edition.yaml');
  if (!existsSync(editionFile))
    return fail(`content/${o.year}/edition.yaml: no such edition (start one with npm run new-edition -- ${o.year})`);
  const parts = ((parseYaml(readFileSync(editionFile, 'utf8')) as { parts?: { id: string }[] }).parts ?? []).map(
    (p) => p.id,
  );
  if (!parts.includes(o.part))
    return fail(`--part ${o.part}: expected one of the parts of content/${o.year}/edition.yaml: ${parts.join(', ')}`);
  if (!/^B\.\d+$/.test(o.code)) return fail(`--code ${o.code}: expected a chapter code such as B.3`);
  const slug = o.code.replace('.', '').toLowerCase();
  const chapterPath = `content/${o.year}/chapters/${slug}.mdx`;
  if (existsSync(join(o.root, chapterPath)) && !o.force)
    return fail(`${chapterPath} already exists: choose another --code, or add --force to replace it`);

  let inspected: Awaited<ReturnType<typeof unsupportedElements>>;
  let m: Manuscript;
  try {
    inspected = await unsupportedElements(bytes);
    if (inspected.missing)
      return fail(`${o.file}: a zip archive but not a Word document (it has no ${inspected.missing})`);
    m = await readManuscript(bytes);
  } catch (error) {
    return fail(
      `${o.file}: Word could write this file but it cannot be read ` +
        `(${String((error as Error).message).split('\n')[0]}); open it in Word and save it again as .docx`,
    );
  }
  const notes: ImportNote[] = [...inspected.notes, ...m.notes];
  const todo: string[] = [];
  if (!m.headings)
    notes.push({
      place: '全文',
      what: '稿件没有使用标题样式（标题 1、标题 2）：全文作为一节导入；请在 Word 中给各节标题设好样式后重新导入，或在 .mdx 中用 ## 标出',
    });

  // Tables: a CSV dataset each, with a descriptor the build refuses until status, sources and licences are given.
  const packagePath = `data/${o.year}/datapackage.json`;
  const pkg = existsSync(join(o.root, packagePath))
    ? (JSON.parse(readFileSync(join(o.root, packagePath), 'utf8')) as { resources: { name: string }[] })
    : { name: `bluebook-${o.year}`, profile: 'tabular-data-package', resources: [] };
  const tableFigures = m.tables.map((t, i) => {
    const name = `${slug}-table-${i + 1}`;
    const fs = fields(t);
    const title = captionTitle(t.caption, `${o.code} 表${i + 1}`);
    files.set(
      `data/${o.year}/${name}.csv`,
      `${Papa.unparse({ fields: fs.map((f) => f.name), data: t.rows }, { newline: '\n' })}\n`,
    );
    pkg.resources = pkg.resources.filter((r) => r.name !== name);
    pkg.resources.push({
      name,
      path: `${name}.csv`,
      profile: 'tabular-data-resource',
      title,
      description: `${o.code}稿件中的${t.caption ?? `第${i + 1}个表`}，由 npm run import 从 ${o.file.split(/[\\/]/).pop()} 导入。`,
      status: 'TODO',
      sources: [],
      licenses: [],
      schema: { fields: fs },
    } as never);
    todo.push(
      `${packagePath}: "${name}" — "status" (published, derived or illustrative), "sources" (where the table's ` +
        `figures come from) and "licenses"`,
    );
    for (const merged of t.merged) notes.push({ place: t.caption ?? `表${i + 1}`, what: merged });
    const x = fs[0]?.name ?? '列1';
    return `<Figure id="${name}" kind="table" dataset="${name}" x="${x}" title="${title.replace(/"/g, '＂')}" />`;
  });
  if (m.tables.length) files.set(packagePath, `${JSON.stringify(pkg, null, 2)}\n`);

  // Pictures the browser can show go to the edition's images; others are named in the report.
  const pictures = m.images.map((img, i) => {
    const ext = SHOWN.get(img.contentType);
    const caption = img.caption ?? '';
    if (!ext) {
      notes.push({
        place: caption || `图片 ${i + 1}`,
        what: `图片格式 ${img.contentType} 浏览器无法显示，未导入：请在 Word 中把它另存为 PNG 或 JPEG 后替换，再重新导入`,
      });
      return `{/* TODO: ${caption || `图片 ${i + 1}`}（${img.contentType}）未导入 */}`;
    }
    const path = `public/images/${o.year}/${slug}-${i + 1}.${ext}`;
    files.set(path, img.bytes);
    const alt = captionTitle(caption, img.alt || `${o.code} 图片 ${i + 1}`);
    const picture = `![${alt.replace(/[[\]]/g, '')}](/images/${o.year}/${slug}-${i + 1}.${ext})`;
    return caption ? `${picture}\n\n*${caption}*` : picture;
  });
  if (m.images.length && pictures.some((p) => p.startsWith('![')))
    notes.push({
      place: '图片',
      what: '图片已放入 public/images/：请在 .mdx 中核对每张图片的说明文字（alt），供读屏软件朗读',
    });

  // A picture inside a line of text (not a paragraph of its own) stays in the line, as an image.
  const inline = (n: number) => {
    const p = pictures[n]!;
    return p.startsWith('![') ? p.split('\n')[0]! : p;
  };
  const body = m.body
    .replace(/<<table (\d+)>>/g, (_, n) => tableFigures[Number(n)]!)
    .replace(/<<image (\d+)>>/g, (_, n) => pictures[Number(n)]!)
    .replace(/!\[[^\]]*\]\(bluebook-image-(\d+)\)/g, (_, n) => inline(Number(n)));
  const footnotes = m.footnotes.map((f, i) => `[^${i + 1}]: ${f}`).join('\n');
  const front: string[] = [`code: ${o.code}`, `part: ${o.part}`];
  if (m.title) front.push(`title: ${stringify(m.title).trim()}`);
  else {
    front.push('# TODO: 稿件未标明题目（Word 的“标题”样式或“题目：”一行）', 'title:');
    todo.push(`${chapterPath}: title`);
  }
  if (m.authors.length)
    front.push(`authors: ${stringify(m.authors, { flowCollectionPadding: false, collectionStyle: 'flow' }).trim()}`);
  else {
    front.push('# TODO: 稿件未写“作者：……”', 'authors: []');
    todo.push(`${chapterPath}: authors`);
  }
  front.push('# TODO: 印刷版中本章的起始页码', 'page:');
  todo.push(`${chapterPath}: page (the chapter's first page in the printed book)`);
  front.push('status: full');
  if (m.abstract) front.push(`abstract: ${stringify(m.abstract).trim()}`);
  if (m.keywords.length)
    front.push(`keywords: ${stringify(m.keywords, { flowCollectionPadding: false, collectionStyle: 'flow' }).trim()}`);
  files.set(chapterPath, `---\n${front.join('\n')}\n---\n\n${body}\n${footnotes ? `\n${footnotes}\n` : ''}`);
  const shown = pictures.filter((p) => p.startsWith('![')).length;
  const summary =
    `${chapterPath}: ${m.headings} headings, ${m.footnotes.length} footnotes, ${m.tables.length} tables ` +
    `(as datasets), ${shown} pictures`;
  return { files, todo, notes, summary };
}
