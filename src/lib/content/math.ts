import katex from 'katex';
import { defineMdastPlugin } from 'satteri';
import type { Problem } from '../problems/problem.ts';
import { findMath } from './find-tags.ts';

/**
 * A formula as MathML, rendered at build time by KaTeX: browsers draw MathML natively, so a page
 * with formulas ships no script and no math font, and screen readers read it.
 */
export function renderMath(tex: string, display: boolean, throwOnError = false): string {
  const html = katex.renderToString(tex, { output: 'mathml', displayMode: display, throwOnError, strict: 'ignore' });
  return display ? `<div class="math-display">${html}</div>` : html;
}

/** Formulas KaTeX cannot read, each at its place in the file. */
export function mathProblems(body: string, file: string, firstLine = 1): Problem[] {
  return findMath(body, firstLine).flatMap((m) => {
    try {
      renderMath(m.tex, m.display, true);
      return [];
    } catch (error) {
      const message = String((error as Error).message).replace(/^KaTeX parse error: /, '');
      return [
        {
          file,
          line: m.line,
          column: m.column,
          where: m.display ? '$$ formula $$' : '$formula$',
          expected: 'a TeX formula KaTeX can read (see katex.org/docs/supported)',
          found: `${JSON.stringify(m.tex.length > 60 ? `${m.tex.slice(0, 60)}…` : m.tex)} (${message})`,
        },
      ];
    }
  });
}

/** The site's Markdown processor (Sätteri) parses $…$ and $$…$$; this plugin puts the MathML in their place. */
export const mathPlugin = defineMdastPlugin({
  name: 'bluebook-math',
  math(node, ctx) {
    ctx.replaceNode(node, { raw: renderMath(node.value, true), mdxExpressions: false });
  },
  inlineMath(node, ctx) {
    ctx.replaceNode(node, { raw: renderMath(node.value, false), mdxExpressions: false });
  },
});
