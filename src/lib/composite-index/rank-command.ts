import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { loadDataPackage, type Dataset } from '../datasets/load-datapackage.ts';
import { formatProblem, type Problem } from '../problems/problem.ts';
import { parseYamlSource } from '../problems/yaml-source.ts';
import { rankingDataset } from './ranking-data.ts';
import { loadRanking } from './load-rankings.ts';
import type { Ranking } from './load-rankings.ts';
import Papa from 'papaparse';

export interface RankOutput {
  /** What to print on standard output. */
  out: string;
  /** Problems, one per line, for standard error. */
  errors: string;
  code: number;
}

const usage = 'usage: npm run --silent rank -- <spec.yaml> [--data <file.csv>] [--format csv|json]';

/**
 * `npm run rank`: check and compute one ranking spec outside a site build. The data is `--data`
 * (a CSV with the spec's dataset columns) or, for a spec inside data/<year>/rankings/, the
 * edition's dataset it names. Prints one row per entity: id, label, score (full precision),
 * published score, rank, tied, and each top-level dimension.
 */
export function rankCommand(args: readonly string[], cwd: string): RankOutput {
  const fail = (errors: string) => ({ out: '', errors, code: 1 });
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--data' || a === '--format') {
      const v = args[++i];
      if (v === undefined) return fail(`${a} needs a value\n${usage}`);
      flags.set(a.slice(2), v);
    } else if (a.startsWith('--')) return fail(`unknown option ${a}\n${usage}`);
    else positional.push(a);
  }
  const format = flags.get('format') ?? 'csv';
  if (positional.length !== 1 || (format !== 'csv' && format !== 'json')) return fail(usage);
  const specPath = resolve(cwd, positional[0]!);
  const rel = (p: string) => relative(cwd, p).split(sep).join('/');
  if (!existsSync(specPath)) return fail(`${rel(specPath)}  expected a ranking spec (YAML); found no such file`);
  const text = readFileSync(specPath, 'utf8');
  const source = parseYamlSource(text, rel(specPath));
  if (source.problems.length) return fail(source.problems.map(formatProblem).join('\n'));
  const raw = (source.data ?? {}) as { dataset?: unknown; indicators?: { column?: unknown }[] };
  const name = typeof raw.dataset === 'string' ? raw.dataset : '';
  let datasets: Dataset[];
  let problems: Problem[] = [];
  const dataFile = flags.get('data');
  if (dataFile) {
    const path = resolve(cwd, dataFile);
    if (!existsSync(path)) return fail(`${rel(path)}  --data: expected a CSV file; found no such file`);
    const columns = Array.isArray(raw.indicators) ? raw.indicators.map((i) => String(i?.column ?? '')) : [];
    const r = rankingDataset(name, columns, readFileSync(path, 'utf8'), rel(path));
    problems = r.problems;
    datasets = r.dataset ? [r.dataset] : [];
  } else {
    // data/<year>/rankings/<id>.yaml: the edition's own datasets.
    const rankings = dirname(specPath);
    const year = Number(dirname(rankings).split(sep).at(-1));
    const root = dirname(dirname(dirname(rankings)));
    if (
      !(
        rankings.endsWith(`${sep}rankings`) &&
        Number.isInteger(year) &&
        existsSync(join(dirname(rankings), 'datapackage.json'))
      )
    ) {
      return fail(
        `${rel(specPath)}  expected --data <file.csv> (the spec is not inside data/<year>/rankings/ of a ` +
          `project)\n${usage}`,
      );
    }
    const pkg = loadDataPackage(root, year);
    problems = pkg.problems;
    datasets = pkg.datasets;
  }
  if (problems.length) return fail(problems.map(formatProblem).join('\n'));
  const loaded = loadRanking(rel(specPath), text, datasets, { analyse: false });
  if (loaded.problems.length) return fail(loaded.problems.map(formatProblem).join('\n'));
  if (!loaded.ranking)
    return fail(`${rel(specPath)}  expected a computed ranking; found a published list (nothing to compute)`);
  return { out: render(loaded.ranking, format), errors: '', code: 0 };
}

function render(ranking: Ranking, format: 'csv' | 'json'): string {
  const { result } = ranking;
  const dims = result.topDimensions;
  const rows = result.entities.map((e) => ({
    id: e.id,
    label: e.label,
    score: e.score,
    published: e.published,
    rank: e.rank,
    tied: e.tied,
    ...Object.fromEntries(dims.map((d) => [d, e.dimensions[d]!])),
  }));
  if (format === 'json') return JSON.stringify({ id: result.spec.id, excluded: result.excluded, rows }, null, 2) + '\n';
  // Full precision: String(x) gives the shortest text that reads back as the same double.
  return (
    Papa.unparse(
      {
        fields: ['id', 'label', 'score', 'published', 'rank', 'tied', ...dims],
        data: rows.map((r) => [
          r.id,
          r.label,
          String(r.score),
          String(r.published),
          r.rank,
          r.tied,
          ...dims.map((d) => String(r[d as keyof typeof r])),
        ]),
      },
      { newline: '\n', escapeFormulae: true },
    ) + '\n'
  );
}
