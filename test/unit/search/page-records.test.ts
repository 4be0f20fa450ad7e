import { describe, expect, it } from 'vitest';
import { pageRecord, withoutSvgBodies } from '../../../src/lib/search/page-records.ts';

const html = `<!doctype html><html lang="zh-CN"><head><title>站点</title></head><body>
<header>页眉不进索引</header>
<main data-pagefind-body>
  <div hidden data-pagefind-ignore><span data-pagefind-meta="title">B.1 特色小镇</span><span data-pagefind-meta="code">B.1</span><span data-pagefind-filter="kind">章节</span><span data-pagefind-filter="edition">2018</span></div>
  <p class="kicker" data-pagefind-weight="8">一 总报告 · B.1</p>
  <h1>特色小镇与智慧城市</h1>
  <p>第一段&amp;<em>强调</em>文字。</p><p>第二段</p>
  <nav data-pagefind-ignore>目录不进索引</nav>
  <h2 id="s1">一 国家政策</h2>
  <ul><li>条目一</li><li>条目二</li></ul>
  <svg><text>图中文字</text></svg>
  <script>var x = "脚本";</script>
</main></body></html>`;

describe('pageRecord(html, url)', () => {
  it('reads the body in blocks, headings with their anchors, weights, meta and filters; skips what Pagefind skips', () => {
    const r = pageRecord(html, '/2018/b1/')!;
    expect(r.meta).toEqual({ title: 'B.1 特色小镇', code: 'B.1' });
    expect(r.filters).toEqual({ kind: ['章节'], edition: ['2018'] });
    expect(r.blocks).toEqual([
      { tag: 'p', weight: '8', text: '一 总报告 · B.1' },
      { tag: 'h1', text: '特色小镇与智慧城市' },
      { tag: 'p', text: '第一段&强调文字。' },
      { tag: 'p', text: '第二段' },
      { tag: 'h2', id: 's1', text: '一 国家政策' },
      { tag: 'p', text: '条目一' },
      { tag: 'p', text: '条目二' },
    ]);
  });
  it('is undefined for a page without data-pagefind-body', () =>
    expect(pageRecord('<html><body><p>x</p></body></html>', '/x/')).toBeUndefined());
});

describe('withoutSvgBodies(html)', () => {
  it('empties each SVG, keeping its opening tag and what follows it', () => {
    expect(withoutSvgBodies('<p>前</p><svg viewBox="0 0 10 10"><text>图中文字</text><rect/></svg><p>后</p>')).toBe(
      '<p>前</p><svg viewBox="0 0 10 10"></svg><p>后</p>',
    );
    expect(withoutSvgBodies('<svg><g/></svg>a<svg\nclass="x"><g/></svg>b')).toBe('<svg></svg>a<svg\nclass="x"></svg>b');
  });

  it('leaves an SVG holding another SVG, a self-closed SVG and names that only begin with svg', () => {
    const nested = '<svg><svg><g/></svg><text>外</text></svg><p>后</p>';
    expect(withoutSvgBodies(nested)).toBe('<svg><svg></svg><text>外</text></svg><p>后</p>');
    expect(withoutSvgBodies('<svg/><p>a</p></svg>')).toBe('<svg/><p>a</p></svg>');
    expect(withoutSvgBodies('<svgx>a</svgx><p>b</p></svg>')).toBe('<svgx>a</svgx><p>b</p></svg>');
    expect(withoutSvgBodies('<svg><g>unclosed')).toBe('<svg><g>unclosed');
  });

  it('pageRecord reads the same text with or without the SVGs emptied', () => {
    const html =
      '<html><body><main data-pagefind-body><h1>标题</h1><figure><svg><text>刻度</text></svg><figcaption>图1 说明</figcaption></figure></main></body></html>';
    expect(pageRecord(html, '/x/')!.blocks.map((b) => b.text)).toEqual(['标题', '图1 说明']);
  });
});
