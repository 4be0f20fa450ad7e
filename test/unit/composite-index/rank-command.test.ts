import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
