import { describe, expect, it } from 'vitest';
import { frameSnippet, imageSnippet } from '../../../src/lib/embeds/snippets.ts';

describe('frameSnippet({ embedUrl, title, height })', () => {
  const html = frameSnippet({
    embedUrl: 'https://example.org/2018/figures/towns/embed/',
    title: '图1 "特色" 小镇 & 数据',
    height: 797,
  });
  it('frames the embed page at the stated height, the title escaped for its attribute', () => {
    expect(html).toContain('<iframe src="https://example.org/2018/figures/towns/embed/" ');
    expect(html).toContain('title="图1 &quot;特色&quot; 小镇 &amp; 数据"');
    expect(html).toContain('height="797"');
  });
  it('resizes only frames of the embed origin, to the height the figure posts', () => {
    const script = html.match(/<script>(.*)<\/script>/)![1]!;
    const frames = [
      { contentWindow: 'w1', style: { height: '' } },
      { contentWindow: 'w2', style: { height: '' } },
    ];
    let listener: (e: unknown) => void = () => {};
    new Function('addEventListener', 'document', script)(
      (_: string, f: (e: unknown) => void) => {
        listener = f;
      },
      { querySelectorAll: () => frames },
    );
    listener({ origin: 'https://evil.example', source: 'w1', data: { height: 10 } });
    listener({ origin: 'https://example.org', source: 'w2', data: { height: 640 } });
    expect(frames.map((f) => f.style.height)).toEqual(['', '640px']);
  });
});

describe('imageSnippet({ permalink, imageUrl, alt })', () => {
  it('links the picture to the figure page, with the figure summary as its alt text', () => {
    expect(imageSnippet({ permalink: 'https://e.org/f/', imageUrl: 'https://e.org/f.png', alt: 'A < B' })).toBe(
      '<a href="https://e.org/f/"><img src="https://e.org/f.png" alt="A &lt; B" width="720" ' +
        'style="max-width:100%;height:auto"></a>',
    );
  });
});
