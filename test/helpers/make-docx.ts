// Word manuscripts for the import tests, written with the `docx` package (no hand-made OOXML):
// each element an author's chapter has, and the things an import cannot carry over.
import { deflateSync } from 'node:zlib';
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  LevelFormat,
  Math as OMath,
  MathRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  Textbox,
  TextRun,
  WidthType,
} from 'docx';

/** A tiny valid PNG (w × h, one colour), for pictures in manuscripts. */
export function png(w = 4, h = 3): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const t = Buffer.from(type);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(Buffer.concat([t, data])));
    return Buffer.concat([len, t, data, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const raw = Buffer.concat(
    Array.from({ length: h }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(w * 3, 0x44)])),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const p = (text: string, heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ ...(heading ? { heading } : {}), children: [new TextRun(text)] });

/** Every element of a chapter: title, authors, 摘要, 关键词, headings, emphasis, lists, a footnote, tables (one merged), a captioned picture. */
export async function fullManuscript(): Promise<Buffer> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'steps',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
      ],
    },
    footnotes: { 1: { children: [p('测试脚注：数据截至2017年底。')] } },
    sections: [
      {
        children: [
          p('测试章节：特色小镇的运营', HeadingLevel.TITLE),
          p('作者：测试作者甲　测试作者乙'),
          p('摘　要：本章是导入测试用的稿件，不是任何报告的内容。'),
          p('关键词：特色小镇；运营；测试'),
          p('一 发展现状', HeadingLevel.HEADING_1),
          new Paragraph({
            children: [
              new TextRun('特色小镇的'),
              new TextRun({ text: '运营主体', bold: true }),
              new TextRun('多为'),
              new TextRun({ text: '平台公司', italics: true }),
              new TextRun('。'),
              new FootnoteReferenceRun(1),
            ],
          }),
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun('第一项要点')] }),
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun('第二项要点')] }),
          p('（一）运营步骤', HeadingLevel.HEADING_2),
          new Paragraph({ numbering: { reference: 'steps', level: 0 }, children: [new TextRun('规划')] }),
          new Paragraph({ numbering: { reference: 'steps', level: 0 }, children: [new TextRun('建设')] }),
          p('表1-1 测试小镇的投资'),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({
                children: ['小镇', '年份', '投资（亿元）'].map((t) => new TableCell({ children: [p(t)] })),
              }),
              new TableRow({ children: ['甲镇', '2016', '12.5'].map((t) => new TableCell({ children: [p(t)] })) }),
              new TableRow({ children: ['乙镇', '2017', '8'].map((t) => new TableCell({ children: [p(t)] })) }),
            ],
          }),
          p('表1-2 合并单元格的表'),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [p('地区')] }),
                  new TableCell({ children: [p('数量')], columnSpan: 2 }),
                ],
              }),
              new TableRow({ children: ['华东', '3', '4'].map((t) => new TableCell({ children: [p(t)] })) }),
            ],
          }),
          new Paragraph({
            children: [
              new ImageRun({
                type: 'png',
                data: png(8, 6),
                transformation: { width: 80, height: 60 },
                altText: { name: 'pic', title: '示意图', description: '测试图片' },
              }),
            ],
          }),
          p('图1-1 测试示意图'),
          new Paragraph({
            children: [
              new TextRun('行内图标'),
              new ImageRun({
                type: 'png',
                data: png(2, 2),
                transformation: { width: 12, height: 12 },
                altText: { name: 'icon', title: '图标', description: '行内图标' },
              }),
              new TextRun('在句中。'),
            ],
          }),
          p('二 结论', HeadingLevel.HEADING_1),
          p('运营是特色小镇的关键。'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** What an import cannot carry over: a text box, an equation, tracked changes and a comment. */
export async function awkwardManuscript(): Promise<Buffer> {
  const doc = new Document({
    comments: {
      children: [{ id: 0, author: '审稿人', date: new Date('2024-01-01T00:00:00Z'), children: [p('这句需要核实。')] }],
    },
    sections: [
      {
        children: [
          p('测试章节：难以导入的元素', HeadingLevel.HEADING_1),
          new Paragraph({
            children: [
              new CommentRangeStart(0),
              new TextRun('有批注的句子。'),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun('修订：'),
              new InsertedTextRun({ text: '新加的字', id: 1, author: '编辑', date: '2024-01-01T00:00:00Z' }),
              new DeletedTextRun({ text: '删去的字', id: 2, author: '编辑', date: '2024-01-01T00:00:00Z' }),
            ],
          }),
          new Paragraph({ children: [new TextRun('公式：'), new OMath({ children: [new MathRun('x+y')] })] }),
          new Textbox({ style: { width: '2in', height: 'auto' }, children: [p('文本框里的话')] }),
          p('正文最后一段。'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A manuscript with no headings at all. */
export async function flatManuscript(): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [p('只有正文，没有标题。'), p('第二段。')] }] }));
}

/** A picture Word can hold but a browser cannot show (EMF), by changing the PNG's name and type in the package. */
export async function emfManuscript(): Promise<Buffer> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(
    await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              p('标题', HeadingLevel.HEADING_1),
              new Paragraph({
                children: [new ImageRun({ type: 'png', data: png(), transformation: { width: 40, height: 30 } })],
              }),
            ],
          },
        ],
      }),
    ),
  );
  const media = Object.keys(zip.files).find((f) => f.startsWith('word/media/'))!;
  const emf = media.replace(/\.png$/, '.emf');
  zip.file(emf, await zip.file(media)!.async('nodebuffer'));
  zip.remove(media);
  const rels = 'word/_rels/document.xml.rels';
  zip.file(rels, (await zip.file(rels)!.async('string')).replace(media.replace('word/', ''), emf.replace('word/', '')));
  const types = '[Content_Types].xml';
  zip.file(
    types,
    (await zip.file(types)!.async('string')).replace(
      '</Types>',
      '<Default Extension="emf" ContentType="image/x-emf"/></Types>',
    ),
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}
