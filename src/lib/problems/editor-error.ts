import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { formatProblem, type Problem } from './problem.ts';

/** An error as Astro's and Vite's dev overlays show it: the place (`loc`, from which they draw the
 * source lines), a title and a hint; its stack is its message, so no trace into our components. */
export interface EditorError extends Error {
  title: string;
  hint: string;
  loc?: { file: string; line: number; column: number };
  problems: Problem[];
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The lines around `line` of `text`, numbered, with a caret under `column`; a long line (a paragraph
 * of Chinese prose is one line) is cut to `width` characters from just before the column, the others alike. */
export function sourceFrame(text: string, line: number, column = 1, around = 2, width = 120): string {
  const lines = text.split(/\r?\n/);
  const from = Math.max(1, line - around);
  const to = Math.min(lines.length, line + around);
  const digits = String(to).length;
  // The window starts a little before the column: what follows it is what the problem is about.
  const start = Math.max(0, column - 1 - Math.min(20, Math.floor(width / 4)));
  const cut = (l: string) => {
    const shown = [...l].slice(start, start + width).join('');
    return `${start > 0 && shown ? '…' : ''}${shown}${[...l].length > start + width ? '…' : ''}`;
  };
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    out.push(`${n === line ? '>' : ' '} ${String(n).padStart(digits)} | ${cut(lines[n - 1] ?? '')}`);
    // Under each character before the column, a space as wide as it (CJK characters take two cells).
    const before = [...((start > 0 ? '…' : '') + [...(lines[n - 1] ?? '')].slice(start, column - 1).join(''))];
    const pad = before.map((c) => (WIDE.test(c) ? '\u3000' : ' ')).join('');
    if (n === line) out.push(`  ${' '.repeat(digits)} | ${pad}^`);
  }
  return out.join('\n');
}

/**
 * Every problem as one error for the dev overlay: each as `file:line:col  where: expected …; found
 * …` with the source lines around it, the first one's place as the error's. `read` gives a file's
 * text (relative to `root`), or throws.
 */
export function editorError(
  problems: Problem[],
  root: string,
  read = (f: string) => readFileSync(f, 'utf8'),
): EditorError {
  const n = problems.length;
  const blocks = problems.map((p) => {
    if (p.line === undefined) return formatProblem(p);
    try {
      const source = read(isAbsolute(p.file) ? p.file : join(root, p.file));
      return `${formatProblem(p)}\n${sourceFrame(source, p.line, p.column)}`;
    } catch {
      return formatProblem(p);
    }
  });
  const error = new Error(`${n} problem${n === 1 ? '' : 's'} in the content:\n\n${blocks.join('\n\n')}`) as EditorError;
  error.name = 'ContentProblem';
  error.title = n === 1 ? 'A problem in the content' : `${n} problems in the content`;
  error.hint =
    'Fix them in the files named: the page reloads when a file is saved. `npm run check` lists the same problems.';
  error.problems = problems;
  const first = problems.find((p) => p.line !== undefined);
  if (first)
    error.loc = {
      file: isAbsolute(first.file) ? first.file : join(root, first.file),
      line: first.line!,
      column: first.column ?? 1,
    };
  error.stack = `${error.name}: ${error.message}`;
  return error;
}
