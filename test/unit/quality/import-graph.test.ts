import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../helpers/temp-dirs.ts';
import { folderGraph, importCycles, importGraph } from '../../../src/lib/quality/import-graph.ts';

const tempDir = tempDirs('bluebook-graph-');

/** A project of the given files (path → text). */
function project(files: Record<string, string>): string {
  const root = tempDir();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('importGraph(root, dirs, aliases)', () => {
  it('reads static, type-only, re-exported and dynamic imports, relative or through an alias, and skips packages', () => {
    const root = project({
      'src/a.ts':
        "import { b } from './b.ts';\nimport type { C } from '@/lib/c.ts';\nexport * from './d';\nconst e = await import('./e.ts');\nimport x from 'papaparse';",
      'src/b.ts': '',
      'src/lib/c.ts': '',
      'src/d.ts': '',
      'src/e.ts': '',
      'src/page.astro': "---\nimport A from '@/a.ts';\n---\n<p>import this from nowhere</p>",
    });
    const g = importGraph(root, ['src'], { '@/': 'src/' });
    expect(g.get('src/a.ts')).toEqual(['src/b.ts', 'src/d.ts', 'src/e.ts', 'src/lib/c.ts']);
    expect(g.get('src/page.astro')).toEqual(['src/a.ts']);
  });
});

describe('importCycles(graph)', () => {
  it('finds each cycle once, with every module in it, and nothing in a graph without one', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', ['e']],
      ['e', ['d']],
      ['f', ['a']],
    ]);
    expect(importCycles(g)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
    expect(
      importCycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('finds a cycle that a deliberately added import makes in a real project layout', () => {
    const root = project({
      'src/lib/datasets/a.ts': "import './b.ts';",
      'src/lib/datasets/b.ts': '',
      'src/lib/content/c.ts': "import '../datasets/a.ts';",
    });
    expect(importCycles(importGraph(root, ['src']))).toEqual([]);
    writeFileSync(join(root, 'src/lib/datasets/b.ts'), "import '../content/c.ts';");
    expect(importCycles(importGraph(root, ['src']))).toEqual([
      ['src/lib/content/c.ts', 'src/lib/datasets/a.ts', 'src/lib/datasets/b.ts'],
    ]);
  });
});

describe('folderGraph(graph, folderOf)', () => {
  it('joins the modules of a folder and keeps the edges between folders', () => {
    const g = new Map([
      ['src/lib/content/a.ts', ['src/lib/citations/b.ts', 'src/lib/content/c.ts']],
      ['src/lib/citations/b.ts', ['src/lib/content/c.ts']],
      ['src/lib/content/c.ts', []],
    ]);
    const folders = folderGraph(g, (p) => /^src\/lib\/([^/]+)\//.exec(p)?.[1]);
    expect(folders).toEqual(
      new Map([
        ['content', ['citations']],
        ['citations', ['content']],
      ]),
    );
    expect(importCycles(folders)).toEqual([['citations', 'content']]);
  });
});
