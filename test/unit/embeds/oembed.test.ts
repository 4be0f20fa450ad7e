import { describe, expect, it } from 'vitest';
import { embedHeight, figureOembed } from '../../../src/lib/embeds/oembed.ts';

describe('figureOembed(figure)', () => {
  const base = {
    embedUrl: 'https://example.org/2030/figures/x/embed/',
    width: 720,
    height: 800,
    authorName: '数字版',
    providerName: '测试蓝皮书',
    providerUrl: 'https://example.org/',
  };
  it('is an oEmbed 1.0 rich response whose html is one iframe, the title escaped', () => {
    const o = figureOembed({ ...base, title: '图1-1 "引号" & <尖括号>' });
    expect(o).toMatchObject({ version: '1.0', type: 'rich', width: 720, height: 800, provider_name: '测试蓝皮书' });
    expect(o.html).toBe(
      '<iframe src="https://example.org/2030/figures/x/embed/" title="图1-1 &quot;引号&quot; &amp; &lt;尖括号&gt;" width="720" height="800" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
    expect(o).not.toHaveProperty('thumbnail_url');
  });
  it('gives a thumbnail with its width and height together', () => {
    expect(
      figureOembed({
        ...base,
        title: 't',
        thumbnailUrl: 'https://example.org/x.png',
        thumbnailWidth: 1280,
        thumbnailHeight: 600,
      }),
    ).toMatchObject({ thumbnail_url: 'https://example.org/x.png', thumbnail_width: 1280, thumbnail_height: 600 });
  });
});

describe('embedHeight(chartHeight)', () => {
  it('embedHeight(400) fits the chart at 720/640 scale plus 460 px of text', () => expect(embedHeight(400)).toBe(910));
  it('embedHeight(undefined) assumes a 300 px chart (a table figure)', () => expect(embedHeight(undefined)).toBe(798));
});
