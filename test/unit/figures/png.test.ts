import { readdirSync, readFileSync } from 'node:fs';
import { renderAsync } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { fontFiles, rasterise } from '../../../src/lib/figures/png.ts';
import { withCaption } from '../../../src/lib/figures/with-caption.ts';

/** What resvg draws with the whole Noto Sans SC, as the build did before it cut the fonts down. */
const withWholeFont = async (svg: string, width: number) =>
  (
    await renderAsync(svg, {
      fitTo: { mode: 'width', value: width },
      background: '#ffffff',
      font: {
        fontFiles: [fontFiles.regular, fontFiles.bold],
        loadSystemFonts: false,
        defaultFontFamily: 'Noto Sans SC',
      },
    })
  ).asPng();

const snapshots = readdirSync('test/output/figures')
  .filter((f) => f.endsWith('.svg'))
  .sort();

describe('rasterise(svg, width)', () => {
  it.each(snapshots)(
    'draws %s to the same bytes with the font cut down to its characters as with the whole font',
    async (file) => {
      const svg = readFileSync(`test/output/figures/${file}`, 'utf8');
      expect((await rasterise(svg, 640)).equals(await withWholeFont(svg, 640))).toBe(true);
    },
  );

  it('keeps bold text and characters written as references', async () => {
    const chart = readFileSync(`test/output/figures/${snapshots[0]}`, 'utf8');
    const [width, height] = [/width="(\d+)"/, /height="(\d+)"/].map((re) => Number(re.exec(chart)![1]));
    // Two rare characters (龘 twice) written only as references in the bold heading.
    const svg = withCaption(
      { svg: chart, width: width!, height: height! },
      '图1 测试标题（粗体）',
      '资料来源：测试',
    ).replace('测试标题', '&#x9f98;&#40856;标题');
    expect(svg).toMatch(/font-weight="700"[^>]*>图1 &#x9f98;&#40856;标题/);
    expect((await rasterise(svg, 640)).equals(await withWholeFont(svg, 640))).toBe(true);
  });
});
