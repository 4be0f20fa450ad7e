import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Dataset } from '../datasets/load-datapackage.ts';
import type { Problem } from '../problems/problem.ts';
import { parseYamlSource } from '../problems/yaml-source.ts';
import { zodProblems } from '../problems/zod-problems.ts';
import { computeRanking, compileRanking, type RankingResult } from './compute.ts';
import { buildHierarchy } from './hierarchy.ts';
import { listedRankingSchema, rankingSpecSchema, type ListedRanking } from './spec.ts';
import { simulate, type Uncertainty } from './uncertainty.ts';

/** A published list: entities in the printed order, with no scores to recompute. */
export interface Listed {
  file: string;
  spec: ListedRanking;
  dataset: Dataset;
  entries: { rank: number; id: string; label: string }[];
}

export interface Ranking {
  file: string;
  result: RankingResult;
  uncertainty: Uncertainty | undefined;
  dataset: Dataset;
}

/** Read, check and compute every `data/<year>/rankings/*.yaml`. */
export function loadRankings(root: string, year: number, datasets: readonly Dataset[]): { rankings: Ranking[]; listed: Listed[]; problems: Problem[] } {
  const dir = join(root, 'data', String(year), 'rankings');
  const problems: Problem[] = [];
  const rankings: Ranking[] = [];
  const listed: Listed[] = [];
  if (!existsSync(dir)) return { rankings, listed, problems };
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const file = relative(root, join(dir, name)).split('\\').join('/');
    const source = parseYamlSource(readFileSync(join(dir, name), 'utf8'), file);
    if (source.problems.length) { problems.push(...source.problems); continue; }
    if (source.data && typeof source.data === 'object' && 'rank' in source.data) {
      const l = listedRankingSchema.safeParse(source.data);
      if (!l.success) { problems.push(...zodProblems(l.error, source)); continue; }
      const ds = datasets.find((d) => d.resource.name === l.data.dataset);
      const cols = ds?.resource.schema.fields.map((f) => f.name) ?? [];
      const missingCol = [l.data.rank, l.data.entity.id, l.data.entity.label].find((c) => !cols.includes(c));
      if (!ds || missingCol) {
        problems.push({ file, ...source.positionOf([ds ? 'rank' : 'dataset']), where: ds ? 'rank / entity' : 'dataset', expected: ds ? `columns of ${ds.resource.name}: ${cols.join(', ')}` : `a dataset of the ${year} edition: ${datasets.map((d) => d.resource.name).join(', ')}`, found: `"${ds ? missingCol : l.data.dataset}"` });
        continue;
      }
      const entries = ds.rows.map((r) => ({ rank: Number(r[l.data.rank]), id: String(r[l.data.entity.id]), label: String(r[l.data.entity.label]) })).sort((a, b) => a.rank - b.rank);
      listed.push({ file, spec: l.data, dataset: ds, entries });
      continue;
    }
    const parsed = rankingSpecSchema.safeParse(source.data);
    if (!parsed.success) { problems.push(...zodProblems(parsed.error, source)); continue; }
    const spec = parsed.data;
    const dataset = datasets.find((d) => d.resource.name === spec.dataset);
    if (!dataset) {
      problems.push({ file, ...source.positionOf(['dataset']), where: 'dataset', expected: `a dataset of the ${year} edition: ${datasets.map((d) => d.resource.name).join(', ')}`, found: `"${spec.dataset}"` });
      continue;
    }
    const columns = new Map(dataset.resource.schema.fields.map((f) => [f.name, f.type as string]));
    for (const key of ['id', 'label'] as const) {
      if (!columns.has(spec.entity[key])) problems.push({ file, ...source.positionOf(['entity', key]), where: `entity.${key}`, expected: `a column of ${spec.dataset}: ${[...columns.keys()].join(', ')}`, found: `"${spec.entity[key]}"` });
    }
    const { root: tree, problems: treeProblems } = buildHierarchy(spec, columns, source);
    problems.push(...treeProblems);
    if (treeProblems.length || !columns.has(spec.entity.id) || !columns.has(spec.entity.label)) continue;
    const seen = new Map<string, number>();
    let dup = false;
    dataset.rows.forEach((r, i) => {
      const id = String(r[spec.entity.id]);
      if (seen.has(id)) {
        dup = true;
        problems.push({ file: dataset.file, line: i + 2, where: spec.entity.id, expected: `one row per entity for ranking ${spec.id} (first on line ${seen.get(id)! + 2})`, found: `"${id}" again` });
      } else seen.set(id, i);
    });
    if (dup) continue;
    const result = computeRanking(spec, tree, dataset.rows);
    const compiled = compileRanking(spec, tree, dataset.rows);
    const rankOf = new Map(result.entities.map((e) => [e.id, e.rank]));
    const nominal = Int32Array.from(compiled.prepared.ids, (id) => rankOf.get(id)!);
    rankings.push({ file, result, uncertainty: simulate(spec, compiled, nominal), dataset });
  }
  const all = [...rankings.map((r) => ({ id: r.result.spec.id, file: r.file })), ...listed.map((l) => ({ id: l.spec.id, file: l.file }))];
  all.forEach((r, i) => { if (all.findIndex((x) => x.id === r.id) !== i) problems.push({ file: r.file, where: 'id', expected: 'a ranking id used once per edition', found: `"${r.id}" again` }); });
  return { rankings, listed, problems };
}
