import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { findMath, findTags } from '../../../src/lib/content/find-tags.ts';
import { mathPlugin, mathProblems, renderMath } from '../../../src/lib/content/math.ts';
import { formatProblem } from '../../../src/lib/problems/problem.ts';

describe('renderMath(tex, display)', () => {
  it('gives MathML (no HTML spans, no script or font needed), keeping the TeX as an annotation', () => {
    const html = renderMath('E=mc^2', false);
    expect(html).toMatch(/^<span class="katex"><math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML">/);
    expect(html).toContain('<msup><mi>c</mi><mn>2</mn></msup>');
    expect(html).toContain('<annotation encoding="application/x-tex">E=mc^2</annotation>');
    expect(html).not.toContain('katex-html');
  });
  it('wraps display formulas in a block', () => {
    expect(renderMath('\\frac{a}{b}', true)).toMatch(
      /^<div class="math-display"><span class="katex"><math [^>]*display="block">.*<mfrac>/,
    );
  });
});

describe('mathPlugin (Sätteri)', () => {
  it('replaces $…$ and $$…$$ in Markdown with MathML', () => {
    const { html } = markdownToHtml('指数 $x_i$ 与\n\n$$\n\\sum_i w_i\n$$\n', {
      features: { math: true },
      mdastPlugins: [mathPlugin],
    });
    expect(html).toContain('<mi>x</mi><mi>i</mi>');
    expect(html).toContain('<div class="math-display">');
    expect(html).not.toContain('$');
  });
});

describe('findMath(body, firstLine) and mathProblems(body, file, firstLine)', () => {
  const body = '正文\n\n公式 $\\frac{a}{b}$ 在此。\n\n$$\n\\frac{1}{\n$$\n\n<Figure id="x" />\n';
  it('finds formulas with their places, braces inside them not taken for MDX expressions', () => {
    expect(findMath(body, 10)).toEqual([
      { tex: '\\frac{a}{b}', display: false, line: 12, column: 4 },
      { tex: '\\frac{1}{', display: true, line: 14, column: 1 },
    ]);
    expect(findTags(body, ['Figure'], 10)).toMatchObject([{ tag: 'Figure', attrs: { id: 'x' }, line: 18 }]);
  });
  it("reports a formula KaTeX cannot read at its line, with KaTeX's reason", () => {
    const problems = mathProblems(body, 'content/2030/chapters/b1.mdx', 10);
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toMatch(
      /^content\/2030\/chapters\/b1\.mdx:14:1 {2}\$\$ formula \$\$: expected a TeX formula KaTeX can read .*; found "\\\\frac\{1\}\{" \(Unexpected end of input in a macro argument, expected '\}'/,
    );
  });
});
