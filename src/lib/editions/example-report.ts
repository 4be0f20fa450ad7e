import { cpSync, existsSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ReportError, scaffoldReport } from './scaffold-report.ts';

/** The examples kept in docs/examples/: each a real series, its content and data, built with this engine. */
export function exampleNames(engine: string): string[] {
  const dir = join(engine, 'docs', 'examples');
  return existsSync(dir) ? readdirSync(dir).filter((n) => existsSync(join(dir, n, 'content'))) : [];
}

/**
 * A report project in `dir` made of this engine (as `new-report` makes one) and an example's `content/` and `data/`,
 * sharing the engine's node_modules: ready for `node scripts/build.ts` in `dir`. Replaces what `dir` held.
 */
export function prepareExample(o: { engine: string; name: string; dir: string }): void {
  const from = join(o.engine, 'docs', 'examples', o.name);
  if (!exampleNames(o.engine).includes(o.name))
    throw new ReportError(
      `no example "${o.name}" in docs/examples/: expected one of ${exampleNames(o.engine).join(', ')}`,
    );
  rmSync(o.dir, { recursive: true, force: true });
  scaffoldReport({
    dir: o.dir,
    engine: o.engine,
    title: o.name,
    series: o.name,
    year: 2000,
    language: 'en',
    editors: ['-'],
    publisher: '-',
  });
  for (const part of ['content', 'data']) {
    rmSync(join(o.dir, part), { recursive: true, force: true });
    cpSync(join(from, part), join(o.dir, part), { recursive: true });
  }
  if (existsSync(join(from, 'README.md'))) cpSync(join(from, 'README.md'), join(o.dir, 'README.md'));
  symlinkSync(join(o.engine, 'node_modules'), join(o.dir, 'node_modules'), 'dir');
}
