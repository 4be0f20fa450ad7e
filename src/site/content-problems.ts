// Astro glue: content problems reach the editor's dev overlay as `npm run check` reports them —
// file, line, column, expected and found, the source lines around — not as a component's error.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runChecks } from '../lib/check/index.ts';
import { editorError } from '../lib/problems/index.ts';
import type { Problem } from '../lib/problems/index.ts';

let last: { key: string; problems: Problem[] } | undefined;

/** Modification times of the editor's files: the checks run again only when one changed. */
function inputsKey(root: string): string {
  const out: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      const s = statSync(path);
      if (s.isDirectory()) walk(path);
      else out.push(`${path}:${s.mtimeMs}:${s.size}`);
    }
  };
  walk(join(root, 'content'));
  walk(join(root, 'data'));
  return out.join('|');
}

/** The problems `npm run check` finds now (kept while no file under content/ or data/ changed). */
export function currentProblems(root = process.cwd()): Problem[] {
  const key = inputsKey(root);
  if (last?.key !== key) last = { key, problems: runChecks(root).problems };
  return last.problems;
}

/** In the dev server, stop the page with every problem of the content, if there is any. */
export function showProblemsInDev(): void {
  if (!import.meta.env.DEV) return;
  const problems = currentProblems();
  if (problems.length) throw editorError(problems, process.cwd());
}

/** Throw what went wrong for the editor: the checks' problems (with their places), else `fallback`. */
export function throwProblems(fallback: Problem[]): never {
  const found = currentProblems();
  throw editorError(found.length ? found : fallback, process.cwd());
}
