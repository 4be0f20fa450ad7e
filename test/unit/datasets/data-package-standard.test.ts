// What the Frictionless Data Package and Table Schema standards (v1, v2) allow, loaded as they
// allow it. All data here is test data made up for the test, not real figures.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataPackage } from '../../../src/lib/datasets/load-datapackage.ts';
import { formatProblem } from '../../../src/lib/problems/problem.ts';
import { dataProject } from '../../helpers/data-fixture.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));
const load = (resources: object[], files: Record<string, string | Uint8Array>, meta: object = {}) => {
  const p = dataProject(resources, files, meta);
  cleanups.push(p.remove);
  return loadDataPackage(p.dir, 2030);
};
const prov = { sources: [{ title: '测试来源' }], licenses: [{ name: 'CC0-1.0' }], status: 'illustrative' };
const table = (fields: object[], extra: object = {}) => ({
  name: 't',
  path: 't.csv',
  ...prov,
  schema: { fields },
  ...extra,
});
const rowsOf = (r: ReturnType<typeof load>) => {
  expect(r.problems.map(formatProblem)).toEqual([]);
  return r.datasets[0]!.rows;
};
const problemsOf = (r: ReturnType<typeof load>) => r.problems.map(formatProblem);

describe('descriptor keys of the standard', () => {
  it('takes a string title, no description, and format, mediatype, encoding, profile, $schema, homepage, keywords, version', () => {
    const r = load(
      [
        {
          ...table([{ name: 'a', type: 'string' }]),
          title: '测试表',
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8',
          profile: 'tabular-data-resource',
          $schema: 'https://datapackage.org/profiles/2.0/dataresource.json',
        },
      ],
      { 't.csv': 'a\nx\n' },
      {
        title: '测试包',
        profile: 'tabular-data-package',
        homepage: 'https://example.org',
        keywords: ['测试'],
        version: '1.0.0',
        created: '2030-01-01T00:00:00Z',
        contributors: [{ title: '某人' }],
      },
    );
    expect(rowsOf(r)).toEqual([{ a: 'x' }]);
    expect(r.datasets[0]!.resource.title).toEqual({ zh: '测试表' });
    expect(r.datasets[0]!.resource.description).toBeUndefined();
  });

  it('inherits licences, sources and status from the package', () => {
    const r = load([{ name: 't', path: 't.csv', schema: { fields: [{ name: 'a' }] } }], { 't.csv': 'a\n1\n' }, prov);
    const { resource } = r.datasets[0]!;
    expect(r.problems).toEqual([]);
    expect(resource.licenses).toEqual([{ name: 'CC0-1.0' }]);
    expect(resource.sources).toEqual([{ title: '测试来源' }]);
    expect(resource.status).toBe('illustrative');
  });

  it('reads the keys written before v1: `license` as a string, sources with `name` and `web`', () => {
    const r = load(
      [{ name: 't', path: 't.csv', schema: { fields: [{ name: 'a' }] } }],
      { 't.csv': 'a\n1\n' },
      {
        license: 'PDDL-1.0',
        sources: [{ name: '某观测站', web: 'https://example.org/trends' }],
        status: 'illustrative',
      },
    );
    expect(r.problems).toEqual([]);
    expect(r.datasets[0]!.resource.licenses).toEqual([{ name: 'PDDL-1.0' }]);
    expect(r.datasets[0]!.resource.sources).toEqual([{ title: '某观测站', path: 'https://example.org/trends' }]);
  });

  it('says once, at the resource, what is missing from both the resource and the package', () => {
    const r = load([{ name: 't', path: 't.csv', schema: { fields: [{ name: 'a' }] } }], { 't.csv': 'a\n1\n' });
    expect(r.problems.map((p) => `${p.where}: ${p.found}`)).toEqual([
      'sources: (missing in both)',
      'licenses: (missing in both)',
      'status: (missing in both)',
    ]);
  });

  it('refuses a title given as an object and says how translations are written', () => {
    const [p] = load([{ ...table([{ name: 'a' }]), title: { zh: '表', en: 'Table' } }], { 't.csv': 'a\n1\n' }).problems;
    expect(p!.where).toBe('resources.0.title');
    expect(p!.expected).toContain('write translations under `titles`');
  });

  it('takes translated titles under `titles`', () => {
    const r = load([{ ...table([{ name: 'a' }]), title: '表', titles: { en: 'Table' } }], { 't.csv': 'a\n1\n' });
    expect(r.datasets[0]!.resource.title).toEqual({ zh: '表', en: 'Table' });
  });

  it('refuses a path that is a URL, saying to download the file into the edition first', () => {
    const url = 'https://raw.githubusercontent.com/datasets/gdp/main/data/gdp.csv';
    const [p] = load([{ ...table([{ name: 'a' }]), path: url }], {}).problems;
    expect(formatProblem(p!)).toMatch(
      /datapackage\.json:\d+:\d+ {2}path: expected a local file: download it into data\/2030\/ first \(e\.g\. curl -L -o data\/2030\/gdp\.csv '.*gdp\.csv'\) and set "path": "gdp\.csv"; found a URL https:/,
    );
  });

  it('refuses a path that leaves the edition folder', () => {
    expect(problemsOf(load([{ ...table([{ name: 'a' }]), path: '../2018/x.csv' }], {}))[0]).toContain(
      'expected a path inside data/2030/',
    );
  });

  it('reads a table kept in a subfolder, as published packages keep them in data/', () => {
    const r = load([{ ...table([{ name: 'a', type: 'integer' }]), path: 'data/t.csv' }], { 'data/t.csv': 'a\n1\n' });
    expect(rowsOf(r)).toEqual([{ a: 1 }]);
    expect(r.warnings).toEqual([]);
  });

  it('joins the parts of a multipart table; later parts have no header', () => {
    const r = load([{ ...table([{ name: 'a', type: 'integer' }, { name: 'b' }]), path: ['p1.csv', 'p2.csv'] }], {
      'p1.csv': 'a,b\n1,x\n',
      'p2.csv': '2,y\n3,z\n',
    });
    expect(rowsOf(r)).toEqual([
      { a: 1, b: 'x' },
      { a: 2, b: 'y' },
      { a: 3, b: 'z' },
    ]);
  });

  it('reads inline data: arrays with a header row, or objects', () => {
    expect(
      rowsOf(
        load(
          [
            {
              name: 't',
              ...prov,
              data: [
                ['a', 'b'],
                [1, 'x'],
              ],
              schema: { fields: [{ name: 'a', type: 'integer' }, { name: 'b' }] },
            },
          ],
          {},
        ),
      ),
    ).toEqual([{ a: 1, b: 'x' }]);
    expect(
      rowsOf(
        load(
          [
            {
              name: 't',
              ...prov,
              data: [{ a: 2, b: 'y' }],
              schema: { fields: [{ name: 'a', type: 'integer' }, { name: 'b' }] },
            },
          ],
          {},
        ),
      ),
    ).toEqual([{ a: 2, b: 'y' }]);
  });

  it('reads a schema and a dialect kept in their own JSON files', () => {
    const r = load([{ name: 't', path: 't.csv', ...prov, schema: 'schema.json', dialect: 'dialect.json' }], {
      't.csv': 'a;b\n1;2\n',
      'schema.json': JSON.stringify({
        fields: [
          { name: 'a', type: 'integer' },
          { name: 'b', type: 'integer' },
        ],
      }),
      'dialect.json': JSON.stringify({ delimiter: ';' }),
    });
    expect(rowsOf(r)).toEqual([{ a: 1, b: 2 }]);
  });

  it('checks a declared hash and size, and warns when the file changed since', () => {
    const body = 'a\n1\n';
    const sha = createHash('sha256').update(body).digest('hex');
    const md5 = createHash('md5').update(body).digest('hex');
    expect(load([{ ...table([{ name: 'a' }]), hash: `sha256:${sha}`, bytes: 4 }], { 't.csv': body }).warnings).toEqual(
      [],
    );
    expect(load([{ ...table([{ name: 'a' }]), hash: md5 }], { 't.csv': body }).warnings).toEqual([]);
    const w = load([{ ...table([{ name: 'a' }]), hash: `sha256:${sha}`, bytes: 4 }], {
      't.csv': 'a\n2\n3\n',
    }).warnings.map((p) => `${p.where}: ${p.found}`);
    expect(w).toEqual(['t bytes: 6 bytes', `t hash: ${createHash('sha256').update('a\n2\n3\n').digest('hex')}`]);
  });

  it('lists a file that is not a table (a PDF) without failing, and does not show it', () => {
    const r = load([{ name: 'report', path: 'report.pdf', ...prov }, table([{ name: 'a' }])], {
      'report.pdf': '%PDF-1.4',
      't.csv': 'a\n1\n',
    });
    expect(r.problems).toEqual([]);
    expect(r.datasets.map((d) => d.resource.name)).toEqual(['t']);
    expect(r.warnings.map((p) => p.where)).toEqual(['report']);
  });

  it('refuses a spreadsheet with a schema, saying to save it as CSV', () => {
    expect(problemsOf(load([{ ...table([{ name: 'a' }]), path: 't.xlsx' }], { 't.xlsx': 'PK' }))[0]).toContain(
      'expected a CSV or TSV file (save a spreadsheet as "CSV UTF-8")',
    );
  });

  it('warns about a misspelt key that would silently drop what it means, and lets other extra keys be', () => {
    const r = load([{ ...table([{ name: 'a', constriants: { required: true } }]), staus: 'published', myOwnKey: 1 }], {
      't.csv': 'a\n1\n',
    });
    expect(r.warnings.map((p) => `${p.where}: ${p.expected}`)).toEqual([
      'resources.0.staus: "status" (a key of the standard or of Bluebook; "staus" is not read)',
      'resources.0.schema.fields.0.constriants: "constraints" (a key of the standard or of Bluebook; "constriants" is not read)',
    ]);
  });

  it('publishes only http(s) and mailto links for sources and licences (a javascript: URL is refused)', () => {
    const [p] = load([{ ...table([{ name: 'a' }]), sources: [{ title: '来源', path: 'javascript:alert(1)' }] }], {
      't.csv': 'a\n1\n',
    }).problems;
    expect(formatProblem(p!)).toMatch(
      /resources\.0\.sources\.0\.path: expected an http\(s\) or mailto: address; found "javascript:alert\(1\)"/,
    );
  });
});

describe('dialects', () => {
  it('reads a ; delimiter with decimal commas, as European exports write them', () => {
    const r = load(
      [
        table([{ name: 'land' }, { name: 'wert', type: 'number', decimalChar: ',', groupChar: '.' }], {
          dialect: { delimiter: ';' },
        }),
      ],
      { 't.csv': 'land;wert\nA;1.234,5\nB;-0,25\n' },
    );
    expect(rowsOf(r)).toEqual([
      { land: 'A', wert: 1234.5 },
      { land: 'B', wert: -0.25 },
    ]);
  });

  it('reads a .tsv file as tab-separated', () => {
    expect(
      rowsOf(
        load([{ ...table([{ name: 'a' }, { name: 'b', type: 'integer' }]), path: 't.tsv' }], {
          't.tsv': 'a\tb\n逗号,在内\t3\n',
        }),
      ),
    ).toEqual([{ a: '逗号,在内', b: 3 }]);
  });

  it('reads a file without a header row by field order (header: false)', () => {
    expect(
      rowsOf(
        load([table([{ name: 'a' }, { name: 'b', type: 'integer' }], { dialect: { header: false } })], {
          't.csv': 'x,1\ny,2\n',
        }),
      ),
    ).toEqual([
      { a: 'x', b: 1 },
      { a: 'y', b: 2 },
    ]);
  });

  it('skips comment lines, and rows before a header placed lower (v2 headerRows, commentRows)', () => {
    expect(
      rowsOf(
        load([table([{ name: 'a', type: 'integer' }], { dialect: { commentChar: '#' } })], {
          't.csv': '# 说明\na\n1\n# 尾注\n',
        }),
      ),
    ).toEqual([{ a: 1 }]);
    const r = load([table([{ name: 'a', type: 'integer' }], { dialect: { headerRows: [3], commentRows: [5] } })], {
      't.csv': '标题\n单位：个\na\n1\n注：略\n2\n',
    });
    expect(rowsOf(r)).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('reads quotes escaped with a backslash (doubleQuote false, escapeChar)', () => {
    expect(
      rowsOf(
        load([table([{ name: 'a' }], { dialect: { doubleQuote: false, escapeChar: '\\' } })], {
          't.csv': 'a\n"说\\"好\\""\n',
        }),
      ),
    ).toEqual([{ a: '说"好"' }]);
  });

  it("treats the null sequence and the schema's missing values as empty", () => {
    expect(
      rowsOf(
        load([table([{ name: 'a', type: 'number' }], { dialect: { nullSequence: 'NULL' } })], {
          't.csv': 'a\nNULL\n1\n',
        }),
      ),
    ).toEqual([{ a: null }, { a: 1 }]);
    const r = load(
      [
        {
          ...table([]),
          schema: {
            fields: [
              { name: 'a', type: 'number' },
              { name: 'b', type: 'number', missingValues: ['-99.99'] },
            ],
            missingValues: ['', 'NA', '-'],
          },
        },
      ],
      { 't.csv': 'a,b\nNA,-99.99\n-,2\n' },
    );
    expect(rowsOf(r)).toEqual([
      { a: null, b: null },
      { a: null, b: 2 },
    ]);
  });

  it('decodes a file in its declared encoding (GB18030 as Chinese office software writes it)', () => {
    const gb = new Uint8Array(
      Buffer.from(new TextEncoder().encode('a\n')).toJSON().data.concat([0xd5, 0xe3, 0xbd, 0xad, 0x0a]),
    );
    expect(rowsOf(load([{ ...table([{ name: 'a' }]), encoding: 'gb18030' }], { 't.csv': gb }))).toEqual([
      { a: '浙江' },
    ]);
    expect(problemsOf(load([{ ...table([{ name: 'a' }]), encoding: 'klingon' }], { 't.csv': 'a\n1\n' }))[0]).toContain(
      'expected an encoding label such as utf-8, gb18030',
    );
  });
});

describe('field types and options', () => {
  it('year, yearmonth, time, datetime, duration, geopoint, object, array, list and any', () => {
    const fields = [
      { name: 'y', type: 'year' },
      { name: 'ym', type: 'yearmonth' },
      { name: 't', type: 'time' },
      { name: 'dt', type: 'datetime' },
      { name: 'du', type: 'duration' },
      { name: 'g', type: 'geopoint' },
      { name: 'o', type: 'object' },
      { name: 'ar', type: 'array' },
      { name: 'l', type: 'list', itemType: 'integer' },
      { name: 'any', type: 'any' },
    ];
    const r = load([table(fields)], {
      't.csv':
        'y,ym,t,dt,du,g,o,ar,l,any\n2015,2015-05,09:30:00,2015-05-21T08:00:00Z,P1Y2M,"120.15, 30.28","{""k"":1}","[1,2]","1,2,3",什么都行\n',
    });
    expect(rowsOf(r)).toEqual([
      {
        y: 2015,
        ym: '2015-05',
        t: '09:30:00',
        dt: '2015-05-21T08:00:00Z',
        du: 'P1Y2M',
        g: '120.15, 30.28',
        o: '{"k":1}',
        ar: '[1,2]',
        l: '1,2,3',
        any: '什么都行',
      },
    ]);
  });

  it('reports each wrong value of the new types with what it should look like', () => {
    const fields = [
      { name: 'y', type: 'year' },
      { name: 'ym', type: 'yearmonth' },
      { name: 'dt', type: 'datetime' },
      { name: 'g', type: 'geopoint' },
      { name: 'l', type: 'list', itemType: 'integer' },
    ];
    const found = load([table(fields)], {
      't.csv': 'y,ym,dt,g,l\n15,2015-13,2015-05-21 8:00,"200, 30","1,二"\n',
    }).problems.map((p) => `${p.column} ${p.where}: ${p.expected}`);
    expect(found).toEqual([
      '1 y (type year): a year YYYY',
      '2 ym (type yearmonth): a month YYYY-MM',
      '3 dt (type datetime): a date and time YYYY-MM-DDTHH:MM:SS (optionally with Z or ±hh:mm)',
      '4 g (type geopoint): a point "lon, lat"',
      '5 l (type list): a list separated by "," of a whole number (e.g. 127 or 1,000)',
    ]);
  });

  it('reads dates in a declared strptime format and in `any` of the common written forms, as ISO dates', () => {
    const r = load(
      [
        table([
          { name: 'd', type: 'date', format: '%d/%m/%Y' },
          { name: 'e', type: 'date', format: 'any' },
        ]),
      ],
      { 't.csv': 'd,e\n21/05/2015,2015年5月21日\n01/02/2016,2016/2/1\n' },
    );
    expect(rowsOf(r)).toEqual([
      { d: '2015-05-21', e: '2015-05-21' },
      { d: '2016-02-01', e: '2016-02-01' },
    ]);
    expect(
      problemsOf(load([table([{ name: 'd', type: 'date', format: '%d/%m/%Y' }])], { 't.csv': 'd\n31/02/2015\n' }))[0],
    ).toContain('expected a date in the format %d/%m/%Y; found "31/02/2015"');
  });

  it('reads numbers that carry a currency or percent sign when bareNumber is false', () => {
    expect(
      rowsOf(
        load(
          [
            table([
              { name: 'a', type: 'number', bareNumber: false },
              { name: 'b', type: 'integer', bareNumber: false },
            ]),
          ],
          { 't.csv': 'a,b\n$1.5,12%\n€ 3,约7亿元\n' },
        ),
      ),
    ).toEqual([
      { a: 1.5, b: 12 },
      { a: 3, b: 7 },
    ]);
    expect(problemsOf(load([table([{ name: 'a', type: 'number' }])], { 't.csv': 'a\n$1.5\n' }))[0]).toContain(
      'found "$1.5"',
    );
  });

  it('reads booleans by the declared trueValues and falseValues', () => {
    expect(
      rowsOf(
        load([table([{ name: 'a', type: 'boolean', trueValues: ['有'], falseValues: ['无'] }])], {
          't.csv': 'a\n有\n无\n',
        }),
      ),
    ).toEqual([{ a: true }, { a: false }]);
    expect(
      problemsOf(
        load([table([{ name: 'a', type: 'boolean', trueValues: ['有'], falseValues: ['无'] }])], {
          't.csv': 'a\ntrue\n',
        }),
      )[0],
    ).toContain('expected one of 有, 无; found "true"');
  });

  it('checks string formats email, uri and uuid', () => {
    const r = load(
      [
        table([
          { name: 'e', format: 'email' },
          { name: 'u', format: 'uri' },
        ]),
      ],
      { 't.csv': 'e,u\n编辑部 at example.org,www.example.org\n' },
    );
    expect(r.problems.map((p) => p.expected)).toEqual(['text in the format email', 'text in the format uri']);
  });

  it('a field without a type is a string', () => {
    expect(rowsOf(load([table([{ name: 'a' }])], { 't.csv': 'a\n007\n' }))).toEqual([{ a: '007' }]);
  });
});

describe('constraints', () => {
  it('minLength and maxLength count characters, not UTF-16 units (镇 is one)', () => {
    const r = load([table([{ name: 'town', constraints: { minLength: 2, maxLength: 4 } }])], {
      't.csv': 'town\n横店镇\n镇\n东阳市横店镇\n𠮷野家\n',
    });
    expect(r.problems.map((p) => `${p.line} ${p.where}: ${p.found}`)).toEqual([
      '3 town (minLength): "镇" (1)',
      '4 town (maxLength): "东阳市横店镇" (6)',
    ]);
  });

  it('exclusiveMinimum and exclusiveMaximum, and minimum on dates', () => {
    const r = load(
      [
        table([
          { name: 'share', type: 'number', constraints: { exclusiveMinimum: 0, exclusiveMaximum: 100 } },
          { name: 'd', type: 'date', constraints: { minimum: '2016-01-01' } },
        ]),
      ],
      { 't.csv': 'share,d\n0,2016-10-14\n50,2015-12-31\n100,2017-08-22\n' },
    );
    expect(r.problems.map((p) => `${p.line} ${p.where}`)).toEqual([
      '2 share (exclusiveMinimum)',
      '3 d (minimum)',
      '4 share (exclusiveMaximum)',
    ]);
  });

  it('a unique key (v2 uniqueKeys) is checked like a primary key, skipping rows with an empty part', () => {
    const r = load([{ ...table([]), schema: { fields: [{ name: 'p' }, { name: 'code' }], uniqueKeys: [['code']] } }], {
      't.csv': 'p,code\n浙江,33\n江苏,\n上海,\n浙江省,33\n',
    });
    expect(r.problems.map((p) => `${p.line} ${p.where}: ${p.expected}`)).toEqual([
      '5 code (unique key): a key not already on line 2',
    ]);
  });

  it('an invalid pattern is one problem at the descriptor, not a crash', () => {
    expect(
      problemsOf(load([table([{ name: 'a', constraints: { pattern: '([a-z' } }])], { 't.csv': 'a\nx\n' }))[0],
    ).toMatch(/datapackage\.json:\d+:\d+ {2}a \(pattern\): expected a regular expression/);
  });
});

describe('foreign keys and fieldsMatch', () => {
  const provinces = {
    name: 'provinces',
    path: 'provinces.csv',
    ...prov,
    schema: { fields: [{ name: 'name' }], primaryKey: 'name' },
  };
  const towns = (fk: object) => ({
    name: 'towns',
    path: 'towns.csv',
    ...prov,
    schema: { fields: [{ name: 'town' }, { name: 'province' }], foreignKeys: [fk] },
  });

  it('accepts rows whose key exists in the referenced resource, and reports the others at their line', () => {
    const fk = { fields: 'province', reference: { resource: 'provinces', fields: 'name' } };
    const files = {
      'provinces.csv': 'name\n浙江\n江苏\n',
      'towns.csv': 'town,province\n横店镇,浙江\n周庄镇,江苏\n某镇,\n莲都镇,福建\n',
    };
    const r = load([provinces, towns(fk)], files);
    expect(problemsOf(r)).toEqual([
      'data/2030/towns.csv:5:2  province (foreign key): expected a value of provinces.name; found "福建"',
    ]);
    expect(r.datasets.map((d) => d.resource.name)).toEqual(['provinces']);
    expect(load([provinces, towns(fk)], { ...files, 'towns.csv': 'town,province\n横店镇,浙江\n' }).problems).toEqual(
      [],
    );
  });

  it('reports a reference to an unknown resource', () => {
    expect(
      problemsOf(
        load([provinces, towns({ fields: 'province', reference: { resource: 'regions', fields: 'name' } })], {
          'provinces.csv': 'name\n浙江\n',
          'towns.csv': 'town,province\n横店镇,浙江\n',
        }),
      )[0],
    ).toMatch(/towns foreignKeys: expected a resource of this package that loads: provinces, towns; found "regions"/);
  });

  it('fieldsMatch subset lets the file have more columns; superset lets the schema have more', () => {
    expect(
      rowsOf(
        load([{ ...table([]), schema: { fields: [{ name: 'a' }], fieldsMatch: 'subset' } }], {
          't.csv': 'a,extra\n1,2\n',
        }),
      ),
    ).toEqual([{ a: '1' }]);
    expect(
      rowsOf(
        load([{ ...table([]), schema: { fields: [{ name: 'a' }, { name: 'b' }], fieldsMatch: 'superset' } }], {
          't.csv': 'a\n1\n',
        }),
      ),
    ).toEqual([{ a: '1', b: null }]);
    expect(
      problemsOf(
        load([{ ...table([]), schema: { fields: [{ name: 'a' }, { name: 'b' }], fieldsMatch: 'exact' } }], {
          't.csv': 'b,a\n1,2\n',
        }),
      )[0],
    ).toContain('expected the columns in the declared order: a, b');
  });
});

describe('one bad resource', () => {
  it('reports its own problems and leaves the others usable', () => {
    const good = table([{ name: 'a', type: 'integer' }]);
    const bad = { ...good, name: 'bad', path: 'bad.csv', status: 'draft' };
    const r = load([bad, good], { 't.csv': 'a\n1\n', 'bad.csv': 'a\n1\n' });
    expect(problemsOf(r)).toHaveLength(1);
    expect(problemsOf(r)[0]).toMatch(
      /resources\.0\.status: expected one of published, derived, illustrative; found "draft"/,
    );
    expect(r.datasets.map((d) => d.resource.name)).toEqual(['t']);
    expect(r.unavailable).toEqual(['bad']);
    expect(r.warnings).toEqual([]);
  });
});
