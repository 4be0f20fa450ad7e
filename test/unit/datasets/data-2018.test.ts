import { describe, expect, it } from 'vitest';
import { loadDataPackage } from '../../../src/lib/datasets/load-datapackage.ts';
import { computeMeasure } from '../../../src/lib/datasets/measures.ts';

const pkg = loadDataPackage('.', 2018);
const rows = (name: string) => pkg.datasets.find((d) => d.resource.name === name)!.rows;

describe('the 2018 data', () => {
  it('passes every check', () => expect(pkg.problems).toEqual([]));

  it('every resource carries a source, a licence and a status', () => {
    for (const d of pkg.datasets) {
      expect(d.resource.sources.length, d.resource.name).toBeGreaterThan(0);
      expect(d.resource.licenses.length, d.resource.name).toBeGreaterThan(0);
      expect(['published', 'derived', 'illustrative']).toContain(d.resource.status);
    }
  });

  it('lists the 110 first-batch towns its sources reach, 8 of them in 浙江, and says 17 are missing', () => {
    expect(rows('towns-2016-batch1')).toHaveLength(110);
    expect(rows('towns-2016-batch1').filter((r) => r.province === '浙江省')).toHaveLength(8);
    expect(pkg.datasets.find((d) => d.resource.name === 'towns-2016-batch1')!.resource.gaps.join('')).toContain('110');
  });

  it('first-batch counts per province add up to 127 and match the rows found', () => {
    const byProvince = rows('towns-2016-batch1-by-province');
    expect(computeMeasure(byProvince, { measure: 'sum', column: 'count' }).value).toBe(127);
    expect(computeMeasure(byProvince, { measure: 'sum', column: 'rows_found' }).value).toBe(110);
    for (const r of byProvince.filter((r) => r.province)) {
      expect(rows('towns-2016-batch1').filter((t) => t.province === r.province).length, String(r.province)).toBe(
        r.rows_found,
      );
    }
  });

  it('keeps 陕西 and 宁夏 unknown on their own and 7 together, never split', () => {
    const byProvince = rows('towns-2016-batch1-by-province');
    expect(byProvince.find((r) => r.province === '陕西省')!.count).toBeNull();
    expect(byProvince.find((r) => r.province === '宁夏回族自治区')!.count).toBeNull();
    expect(byProvince.find((r) => r.unit === '陕西省+宁夏回族自治区')!.count).toBe(7);
  });

  it('second-batch counts add up to 276', () => {
    expect(computeMeasure(rows('towns-2017-batch2-by-province'), { measure: 'sum', column: 'count' }).value).toBe(276);
  });

  it('town types: 64/127 = 50.39% and 23/127 = 18.11%, as the book prints them; unknown counts stay empty', () => {
    const types = rows('town-types-2016');
    expect(types.find((r) => r.type === '旅游发展型')).toMatchObject({ count: 64, share_percent: 50.39 });
    expect(((64 / 127) * 100).toFixed(2)).toBe('50.39');
    expect(((23 / 127) * 100).toFixed(2)).toBe('18.11');
    expect(types.filter((r) => r.count === null)).toHaveLength(4);
  });

  it('region columns agree with the derived province-regions grouping', () => {
    const regionOf = new Map(rows('province-regions').map((r) => [r.province, r.region]));
    for (const r of [...rows('towns-2016-batch1-by-province'), ...rows('towns-2017-batch2-by-province')].filter(
      (r) => r.province,
    )) {
      expect(r.region, String(r.province)).toBe(regionOf.get(r.province));
    }
  });

  it('the fund town figures have one source per row', () => {
    for (const r of rows('yuhuangshannan-fund-town')) expect(String(r.source_url)).toMatch(/^https?:\/\//);
  });
});

describe('the derived both-batches dataset', () => {
  it('agrees with the two datasets it was derived from, row by row', () => {
    const b1 = new Map(
      rows('towns-2016-batch1-by-province')
        .filter((r) => r.province)
        .map((r) => [r.province, r.count]),
    );
    const b2 = new Map(rows('towns-2017-batch2-by-province').map((r) => [r.province, r.count]));
    for (const r of rows('towns-by-province-batches')) {
      expect(r.batch1, String(r.province)).toBe(b1.get(r.province) ?? null);
      expect(r.batch2, String(r.province)).toBe(b2.get(r.province) ?? null);
    }
    expect(rows('towns-by-province-batches').reduce((n, r) => n + (r.batch2 as number), 0)).toBe(276);
  });
});
