import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rankCommand } from '../../../src/lib/composite-index/rank-command.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function files(f: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bluebook-rank-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(f)) writeFileSync(join(dir, name), text);
  return dir;
}
// Fictional entities and numbers.
const spec = `id: t
title: { zh: 测试 }
dataset: d
entity: { id: id, label: name }
status: illustrative
dimensions: [{ id: a, label: { zh: 一 } }]
indicators:
  - { id: x, label: { zh: 甲 }, column: x, parent: a, direction: higher }
  - { id: y, label: { zh: 乙 }, column: y, parent: a, direction: lower }
`;

describe('rankCommand(args, cwd)  (npm run rank)', () => {
  it('prints id, label, full-precision score, published score, rank and tie as CSV', () => {
    const cwd = files({ 's.yaml': spec, 'd.csv': 'id,name,x,y\np,上海,1,3\nq,北京,3,1\nr,广州,2,2\n' });
    const r = rankCommand(['s.yaml', '--data', 'd.csv'], cwd);
    expect(r).toEqual({
      code: 0,
      errors: '',
      out: 'id,label,score,published,rank,tied,a\nq,北京,100,100,1,false,100\nr,广州,50,50,2,false,50\np,上海,0,0,3,false,0\n',
    });
  });
  it('reports a spec problem at its file:line:col, and exits 1', () => {
    const cwd = files({
      's.yaml': spec.replace('direction: lower', 'direction: down'),
      'd.csv': 'id,name,x,y\np,上海,1,3\n',
    });
    const r = rankCommand(['s.yaml', '--data', 'd.csv'], cwd);
    expect(r.code).toBe(1);
    expect(r.errors).toMatch(
      /^s\.yaml:9:\d+ {2}indicators\.1\.direction: expected one of higher, lower; found "down"$/,
    );
  });
  it('reports a cell that is not a number at its CSV line and column', () => {
    const cwd = files({ 's.yaml': spec, 'd.csv': 'id,name,x,y\np,上海,1,3\nq,北京,三,1\n' });
    expect(rankCommand(['s.yaml', '--data', 'd.csv'], cwd).errors).toBe(
      'd.csv:3:3  x (type number): expected a number (e.g. 50.39); found "三"',
    );
  });
  it('asks for --data when the spec is not in an edition, and explains its usage for a bad option', () => {
    const cwd = files({ 's.yaml': spec });
    expect(rankCommand(['s.yaml'], cwd).errors).toMatch(/^s\.yaml {2}expected --data <file\.csv>/);
    expect(rankCommand(['s.yaml', '--format', 'xml'], cwd).errors).toMatch(/^usage: npm run --silent rank/);
  });
  it("computes an edition's own spec from its datapackage when no --data is given", () => {
    const r = rankCommand(['data/2018/rankings/smart-city-index-illustrative.yaml', '--format', 'json'], process.cwd());
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { rows: unknown[] }).rows).toHaveLength(10);
  });
});

describe('rankCommand([spec, --data, --previous, --previous-data, --revised-previous], cwd)', () => {
  const D = 'test/fixtures/rankings/hdi-2022';
  const args = [`${D}/hdi.yaml`, '--data', `${D}/hdi-2022.csv`, '--previous', `${D}/hdi.yaml`];
  const rows = (out: string) =>
    out
      .trim()
      .split('\n')
      .map((l) => l.split(','));

  it("adds previous_rank,change,method,revision,real: Marshall Islands 'rose 29', 30 from revisions, -1 real", () => {
    const r = rankCommand(
      [...args, '--previous-data', `${D}/hdi-2021-as-published.csv`, '--revised-previous', `${D}/hdi-2021.csv`],
      process.cwd(),
    );
    expect([r.code, r.errors]).toEqual([0, '']);
    const [header, ...body] = rows(r.out);
    expect(header!.slice(-5)).toEqual(['previous_rank', 'change', 'method', 'revision', 'real']);
    // 131st in the HDR 2021/22, 102nd in the HDR 2023/24.
    expect(body.find((l) => l[0] === 'MHL')!.slice(-5)).toEqual(['131', '29', '0', '30', '-1']);
    // A country outside the previous report: previous rank and split left empty.
    const entering = body.filter((l) => l.at(-5) === '');
    expect(entering.length).toBe(2);
    for (const l of entering) expect(l.slice(-5)).toEqual(['', '', '', '', '']);
  });

  it('without revised data, fills the method part only and says the rest mixes revisions with real change', () => {
    const r = rankCommand([...args, '--previous-data', `${D}/hdi-2021-as-published.csv`], process.cwd());
    expect(r.code).toBe(0);
    expect(r.errors).toMatch(/mixes revisions of the data with real change/);
    expect(
      rows(r.out)
        .find((l) => l[0] === 'CHE')!
        .slice(-5),
    ).toEqual(['1', '0', '0', '', '']);
  });

  it('says why the method part cannot be computed when the old data lacks a column the new method needs', () => {
    const dir = files({ 'old.csv': 'iso3,country,le,eys,gnipc\nAAA,A,70,12,9000\nBBB,B,60,10,2000\n' });
    const oldSpec = join(dir, 'old.yaml');
    writeFileSync(oldSpec, readFileSync(`${D}/hdi.yaml`, 'utf8').replace(/\n {2}- \{ id: mys[^\n]*/, ''));
    const r = rankCommand(
      [`${D}/hdi.yaml`, '--data', `${D}/hdi-2022.csv`, '--previous', oldSpec, '--previous-data', join(dir, 'old.csv')],
      process.cwd(),
    );
    expect(r.code).toBe(0);
    expect(r.errors).toMatch(/the method part cannot be computed: this method on the previous data fails:\n.*mys/);
  });

  it('refuses --previous without --previous-data', () => {
    expect(rankCommand(args, process.cwd()).errors).toMatch(/--previous and --previous-data go together/);
  });
});
