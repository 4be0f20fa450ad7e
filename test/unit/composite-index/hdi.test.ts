// A real published index: the UNDP Human Development Index 2022 (HDR 2023/24), declared in YAML and
// computed by the engine, must reproduce every published value and rank.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { compareRankings } from '../../../src/lib/composite-index/change.ts';
import { loadRanking } from '../../../src/lib/composite-index/load-rankings.ts';
import { rankCommand } from '../../../src/lib/composite-index/rank-command.ts';
import { rankingDataset } from '../../../src/lib/composite-index/ranking-data.ts';
import { competitionRanks } from '../../../src/lib/composite-index/rank.ts';

const dir = 'test/fixtures/rankings/hdi-2022';
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const csv = (text: string) => Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
const published = csv(read('hdi-2022-published.csv'));
const spec = read('hdi.yaml');
const columns = ['le', 'eys', 'mys', 'gnipc'];

function compute(data: string, file: string) {
  const { dataset, problems } = rankingDataset('hdi-2022', columns, read(data), file);
  expect(problems).toEqual([]);
  const r = loadRanking(`${dir}/hdi.yaml`, spec, [dataset!], { analyse: false });
  expect(r.problems).toEqual([]);
  return r.ranking!.result;
}

describe('the HDI 2022 fixture', () => {
  it('the CLI prints all 193 countries, and every published value (3 decimals) and rank matches', () => {
    const out = rankCommand([`${dir}/hdi.yaml`, '--data', `${dir}/hdi-2022.csv`], process.cwd());
    expect(out.errors).toBe('');
    const rows = new Map(csv(out.out).map((r) => [r.id!, r]));
    expect(rows.size).toBe(193);
    const mismatched = published.filter(
      (p) =>
        Number(rows.get(p.iso3!)!.published) !== Number(p.hdi_2022) ||
        Number(rows.get(p.iso3!)!.rank) !== Number(p.hdi_rank_2022),
    );
    expect(mismatched).toEqual([]);
  });

  it('prints the score at full precision, which rounds to the published value', () => {
    const out = rankCommand([`${dir}/hdi.yaml`, '--data', `${dir}/hdi-2022.csv`, '--format', 'json'], process.cwd());
    const che = (
      JSON.parse(out.out) as { rows: { id: string; score: number; published: number; rank: number }[] }
    ).rows.find((r) => r.id === 'CHE')!;
    expect(che.score.toString().length).toBeGreaterThan(10);
    expect([Number(che.score.toFixed(3)), che.published, che.rank]).toEqual([0.967, 0.967, 1]);
  });

  it('with 2021 as the previous edition, each rank change equals the one implied by the published HDI 2021 and 2022 ranks', () => {
    const current = compute('hdi-2022.csv', `${dir}/hdi-2022.csv`);
    const previous = compute('hdi-2021.csv', `${dir}/hdi-2021.csv`);
    const { changes } = compareRankings(previous, current);
    // Published 2021 ranks: competition ranks of the published hdi_2021 over the countries that have one in 2021.
    const in2021 = new Set(previous.entities.map((e) => e.id));
    const with2021 = published.filter((p) => in2021.has(p.iso3!));
    const ranks2021 = competitionRanks(with2021.map((p) => Number(p.hdi_2021)));
    const implied = new Map(with2021.map((p, i) => [p.iso3!, ranks2021[i]! - Number(p.hdi_rank_2022)]));
    const differing = [...implied].filter(([id, change]) => changes.get(id)!.rankChange !== change);
    expect(differing).toEqual([]);
    expect(implied.size).toBe(192);
    expect([...changes.values()].filter((c) => c.isNew).map((c) => c.id)).toHaveLength(1);
  });
});
