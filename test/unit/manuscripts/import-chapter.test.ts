import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { importChapter } from '../../../src/lib/manuscripts/import-chapter.ts';
import { awkwardManuscript, emfManuscript, flatManuscript, fullManuscript, png } from '../../helpers/make-docx.ts';

/** A project with the 2018 edition's edition.yaml and descriptor, and the manuscript as a file. */
async function project(docx: Buffer | Promise<Buffer>, name = 'chapter.docx') {
  const root = mkdtempSync(join(tmpdir(), 'bluebook-import-'));
  mkdirSync(join(root, 'content/2018/chapters'), { recursive: true });
  cpSync('content/2018/edition.yaml', join(root, 'content/2018/edition.yaml'));
  mkdirSync(join(root, 'data/2018'), { recursive: true });
  cpSync('data/2018/datapackage.json', join(root, 'data/2018/datapackage.json'));
  const file = join(root, name);
  writeFileSync(file, await docx);
  return { root, file };
}
const frontmatter = (mdx: string) => parseYaml(mdx.split('---')[1]!) as Record<string, unknown>;

describe('importChapter(options) of a manuscript with every element', async () => {
  const { root, file } = await project(fullManuscript());
  const r = await importChapter({ root, file, year: 2018, code: 'B.10', part: 'topics' });
  const mdx = String(r.files.get('content/2018/chapters/b10.mdx'));

  it('fills the frontmatter from what the manuscript states: title, authors, 摘要, 关键词', () => {
    expect(r.error).toBeUndefined();
    expect(frontmatter(mdx)).toEqual({
      code: 'B.10',
      part: 'topics',
      title: '测试章节：特色小镇的运营',
      authors: ['测试作者甲', '测试作者乙'],
      page: null,
      status: 'full',
      abstract: '本章是导入测试用的稿件，不是任何报告的内容。',
      keywords: ['特色小镇', '运营', '测试'],
    });
    expect(mdx).toContain('# TODO: 印刷版中本章的起始页码\npage:\n');
  });
  it('writes headings one level down (the title is the page h1), emphasis, lists and footnotes as Markdown', () => {
    const body = mdx.split('---\n').slice(2).join('---\n');
    expect(body).toContain('## 一 发展现状\n\n特色小镇的**运营主体**多为*平台公司*。[^1]');
    expect(body).toMatch(/-\s+第一项要点\n-\s+第二项要点/);
    expect(body).toContain('### （一）运营步骤');
    expect(body).toMatch(/1\.\s+规划\n2\.\s+建设/);
    expect(body).toContain('## 二 结论\n\n运营是特色小镇的关键。');
    expect(body.trim().endsWith('[^1]: 测试脚注：数据截至2017年底。')).toBe(true);
  });
  it('turns each table into a CSV dataset with a descriptor stub the check refuses until status, sources and licences are given', () => {
    expect(r.files.get('data/2018/b10-table-1.csv')).toBe('小镇,年份,投资（亿元）\n甲镇,2016,12.5\n乙镇,2017,8\n');
    const pkg = JSON.parse(String(r.files.get('data/2018/datapackage.json'))) as {
      resources: Record<string, unknown>[];
    };
    const res = pkg.resources.find((x) => x.name === 'b10-table-1')!;
    expect(res).toMatchObject({
      path: 'b10-table-1.csv',
      title: '测试小镇的投资',
      status: 'TODO',
      sources: [],
      licenses: [],
    });
    expect((res.schema as { fields: unknown[] }).fields).toEqual([
      { name: '小镇', type: 'string', title: '小镇' },
      { name: '年份', type: 'year', title: '年份' },
      { name: '投资（亿元）', type: 'number', title: '投资（亿元）' },
    ]);
    expect(mdx).toContain(
      '<Figure id="b10-table-1" kind="table" dataset="b10-table-1" x="小镇" title="测试小镇的投资" />',
    );
    expect(r.todo).toContain(
      'data/2018/datapackage.json: "b10-table-1" — "status" (published, derived or illustrative), "sources" (where the table\'s figures come from) and "licenses"',
    );
    // The package's own resources are kept as they were.
    expect(pkg.resources.length).toBe(
      JSON.parse(readFileSync('data/2018/datapackage.json', 'utf8')).resources.length + 2,
    );
  });
  it('flattens merged cells by repeating the value, and says where', () => {
    expect(r.files.get('data/2018/b10-table-2.csv')).toBe('地区,数量,数量2\n华东,3,4\n');
    expect(r.notes).toContainEqual({
      place: '表1-2 合并单元格的表',
      what: '第1行第2–3列合并，“数量”已填入其覆盖的每一格',
    });
  });
  it('puts pictures in public/images/<year>/ with their 图… caption kept', () => {
    expect(r.files.get('public/images/2018/b10-1.png')).toEqual(png(8, 6));
    expect(mdx).toContain('![测试示意图](/images/2018/b10-1.png)\n\n*图1-1 测试示意图*');
    // A picture inside a sentence stays there.
    expect(mdx).toContain('行内图标![行内图标](/images/2018/b10-2.png)在句中。');
    expect(r.files.get('public/images/2018/b10-2.png')).toEqual(png(2, 2));
    expect(mdx).not.toContain('bluebook-image');
  });
  it('writes nothing itself: the files are returned for the command to write all at once', () => {
    expect(existsSync(join(root, 'content/2018/chapters/b10.mdx'))).toBe(false);
  });
});

describe('importChapter(options): what cannot be carried over is reported with its place', () => {
  it('equations, text boxes, tracked changes and comments', async () => {
    const { root, file } = await project(awkwardManuscript());
    const r = await importChapter({ root, file, year: 2018, code: 'B.11', part: 'topics' });
    expect(r.notes.map((n) => `${n.place} ${n.what.split('：')[0]}`)).toEqual([
      '第 4 段 修订（插入）已按接受处理',
      '第 4 段 修订（删除）已按接受处理，删去的文字未导入',
      '第 5 段 公式“x+y”（Word 公式）未导入',
      '第 6 段 文本框的文字已放入正文原处（“文本框里的话”），版式未保留',
      '批注 1 条批注未导入（批注不属于正文）',
      '全文 稿件没有使用标题样式（标题 1、标题 2）',
    ]);
    expect(r.todo).toEqual([
      'content/2018/chapters/b11.mdx: authors',
      "content/2018/chapters/b11.mdx: page (the chapter's first page in the printed book)",
    ]);
    expect(frontmatter(String(r.files.get('content/2018/chapters/b11.mdx'))).authors).toEqual([]);
  });
  it('a manuscript with no headings imports as one section, and says so', async () => {
    const { root, file } = await project(flatManuscript());
    const r = await importChapter({ root, file, year: 2018, code: 'B.12', part: 'topics' });
    expect(r.notes.at(-1)!.what).toMatch(/^稿件没有使用标题样式/);
    expect(String(r.files.get('content/2018/chapters/b12.mdx'))).toContain('# TODO: 稿件未标明题目');
  });
  it('a picture the browser cannot show (EMF) is left out and named', async () => {
    const { root, file } = await project(emfManuscript());
    const r = await importChapter({ root, file, year: 2018, code: 'B.13', part: 'topics' });
    expect([...r.files.keys()].some((k) => k.startsWith('public/'))).toBe(false);
    expect(r.notes.map((n) => n.what)).toContainEqual(
      expect.stringMatching(/^图片格式 image\/x-emf 浏览器无法显示，未导入/),
    );
    expect(String(r.files.get('content/2018/chapters/b13.mdx'))).toContain('{/* TODO: 图片 1（image/x-emf）未导入 */}');
  });
});

describe('importChapter(options) refuses what is not a Word manuscript, writing nothing', () => {
  it('a file that is not a zip', async () => {
    const { root, file } = await project(Promise.resolve(Buffer.from('这不是Word文件')), '稿件 第3章.docx');
    const r = await importChapter({ root, file, year: 2018, code: 'B.3', part: 'topics' });
    expect(r.error).toBe(
      `${file}: not a .docx file (a .docx is a zip archive; this file is not one): save the manuscript from Word as "Word Document (.docx)"`,
    );
    expect(r.files.size).toBe(0);
  });
  it('a password-protected .docx (an OLE compound file)', async () => {
    const { root, file } = await project(
      Promise.resolve(
        Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
      ),
    );
    const r = await importChapter({ root, file, year: 2018, code: 'B.3', part: 'topics' });
    expect(r.error).toMatch(
      /: a password-protected \.docx or an old-format \.doc \(an OLE compound file, not a zip\): remove the password/,
    );
  });
  it('a zip that is not a Word document, an unknown part, an existing chapter', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('hello.txt', 'x');
    const { root, file } = await project(zip.generateAsync({ type: 'nodebuffer' }));
    expect((await importChapter({ root, file, year: 2018, code: 'B.3', part: 'topics' })).error).toBe(
      `${file}: a zip archive but not a Word document (it has no word/document.xml)`,
    );
    const ok = await project(fullManuscript());
    expect(
      (await importChapter({ root: ok.root, file: ok.file, year: 2018, code: 'B.3', part: 'nowhere' })).error,
    ).toBe(
      '--part nowhere: expected one of the parts of content/2018/edition.yaml: general, topics, standards, cases, appendix',
    );
    writeFileSync(join(ok.root, 'content/2018/chapters/b3.mdx'), 'x');
    expect((await importChapter({ root: ok.root, file: ok.file, year: 2018, code: 'B.3', part: 'topics' })).error).toBe(
      'content/2018/chapters/b3.mdx already exists: choose another --code, or add --force to replace it',
    );
  });
  it('npm run import leaves content/ untouched when it refuses', async () => {
    const { root, file } = await project(Promise.resolve(Buffer.from('not a zip')));
    const run = spawnSync(
      process.execPath,
      [join(process.cwd(), 'scripts/import.ts'), file, '--edition', '2018', '--code', 'B.3', '--part', 'topics'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Nothing was written.');
    expect(existsSync(join(root, 'content/2018/chapters/b3.mdx'))).toBe(false);
    expect(readFileSync(join(root, 'data/2018/datapackage.json'), 'utf8')).toBe(
      readFileSync('data/2018/datapackage.json', 'utf8'),
    );
  });
});

describe('importChapter(options) of a manuscript written in English', () => {
  it('reads Title, Author, Abstract and Keywords lines, and Table n / Figure n captions', async () => {
    const { Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } = await import(
      'docx'
    );
    const p = (text: string, heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
      new Paragraph({ ...(heading ? { heading } : {}), children: [new TextRun(text)] });
    const doc = new Document({
      sections: [
        {
          children: [
            p('Title: Measuring resilience (test manuscript)'),
            p('Author: Test Author, Second Author'),
            p('Abstract: A test manuscript, not the text of any report.'),
            p('Keywords: resilience; measurement'),
            p('1 Introduction', HeadingLevel.HEADING_1),
            p('Table 1.1: Test values'),
            new Table({
              rows: [
                new TableRow({ children: ['City', 'Score'].map((t) => new TableCell({ children: [p(t)] })) }),
                new TableRow({ children: ['A', '3'].map((t) => new TableCell({ children: [p(t)] })) }),
              ],
            }),
            new Paragraph({
              children: [new ImageRun({ type: 'png', data: png(), transformation: { width: 40, height: 30 } })],
            }),
            p('Figure 1.1: A test picture'),
          ],
        },
      ],
    });
    const { root, file } = await project(Packer.toBuffer(doc));
    const r = await importChapter({ root, file, year: 2018, code: 'B.14', part: 'topics' });
    const mdx = String(r.files.get('content/2018/chapters/b14.mdx'));
    expect(frontmatter(mdx)).toMatchObject({
      title: 'Measuring resilience (test manuscript)',
      authors: ['Test Author', 'Second Author'],
      abstract: 'A test manuscript, not the text of any report.',
      keywords: ['resilience', 'measurement'],
    });
    expect(mdx).toContain('title="Test values"');
    expect(mdx).toContain('![A test picture](/images/2018/b14-1.png)\n\n*Figure 1.1: A test picture*');
  });
});
