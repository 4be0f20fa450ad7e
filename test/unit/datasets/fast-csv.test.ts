// fastCsv must give exactly what papaparse + validateRows give for a file without problems, and
// give up (undefined) on every file they find a problem in. Compared on csv-spectrum, on edge
// cases editors write, and on seeded random tables; plus the cases where it must *not* give up,
// so the one-pass reading stays the one used.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dialect, Field, Resource } from '../../../src/lib/datasets/descriptor.ts';
import { fastCsv } from '../../../src/lib/datasets/fast-csv.ts';
import { plainDate, plainNumber } from '../../../src/lib/datasets/field-types.ts';
import { parseCsv } from '../../../src/lib/datasets/parse-csv.ts';
import { readCsv } from '../../../src/lib/datasets/read-csv.ts';
import { validateRows } from '../../../src/lib/datasets/validate.ts';

const resourceOf = (fields: Field[], extra: Partial<Resource['schema']> = {}, dialect: Dialect = {}): Resource => ({
  name: 't',
  paths: ['t.csv'],
  title: { zh: 't' },
  schema: { fields, ...extra },
  dialect,
  encoding: 'utf-8',
  status: 'illustrative',
  gaps: [],
  sources: [{ title: 's' }],
  licenses: [{ name: 'CC0-1.0' }],
});

/** The reference reading, and both inputs of the one-pass reading. */
function compare(text: string, resource: Resource, options: { names?: string[] } = {}) {
  const o = { dialect: resource.dialect, ...options };
  const parsed = parseCsv(text, 't.csv', o);
  const slow = validateRows(parsed, resource, 't.csv');
  const fromText = fastCsv({ text }, resource, 't.csv', o);
  const fromBytes = fastCsv({ bytes: Buffer.from(text) }, resource, 't.csv', o);
  if (slow.problems.length) {
    expect(fromText, 'gave rows for a file with problems').toBeUndefined();
    expect(fromBytes, 'gave rows for a file with problems (bytes)').toBeUndefined();
  }
  for (const fast of [fromText, fromBytes]) {
    if (!fast) continue;
    expect(slow.problems).toEqual([]);
    expect(fast.header).toEqual(parsed.header);
    expect(fast.rows).toEqual(slow.rows);
    expect(fast.lines).toEqual(slow.lines);
    // Same values of the same types, also -0 and every double exactly.
    fast.rows.forEach((row, i) =>
      Object.entries(row).forEach(([k, v]) => expect(Object.is(v, slow.rows[i]![k])).toBe(true)),
    );
  }
  return { slow, fromText, fromBytes };
}

const text = (...names: string[]): Field[] => names.map((name) => ({ name, type: 'string' }));

describe('fastCsv(input, resource, file)', () => {
  it('reads csv-spectrum as papaparse does (every cell as text)', () => {
    const dir = 'node_modules/csv-spectrum/csvs';
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.csv'))) {
      const source = readFileSync(join(dir, name), 'utf8');
      const header = parseCsv(source, name).header;
      const { fromText, fromBytes } = compare(source, resourceOf(text(...header)));
      // Quoted commas, newlines and doubled quotes, CRLF, UTF-8, empty fields are all plain RFC 4180.
      if (!['json', 'location_coordinates'].some((n) => name.startsWith(n)))
        expect([name, !!fromText, !!fromBytes]).toEqual([name, true, true]);
    }
  });

  it('reads what editors write in one pass: quotes, Chinese, CRLF, blank lines, no final newline', () => {
    const fields: Field[] = [
      { name: '名称', type: 'string', constraints: { required: true } },
      { name: '数量', type: 'integer', constraints: { minimum: 0 } },
      { name: '比例', type: 'number' },
      { name: '年份', type: 'date' },
      { name: '是否', type: 'boolean' },
    ];
    const resource = resourceOf(fields, { primaryKey: '名称' });
    const cases = [
      '名称,数量,比例,年份,是否\n乌镇,1,2.5,2018,true\n"莫干山, 德清",2,-0.25,2018-06,false\n',
      '名称,数量,比例,年份,是否\r\n乌镇,1,2.5,2018-06-30,true\r\n"说""特色""小镇",,,,\r\n',
      '名称,数量,比例,年份,是否\n\n乌镇,1,.5,2018,1\n\n"多\n行",3,1e3,2016-02-29,否\n\n',
      '名称,数量,比例,年份,是否\n 乌镇 ,"1,000", 3 ,2018,TRUE',
      ' 名称 ,数量,比例,年份,是否\n乌镇,007,-0,2018,true\n',
      '名称,数量,比例,年份,是否\n乌镇\u3000,12345678901234567,0.1000000000000000055511151231257827,2018,是\n',
    ];
    for (const source of cases) {
      const { fromText, fromBytes } = compare(source, resource);
      expect(fromText).toBeDefined();
      expect(fromBytes).toBeDefined();
    }
    // Lines as the file has them: after a quoted newline and blank lines.
    expect(compare(cases[2]!, resource).fromBytes!.lines).toEqual([3, 5]);
  });

  it('decodes a column of 6,000 different names once its word table has stopped looking', () => {
    const names = Array.from({ length: 6000 }, (_, i) => `镇${i}号`);
    const source = `名称,序号\n${names.map((n, i) => `${n},${i}`).join('\n')}\n`;
    const { fromBytes } = compare(
      source,
      resourceOf(
        [
          { name: '名称', type: 'string' },
          { name: '序号', type: 'integer' },
        ],
        { primaryKey: '名称' },
      ),
    );
    expect(fromBytes!.rows.map((r) => r.名称)).toEqual(names);
  });

  it('gives up on every file with a problem, and on what papaparse reads its own way', () => {
    const fields: Field[] = [
      { name: 'a', type: 'string', constraints: { unique: true } },
      { name: 'b', type: 'integer', constraints: { maximum: 10 } },
    ];
    const resource = resourceOf(fields);
    const broken = [
      'a,b\nx,1,2\n', // too many cells
      'a,b\nx\n', // too few
      'a,b\nx,11\n', // above the maximum
      'a,b\nx,1\nx,2\n', // not unique
      'a,b\n"x",1\nx,2\n', // not unique, the first quoted
      'a,b\nx,1\n"x",2\n', // not unique, the second quoted
      'a,b\nx,1.5\n', // not an integer
      'a,b\n"x,1\n', // unclosed quote
      'a,b\nx"y,1\n', // stray quote
      'a,b\n"x"y,1\n', // text after a closing quote
      'a,b\r\nx,1\ny,2\r\n', // a lone \n in a \r\n file
      'a,b\rx,1\r', // old Mac line ends
      'a,a\nx,1\n', // a name twice
      'a,c\nx,1\n', // an undeclared column
      '\na,b\nx,1\n', // blank first line
    ];
    for (const source of broken) {
      const { fromText, fromBytes } = compare(source, resource);
      expect([source, fromText, fromBytes]).toEqual([source, undefined, undefined]);
    }
    // A primary or unique key seen before (one field or several); a unique key with an empty part is not compared.
    const pair: Field[] = [
      { name: 'a', type: 'string' },
      { name: 'b', type: 'integer' },
    ];
    for (const [extra, source] of [
      [{ primaryKey: 'a' }, 'a,b\nx,1\nx,2\n'],
      [{ primaryKey: ['a', 'b'] }, 'a,b\nx,1\ny,1\nx,1\n'],
      [{ uniqueKeys: [['b'], ['a', 'b']] }, 'a,b\nx,1\ny,2\nz,1\n'],
    ] as const) {
      const { slow, fromText, fromBytes } = compare(source, resourceOf(pair, extra as Partial<Resource['schema']>));
      expect([source, slow.problems.length, fromText, fromBytes]).toEqual([source, 1, undefined, undefined]);
    }
    expect(compare('a,b\nx,\nx,\n', resourceOf(pair, { uniqueKeys: [['a', 'b']] })).fromBytes?.rows).toEqual([
      { a: 'x', b: null },
      { a: 'x', b: null },
    ]);
    // Dialects it leaves to papaparse.
    for (const dialect of [
      { commentChar: '#' },
      { skipInitialSpace: true },
      { nullSequence: 'NA' },
      { doubleQuote: false, escapeChar: '\\' },
      { delimiter: '||' },
      { headerRows: [2] },
    ] as Dialect[]) {
      expect(fastCsv({ text: 'a,b\nx,1\n' }, resourceOf(fields, {}, dialect), 't.csv', { dialect })).toBeUndefined();
    }
  });

  it('takes a tab, a semicolon or a full-width delimiter, and a file with no header row', () => {
    const fields: Field[] = [
      { name: 'a', type: 'string' },
      { name: 'b', type: 'number' },
    ];
    for (const delimiter of ['\t', ';', '，']) {
      const resource = resourceOf(fields, {}, { delimiter });
      const { fromText, fromBytes } = compare(`a${delimiter}b\n镇${delimiter}1.5\n`, resource);
      expect(fromText?.rows).toEqual([{ a: '镇', b: 1.5 }]);
      // Bytes are scanned as ASCII: a full-width delimiter is read from the text instead.
      expect(fromBytes?.rows).toEqual(delimiter === '，' ? undefined : [{ a: '镇', b: 1.5 }]);
    }
    const headless = resourceOf(fields, {}, { header: false });
    expect(compare('镇,1\n城,2\n', headless, { names: ['a', 'b'] }).fromBytes!.lines).toEqual([1, 2]);
  });

  it('equals the reference reading on 300 seeded random tables', () => {
    let seed = 20181202;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const cells: Record<string, readonly string[]> = {
      string: [
        '乌镇',
        'id1',
        '',
        ' 空格 ',
        '\u3000全角',
        'a"b',
        '"引,号"',
        '"x""y"',
        '"多\n行"',
        'TRUE',
        '城镇',
        '城镇',
      ],
      integer: ['0', '7', '-3', '+4', '007', '1.5', '"1,000"', '', 'x', '12345678901234567', ' 5', '-0'],
      number: [
        '0.1',
        '.5',
        '5.',
        '-0',
        '1e5',
        '3.14159',
        '"1,234.5"',
        '',
        'NaN',
        '999999999999999.9',
        '0.30000000000000004',
        '1e309',
      ],
      date: ['2018', '2018-06', '2018-06-30', '2018-02-29', '2016-02-29', '2018-13', '18-06', '', '2018/06/30'],
      boolean: ['true', 'false', '是', '否', '1', '0', 'TRUE', 'yes', ''],
    };
    const types = Object.keys(cells) as Field['type'][];
    let accepted = 0;
    for (let t = 0; t < 300; t++) {
      const width = 1 + Math.floor(random() * 5);
      const fields: Field[] = Array.from({ length: width }, (_, i) => {
        const type = pick(types);
        const constraints =
          random() < 0.2
            ? { required: true }
            : random() < 0.1
              ? { unique: true }
              : type === 'integer' && random() < 0.3
                ? { minimum: 0 }
                : undefined;
        return { name: `列${i}`, type, ...(constraints ? { constraints } : {}) };
      });
      const delimiter = pick([',', ',', ',', ';', '\t']);
      const eol = pick(['\n', '\n', '\r\n']);
      const clean = random() < 0.5; // half the tables keep to plainly valid cells
      const good: Record<string, readonly string[]> = {
        string: ['乌镇', 'id1', '城镇', '"引,号"'],
        integer: ['0', '7', '-3', '007'],
        number: ['0.1', '.5', '-0', '3.14159'],
        date: ['2018', '2018-06', '2016-02-29'],
        boolean: ['true', 'false', '是'],
      };
      const rows = Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
        fields.map((f) => pick((clean ? good : cells)[f.type]!)).join(delimiter),
      );
      const source = [fields.map((f) => f.name).join(delimiter), ...rows].join(eol) + (random() < 0.7 ? eol : '');
      const resource = resourceOf(
        fields,
        random() < 0.2 ? { primaryKey: fields[0]!.name } : {},
        delimiter === ',' ? {} : { delimiter },
      );
      const { fromText } = compare(source, resource);
      if (fromText) accepted++;
    }
    // The comparison means something only if many tables were read in one pass.
    expect(accepted).toBeGreaterThan(60);
  });
});

describe('readCsv(bytes, resource, file)', () => {
  const resource = resourceOf([
    { name: '名称', type: 'string' },
    { name: '值', type: 'number' },
  ]);
  it('drops a UTF-8 byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('名称,值\n乌镇,1\n')]);
    expect(readCsv(bytes, resource, 't.csv')).toEqual({
      header: ['名称', '值'],
      rows: [{ 名称: '乌镇', 值: 1 }],
      lines: [2],
      problems: [],
    });
  });
  it('says what is wrong with bytes that are not UTF-8, and reads a declared GB18030 file', () => {
    const gbk = Buffer.from([0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xd6, 0xb5, 0x0a, 0xce, 0xda, 0xd5, 0xf2, 0x2c, 0x31, 0x0a]); // 名称,值\n乌镇,1\n in GBK
    expect(readCsv(gbk, resource, 't.csv').problems[0]!.found).toMatch(/not UTF-8; they look like GBK/);
    expect(readCsv(gbk, resource, 't.csv', { encoding: 'gb18030' }).rows).toEqual([{ 名称: '乌镇', 值: 1 }]);
  });
  it('reads a file with a full-width delimiter, and says its problems at their place', () => {
    const fullWidth = resourceOf(
      [
        { name: '名称', type: 'string' },
        { name: '值', type: 'number' },
      ],
      {},
      { delimiter: '，' },
    );
    expect(
      readCsv(Buffer.from('名称，值\n乌镇，1.5\n'), fullWidth, 't.csv', { dialect: { delimiter: '，' } }).rows,
    ).toEqual([{ 名称: '乌镇', 值: 1.5 }]);
    const bad = readCsv(Buffer.from('名称，值\n乌镇，一\n'), fullWidth, 't.csv', { dialect: { delimiter: '，' } });
    expect(bad.problems.map((p) => `${p.line}:${p.column} ${p.found}`)).toEqual(['2:2 "一"']);
  });
  it('lists every problem of a file the one-pass reading gives up on', () => {
    const out = readCsv(Buffer.from('名称,值\n乌镇,x\n莫干山,y\n'), resource, 't.csv');
    expect(out.problems.map((p) => `${p.line}:${p.column} ${p.found}`)).toEqual(['2:2 "x"', '3:2 "y"']);
  });
});

describe('plainNumber(text, from, to, integer)', () => {
  it('is Number() for plain decimals up to 15 digits, and undefined for what it leaves to the full reading', () => {
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let i = 0; i < 20000; i++) {
      const digits = 1 + Math.floor(random() * 15);
      const s = Array.from({ length: digits }, () => Math.floor(random() * 10)).join('');
      const point = Math.floor(random() * (digits + 1));
      const written =
        (random() < 0.3 ? '-' : '') + (point === 0 || point === digits ? s : `${s.slice(0, point)}.${s.slice(point)}`);
      expect(Object.is(plainNumber(written, 0, written.length, false), Number(written))).toBe(true);
    }
    for (const s of ['', '-', '5.', '1e5', '1,000', '1234567890123456', ' 1', 'x'])
      expect(plainNumber(s, 0, s.length, false)).toBeUndefined();
    expect(plainNumber('1.5', 0, 3, true)).toBeUndefined();
    expect(plainNumber('a,12,b', 2, 4, true)).toBe(12);
  });
});

describe('plainDate(text, from, to)', () => {
  it('takes YYYY, YYYY-MM and YYYY-MM-DD that exist', () => {
    expect(['2018', '2018-06', '2018-06-30', '2016-02-29', '2000-02-29'].map((d) => plainDate(d, 0, d.length))).toEqual(
      [true, true, true, true, true],
    );
    expect(
      [
        '2018-02-29',
        '1900-02-29',
        '2018-13',
        '2018-00',
        '2018-06-31',
        'abcd',
        'abcd-02-28',
        '2018-6',
        '2018/06',
        '20180630',
        '',
      ].map((d) => plainDate(d, 0, d.length)),
    ).toEqual(Array(11).fill(false));
  });
});

describe('validateRows(parsed, resource, file) on a unique field that is the primary key', () => {
  it('says a repeated value once, as the key', () => {
    const resource = resourceOf(
      [
        { name: 'id', type: 'string', constraints: { unique: true } },
        { name: 'v', type: 'integer' },
      ],
      { primaryKey: 'id' },
    );
    const { problems } = validateRows(parseCsv('id,v\na,1\na,2\n', 't.csv'), resource, 't.csv');
    expect(problems.map((p) => `${p.line}:${p.column} ${p.where}`)).toEqual(['3:1 id (primary key)']);
  });
});

describe("fastCsv on the book's own tables", () => {
  it('reads every CSV of data/ in one pass, as the reference reading does', async () => {
    const { loadDataPackage } = await import('../../../src/lib/datasets/load-datapackage.ts');
    const read: string[] = [];
    for (const pkg of readdirSync('data')
      .filter((n) => /^\d{4}$/.test(n))
      .sort()
      .map((n) => loadDataPackage('.', Number(n)))) {
      for (const d of pkg.datasets) {
        if (d.resource.paths.length !== 1) continue;
        const source = readFileSync(d.file, 'utf8').replace(/^\uFEFF/, '');
        const { fromBytes } = compare(source, d.resource);
        expect([d.file, fromBytes !== undefined]).toEqual([d.file, true]);
        read.push(d.file);
      }
    }
    expect(read.length).toBeGreaterThan(5);
  });
});
