import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { Problem } from '../problems/problem.ts';
import type { CslItem } from './work.ts';

/** The files an edition's bibliography may be kept in, in the order they are looked for. */
export const referenceFiles = ['references.bib', 'references.json'] as const;

/**
 * The works an edition's chapters may cite with `[@key]`: `content/<year>/references.bib`
 * (BibTeX or BibLaTeX, as reference managers export it) or `references.json` (CSL-JSON).
 */
export function loadReferences(editionDir: string): { file?: string; items: CslItem[]; problems: Problem[] } {
  const name = referenceFiles.find((f) => existsSync(join(editionDir, f)));
  if (!name) return { items: [], problems: [] };
  const file = join(editionDir, name);
  const text = readFileSync(file, 'utf8');
  try {
    const items = name.endsWith('.json') ? (JSON.parse(text) as CslItem[]) : (new Cite(text).data as CslItem[]);
    const problems: Problem[] = [];
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item.id))
        problems.push({ file, where: `entry "${item.id}"`, expected: 'each key once', found: `"${item.id}" twice` });
      seen.add(item.id);
    }
    return { file, items, problems };
  } catch (error) {
    const message = String((error as Error).message);
    // citation-js and JSON.parse both say where the text stops making sense.
    const at = /line (\d+) col (\d+)/.exec(message) ?? /line (\d+) column (\d+)/.exec(message);
    return {
      file,
      items: [],
      problems: [
        {
          file,
          ...(at ? { line: Number(at[1]), column: Number(at[2]) } : {}),
          where: name,
          expected: name.endsWith('.json')
            ? 'a CSL-JSON array of works'
            : 'BibTeX entries such as @book{key, title = {…}, …}',
          found: message.split('\n')[0]!.replace(/ at line \d+ col(umn)? \d+:?$/, ''),
        },
      ],
    };
  }
}
