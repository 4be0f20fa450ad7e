// The conventions of the codebase, enforced: no import cycles (between modules, or between the
// folders of src/lib), src/lib knowing nothing of Astro's side, one route tree for both interface
// languages. A failure names the modules to untangle.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { folderGraph, importCycles, importGraph } from '../../../src/lib/quality/import-graph.ts';

const graph = importGraph(process.cwd(), ['src', 'scripts'], { '@/': 'src/' });
const libFolder = (p: string) => /^src\/lib\/([^/]+)\//.exec(p)?.[1];

describe('the import graph of src/ and scripts/', () => {
  it('reads every module', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('src/lib/datasets/load-datapackage.ts')).toContain('src/lib/datasets/read-table.ts');
    expect(graph.get('src/layouts/Base.astro')).toContain('src/site/content-problems.ts');
  });

  it('has no import cycle between modules', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('has no import cycle between the folders of src/lib', () => {
    expect(importCycles(folderGraph(graph, libFolder))).toEqual([]);
  });

  it('src/lib imports nothing from the site glue, pages, components, layouts or browser scripts', () => {
    const outward = [...graph]
      .filter(([from]) => from.startsWith('src/lib/'))
      .flatMap(([from, deps]) =>
        deps.filter((d) => /^src\/(site|pages|components|layouts|client)\//.test(d)).map((d) => `${from} → ${d}`),
      );
    expect(outward).toEqual([]);
  });

  it('every folder of src/lib has an index.ts, its public surface', () => {
    const folders = readdirSync('src/lib').filter((n) => statSync(`src/lib/${n}`).isDirectory());
    expect(folders.length).toBeGreaterThan(15);
    expect(folders.filter((f) => !existsSync(`src/lib/${f}/index.ts`))).toEqual([]);
  });

  it('pages, components, layouts, site glue and scripts import src/lib only through those index.ts files', () => {
    const inward = [...graph]
      .filter(([from]) => /^(src\/(pages|components|layouts|site)|scripts)\//.test(from))
      .flatMap(([from, deps]) =>
        deps.filter((d) => /^src\/lib\/[^/]+\/(?!index\.ts$)/.test(d)).map((d) => `${from} → ${d}`),
      );
    expect(inward).toEqual([]);
  });

  it('scripts/ are thin command lines over src/lib: at most 60 lines each', () => {
    const long = readdirSync('scripts')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => [f, readFileSync(`scripts/${f}`, 'utf8').trimEnd().split('\n').length] as const)
      .filter(([, n]) => n > 60);
    expect(long).toEqual([]);
  });

  it('one route tree serves both interface languages: no copied tree under src/pages/en/', () => {
    expect(existsSync('src/pages/en')).toBe(false);
  });

  it('no line in src/ is longer than 120 characters (.astro templates, CSS, CSL and interface strings too)', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const p = `${dir}/${name}`;
        return statSync(p).isDirectory() ? files(p) : [p];
      });
    const long = files('src').flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => {
          const length = Array.from(line).length;
          return length > 120 ? [`${f}:${i + 1} (${length} characters)`] : [];
        }),
    );
    expect(long).toEqual([]);
  });
});
