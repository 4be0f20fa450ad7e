import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { loadDataPackage, type Dataset } from '../datasets/load-datapackage.ts';
import { formatProblem, type Problem } from '../problems/problem.ts';
import { parseYamlSource } from '../problems/yaml-source.ts';
import { rankingDataset } from './ranking-data.ts';
import { loadRanking } from './load-rankings.ts';
import type { Ranking } from './load-rankings.ts';
import type { RankingResult } from './ranking-types.ts';
import { splitChange, type ChangeSplit, type EntitySplit, type PartName } from './split-change.ts';
import Papa from 'papaparse';

export interface RankOutput {
  /** What to print on standard output. */
  out: string;
  /** Problems, one per line, for standard error. */
  errors: string;
  code: number;
}

const usage =
  'usage: npm run --silent rank -- <spec.yaml> [--data <file.csv>] [--format csv|json]\n' +
  '       [--previous <previous-spec.yaml> --previous-data <previous.csv> [--revised-previous <revised.csv>]]';
const VALUED = ['data', 'format', 'previous', 'previous-data', 'revised-previous'];

/**
 * `npm run rank`: check and compute one ranking spec outside a site build. The data is `--data`
 * (a CSV with the spec's dataset columns) or, for a spec inside data/<year>/rankings/, the
 * edition's dataset it names. Prints one row per entity: id, label, score (full precision),
 * published score, rank, tied, and each top-level dimension. With `--previous`, also the previous rank and the
 * change split into method, revision and real change (split-change.ts).
 */
export function rankCommand(args: readonly string[], cwd: string): RankOutput {
  const fail = (errors: string) => ({ out: '', errors, code: 1 });
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (VALUED.includes(a.slice(2)) && a.startsWith('--')) {
      const v = args[++i];
      if (v === undefined) return fail(`${a} needs a value\n${usage}`);
      flags.set(a.slice(2), v);
    } else if (a.startsWith('--')) return fail(`unknown option ${a}\n${usage}`);
    else positional.push(a);
  }
  const format = flags.get('format') ?? 'csv';
  if (positional.length !== 1 || (format !== 'csv' && format !== 'json')) return fail(usage);
  if (flags.has('previous') !== flags.has('previous-data') || (flags.has('revised-previous') && !flags.has('previous')))
    return fail(`--previous and --previous-data go together (and --revised-previous needs them)\n${usage}`);
  const current = computeRanking(cwd, positional[0]!, flags.get('data'));
  if (!current.ranking) return fail(current.errors);
  if (!flags.has('previous')) return { out: render(current.ranking, format), errors: '', code: 0 };

  const previous = computeRanking(cwd, flags.get('previous')!, flags.get('previous-data')!);
  if (!previous.ranking) return fail(previous.errors);
  const notes: string[] = [];
  // This edition's method on the previous data: impossible when it needs a column the old data lacks.
  const newOnOld = computeRanking(cwd, positional[0]!, flags.get('previous-data')!);
  if (!newOnOld.ranking)
    notes.push(`the method part cannot be computed: this method on the previous data fails:\n${newOnOld.errors}`);
  let revised: RankingResult | undefined;
  if (flags.has('revised-previous')) {
    const r = computeRanking(cwd, positional[0]!, flags.get('revised-previous')!);
    if (!r.ranking) return fail(r.errors);
    revised = r.ranking.result;
  } else
    notes.push(
      'no revised previous data (--revised-previous): the change after the method part mixes revisions ' +
        'of the data with real change',
    );
  const split = splitChange({
    previous: previous.ranking.result,
    newMethodOldData: newOnOld.ranking?.result,
    revised,
    current: current.ranking.result,
  });
  return { out: render(current.ranking, format, split), errors: notes.join('\n'), code: 0 };
}

/** A spec computed on `--data` (or, inside data/<year>/rankings/, its edition's datasets). */
function computeRanking(
  cwd: string,
  specArg: string,
  dataFile: string | undefined,
): { ranking?: Ranking; errors: string } {
  const specPath = resolve(cwd, specArg);
  const rel = (p: string) => relative(cwd, p).split(sep).join('/');
  const fail = (errors: string) => ({ errors });
  if (!existsSync(specPath)) return fail(`${rel(specPath)}  expected a ranking spec (YAML); found no such file`);
  const text = readFileSync(specPath, 'utf8');
  const source = parseYamlSource(text, rel(specPath));
  if (source.problems.length) return fail(source.problems.map(formatProblem).join('\n'));
  const raw = (source.data ?? {}) as { dataset?: unknown; indicators?: { column?: unknown }[] };
  const name = typeof raw.dataset === 'string' ? raw.dataset : '';
  let datasets: Dataset[];
  let problems: Problem[] = [];
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
  return { ranking: loaded.ranking, errors: '' };
}

const SPLIT_FIELDS = ['previous_rank', 'change', 'method', 'revision', 'real'] as const;

/**
 * The five change columns of an entity: the previous rank when it had one; the change and its parts only when it is
 * ranked in every state. A merged part (no revised data) has no column of its own: the note on stderr says so.
 */
function splitColumns(e: EntitySplit | undefined): (number | undefined)[] {
  if (!e) return SPLIT_FIELDS.map(() => undefined);
  const complete = e.change !== undefined && e.parts.every((p) => p.rank !== undefined);
  const part = (name: PartName) => (complete ? e.parts.find((p) => p.name === name)?.rank : undefined);
  return [e.ranks[0], complete ? e.change : undefined, part('method'), part('revision'), part('real')];
}

function render(ranking: Ranking, format: 'csv' | 'json', split?: ChangeSplit): string {
  const { result } = ranking;
  const dims = result.topDimensions;
  const splitOf = new Map(split?.entities.map((e) => [e.id, e]));
  const rows = result.entities.map((e) => ({
    id: e.id,
    label: e.label,
    score: e.score,
    published: e.published,
    rank: e.rank,
    tied: e.tied,
    ...Object.fromEntries(dims.map((d) => [d, e.dimensions[d]!])),
    ...(split ? Object.fromEntries(SPLIT_FIELDS.map((f, i) => [f, splitColumns(splitOf.get(e.id))[i] ?? null])) : {}),
  }));
  if (format === 'json') {
    const changes = split ? { parts: split.partNames, reversals: split.reversals } : {};
    return JSON.stringify({ id: result.spec.id, excluded: result.excluded, ...changes, rows }, null, 2) + '\n';
  }
  // Full precision: String(x) gives the shortest text that reads back as the same double.
  return (
    Papa.unparse(
      {
        fields: ['id', 'label', 'score', 'published', 'rank', 'tied', ...dims, ...(split ? SPLIT_FIELDS : [])],
        data: rows.map((r) => [
          r.id,
          r.label,
          String(r.score),
          String(r.published),
          r.rank,
          r.tied,
          ...dims.map((d) => String(r[d as keyof typeof r])),
          ...(split ? splitColumns(splitOf.get(r.id)).map((v) => (v === undefined ? '' : v)) : []),
        ]),
      },
      { newline: '\n', escapeFormulae: true },
    ) + '\n'
  );
}
