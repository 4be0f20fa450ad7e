// Each chart kind rendered from small test data and compared with a committed SVG: a visual
// change shows up as a file diff to review (`vitest -u` accepts a new rendering). Under CI a
// missing snapshot fails and names its file, so deleting one cannot make its test pass
// (test/unit/figures/snapshots-in-ci.test.ts).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderBar } from '../../../src/lib/figures/bar.ts';
import { renderLine } from '../../../src/lib/figures/line.ts';
import { renderTileMap } from '../../../src/lib/figures/tile-map.ts';
import { svgToPng } from '../../../src/lib/figures/png.ts';
import { renderDots } from '../../../src/lib/figures/dots.ts';
import { renderSlope } from '../../../src/lib/figures/slope.ts';
import { renderTimeline } from '../../../src/lib/figures/timeline.ts';
import { renderMultiBar } from '../../../src/lib/figures/stacked-bar.ts';
import { renderChoropleth } from '../../../src/lib/figures/choropleth.ts';

const rendered = new Map<string, string>();
const snapshot = (name: string, svg: string) => {
  rendered.set(name, svg);
  const file = `test/output/figures/${name}.svg`;
  // Vitest fails a missing file under CI too, but names the test, not the file to restore.
  if (process.env.CI && !existsSync(file))
    throw new Error(`${file} is missing: run the tests locally to write it, review and commit it`);
  return expect(svg).toMatchFileSnapshot(`../../output/figures/${name}.svg`);
};

// Test data, not real figures.
describe('chart snapshots', () => {
  it('renderBar(rows, options) matches test/output/figures/bar.svg', async () => {
    await snapshot(
      'bar',
      renderBar(
        [
          { k: '旅游发展型', v: 64 },
          { k: '历史文化型', v: 23 },
          { k: '工业发展型', v: null },
        ],
        { id: 'bar', title: '类型', summary: '测试', label: 'k', value: 'v', unit: '个' },
      ).svg,
    );
  });
  it('renderLine(rows, options) matches test/output/figures/line.svg', async () => {
    await snapshot(
      'line',
      renderLine(
        [
          { t: '2015-05', v: 700, b: 'more-than' },
          { t: '2017-07', v: 8750, b: 'more-than' },
          { t: '2018-06', v: 11200, b: 'exact' },
        ],
        { id: 'line', title: '规模', summary: '测试', x: 't', y: 'v', bound: 'b', unit: '亿元' },
      ).svg,
    );
  });
  it('renderTileMap(rows, options) matches test/output/figures/map.svg', async () => {
    await snapshot(
      'map',
      renderTileMap(
        [
          { p: '浙江', v: 8 },
          { p: '江苏', v: 7 },
          { p: '北京', v: 3 },
          { p: '陕西+宁夏', v: 7 },
        ],
        { id: 'map', title: '分布', summary: '测试', province: 'p', value: 'v', unit: '个' },
      ).svg,
    );
  });
  it('renderDots(rows, options) matches test/output/figures/dots.svg', async () => {
    await snapshot(
      'dots',
      renderDots(
        [
          { k: '甲市', m: 1, lo: 1, hi: 2 },
          { k: '乙市', m: 3, lo: 2, hi: 5 },
          { k: '丙市', m: 4, lo: 3, hi: 5 },
        ],
        {
          id: 'dots',
          title: '名次区间',
          summary: '测试',
          label: 'k',
          value: 'm',
          low: 'lo',
          high: 'hi',
          reversed: true,
        },
      ).svg,
    );
  });
  it('renderSlope(rows, options) matches test/output/figures/slope.svg', async () => {
    await snapshot(
      'slope',
      renderSlope(
        [
          { k: '甲市', a: 1, b: 2 },
          { k: '乙市', a: 2, b: 1 },
          { k: '丙市', a: 3, b: 3 },
          { k: '丁市', a: 3, b: 4 },
        ],
        {
          id: 'slope',
          title: '名次变化',
          summary: '测试',
          label: 'k',
          before: 'a',
          after: 'b',
          beforeLabel: '2018',
          afterLabel: '2019',
          ranks: true,
        },
      ).svg,
    );
  });
  it('renderTimeline(rows, options) matches test/output/figures/timeline.svg', async () => {
    await snapshot(
      'timeline',
      renderTimeline(
        [
          { d: '2016-10', e: '公布第一批名单（测试）' },
          { d: '2015-12', e: '提出特色小镇概念（测试）' },
          { d: '2017-08', e: '第二批公示（测试）' },
        ],
        { id: 'timeline', title: '大事记', summary: '测试', date: 'd', label: 'e' },
      ).svg,
    );
  });
  const two = [
    { k: '浙江', a: 8, b: 15 },
    { k: '江苏', a: 7, b: 15 },
    { k: '北京', a: 3, b: 4 },
  ];
  const series = [
    { column: 'a', title: '第一批' },
    { column: 'b', title: '第二批' },
  ];
  it('renderMultiBar(rows, {stacked: true}) matches test/output/figures/stacked.svg', async () => {
    await snapshot(
      'stacked',
      renderMultiBar(two, { id: 'stacked', title: '两批', summary: '测试', label: 'k', series, stacked: true }).svg,
    );
  });
  it('renderMultiBar(rows, {stacked: false}) matches test/output/figures/grouped.svg', async () => {
    await snapshot(
      'grouped',
      renderMultiBar(two, { id: 'grouped', title: '两批', summary: '测试', label: 'k', series, stacked: false }).svg,
    );
  });
  it('renderChoropleth(rows, options) matches test/output/figures/choropleth.svg and says it is not an approved map', async () => {
    const svg = renderChoropleth(
      [
        { p: '浙江', v: 8 },
        { p: '江苏省', v: 7 },
        { p: '北京', v: 3 },
      ],
      { id: 'choropleth', title: '分布', summary: '测试', province: 'p', value: 'v', unit: '个' },
    ).svg;
    expect(svg).toContain('非标准地图（无审图号）');
    await snapshot('choropleth', svg);
  });
  it('every chart rasterises to a PNG', async () => {
    expect([...rendered.keys()].sort()).toEqual([
      'bar',
      'choropleth',
      'dots',
      'grouped',
      'line',
      'map',
      'slope',
      'stacked',
      'timeline',
    ]);
    for (const svg of rendered.values()) {
      const png = await svgToPng(svg, 640);
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    }
  });
});
