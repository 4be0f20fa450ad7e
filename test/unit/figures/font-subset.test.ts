import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { subsetFontFile } from '../../../src/lib/figures/font-subset.ts';
import { fontFiles } from '../../../src/lib/figures/png.ts';

const texts = [
  '图1-2 第一批中国特色小镇的省份分布（个）0123456789',
  '浙江省 江苏省 山东省 四川省 广东省 数据来源：住房和城乡建设部',
  'Towns by province, 2016 (count) — ABCxyz %,.',
  '𠀀 rare: 龘 and a full-width ｉｄ／２０１８',
  '',
];

describe('subsetFontFile(file, text)', () => {
  it.each(texts)('makes the bytes subset-font makes, for the regular and the bold font: %j', async (text) => {
    for (const file of [fontFiles.regular, fontFiles.bold]) {
      const ours = subsetFontFile(file, text);
      const theirs = await subsetFont(readFileSync(file), text, { targetFormat: 'truetype' });
      expect(ours.equals(theirs)).toBe(true);
    }
  });

  it('gives the same bytes when asked again, after other subsets of the same face', () => {
    const first = subsetFontFile(fontFiles.regular, texts[0]!);
    for (const t of texts) subsetFontFile(fontFiles.regular, t);
    expect(subsetFontFile(fontFiles.regular, texts[0]!).equals(first)).toBe(true);
    expect(first.length).toBeLessThan(200_000);
  });
});
