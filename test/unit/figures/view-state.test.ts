import { describe, expect, it } from 'vitest';
import {
  areProvinces,
  figureTabs,
  matchLabel,
  readViewState,
  rowsInView,
  writeViewState,
} from '../../../src/lib/figures/view-state.ts';

const provinces = ['北京市', '浙江省', '江苏省', '陕西+宁夏', '广东省'];
const times = ['2015-05', '2016-07', '2017-07', '2018-06'];

describe('figureTabs(kind, labels)', () => {
  it('offers a map only where every row is a province, and a map figure as its own map', () => {
    expect(figureTabs('bar', provinces)).toEqual(['chart', 'table', 'map']);
    expect(figureTabs('bar', ['华东', '华北', '华中', '华南', '西南'])).toEqual(['chart', 'table']);
    expect(figureTabs('map', provinces)).toEqual(['map', 'table']);
    expect(figureTabs('line', times)).toEqual(['chart', 'table']);
    expect(figureTabs('table', provinces)).toEqual(['table']);
  });
  it('areProvinces(labels) wants five or more, combined units included', () => {
    expect(areProvinces(provinces)).toBe(true);
    expect(areProvinces(provinces.slice(0, 4))).toBe(false);
    expect(areProvinces([...provinces, '火星'])).toBe(false);
  });
});

describe('readViewState(search, options) and writeViewState(state, options)', () => {
  const o = { tabs: ['chart', 'table', 'map'] as const, labels: provinces };
  it("reads tab and selection, a province by any of its names, in the figure's order", () => {
    expect(readViewState('?tab=map&sel=江苏,浙江', o)).toEqual({
      tab: 'map',
      sel: ['浙江省', '江苏省'],
      from: undefined,
      to: undefined,
    });
    expect(matchLabel('Zhejiang', provinces)).toBe('浙江省');
  });
  it('drops what it cannot mean, so an old link still opens', () => {
    expect(readViewState('?tab=globe&sel=火星,,浙江省,浙江省', o)).toEqual({
      tab: 'chart',
      sel: ['浙江省'],
      from: undefined,
      to: undefined,
    });
  });
  it('reads a time range, swapped when given backwards', () => {
    expect(readViewState('?from=2018-06&to=2016-07', { tabs: ['chart', 'table'], labels: times, times })).toMatchObject(
      { from: '2016-07', to: '2018-06' },
    );
    expect(readViewState('?from=1999-01', { tabs: ['chart', 'table'], labels: times, times }).from).toBeUndefined();
  });
  it('writes the default view as no query, and others in a fixed order', () => {
    expect(writeViewState({ tab: 'chart', sel: [] }, o)).toBe('');
    expect(writeViewState({ tab: 'table', sel: ['浙江省', '江苏省'] }, o)).toBe(
      `?tab=table&sel=${encodeURIComponent('浙江省')},${encodeURIComponent('江苏省')}`,
    );
    expect(
      writeViewState({ tab: 'chart', sel: [], from: '2015-05', to: '2017-07' }, { tabs: ['chart', 'table'], times }),
    ).toBe('?to=2017-07');
  });
});

describe('rowsInView(rows, label, state, times)', () => {
  it('keeps the selected rows, or all when none is', () => {
    expect(rowsInView(provinces, (l) => l, { tab: 'table', sel: ['广东省', '北京市'] })).toEqual(['北京市', '广东省']);
    expect(rowsInView(provinces, (l) => l, { tab: 'table', sel: [] })).toEqual(provinces);
  });
  it('keeps the points within the range, ends included', () => {
    expect(rowsInView(times, (l) => l, { tab: 'chart', sel: [], from: '2016-07', to: '2017-07' }, times)).toEqual([
      '2016-07',
      '2017-07',
    ]);
  });
});
