// Rank changes split into method, revision and real change, on UNDP's own two reports: the HDR 2021/22 (2021 as
// published) and the HDR 2023/24 (2021 revised, and 2022).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadRanking } from '../../../src/lib/composite-index/load-rankings.ts';
import { rankingDataset } from '../../../src/lib/composite-index/ranking-data.ts';
import { splitChange, withinUncertainty } from '../../../src/lib/composite-index/split-change.ts';

const dir = 'test/fixtures/rankings/hdi-2022';
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const csv = (text: string) => Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
const spec = read('hdi.yaml');

function compute(data: string, specText = spec) {
  const { dataset } = rankingDataset('hdi-2022', ['le', 'eys', 'mys', 'gnipc'], read(data), `${dir}/${data}`);
  const r = loadRanking(`${dir}/hdi.yaml`, specText, [dataset!], { analyse: false });
  expect(r.problems).toEqual([]);
  return r.ranking!.result;
}

// Published figures, read from UNDP's files and not from the engine.
const asPublished2021 = csv(read('hdi-2021-as-published.csv'));
const published2022 = csv(read('hdi-2022-published.csv'));
const publishedChange = new Map(
  asPublished2021.flatMap((p) => {
    const now = published2022.find((q) => q.iso3 === p.iso3);
    return now ? [[p.iso3!, Number(p.hdi_rank) - Number(now.hdi_rank_2022)] as const] : [];
  }),
);

/** HDR Technical note 1, written out here so that the count of reversals does not rest on the engine. */
function independentRanks(rows: Record<string, string>[]): Map<string, number> {
  const index = (x: number, min: number, max: number) => (Math.min(Math.max(x, min), max) - min) / (max - min);
  const hdi = rows.map((r) => {
    const health = index(Number(r.le), 20, 85);
    const education = (index(Number(r.eys), 0, 18) + index(Number(r.mys), 0, 15)) / 2;
    const income = index(Math.log(Number(r.gnipc)), Math.log(100), Math.log(75000));
    return { id: r.iso3!, value: Math.round(Math.cbrt(health * education * income) * 1000) };
  });
  return new Map(hdi.map((h) => [h.id, 1 + hdi.filter((o) => o.value > h.value).length]));
}

describe('splitChange({ previous, newMethodOldData, revised, current }) on the HDI', () => {
  const previous = compute('hdi-2021-as-published.csv');
  const split = splitChange({
    previous,
    newMethodOldData: compute('hdi-2021-as-published.csv'),
    revised: compute('hdi-2021.csv'),
    current: compute('hdi-2022.csv'),
  });
  const byId = new Map(split.entities.map((e) => [e.id, e]));

  it('reproduces the previous report: all 191 published 2021 ranks of the HDR 2021/22', () => {
    expect(previous.entities).toHaveLength(191);
    const wrong = asPublished2021.filter((p) => byId.get(p.iso3!)!.ranks[0] !== Number(p.hdi_rank));
    expect(wrong).toEqual([]);
  });

  it('method + revision + real = the published change, for each of the 191 countries in both reports', () => {
    expect(split.partNames).toEqual(['method', 'revision', 'real']);
    expect(publishedChange.size).toBe(191);
    const off = [...publishedChange].filter(([id, change]) => {
      const e = byId.get(id)!;
      const sum = e.parts.reduce((s, p) => s + p.rank!, 0);
      return e.change !== change || sum !== change;
    });
    expect(off).toEqual([]);
  });

  it('the method part is 0 for every country: the method did not change', () => {
    expect(split.entities.filter((e) => e.parts[0]!.rank !== undefined && e.parts[0]!.rank !== 0)).toEqual([]);
  });

  it('counts the published changes whose sign is opposite to the real change: 28, as an independent count', () => {
    const revised = independentRanks(csv(read('hdi-2021.csv')));
    const independent = [...publishedChange].filter(([id, change]) => {
      const now = Number(published2022.find((q) => q.iso3 === id)!.hdi_rank_2022);
      const real = revised.get(id)! - now;
      return change * real < 0;
    });
    expect(split.reversals).toHaveLength(independent.length);
    expect(new Set(split.reversals)).toEqual(new Set(independent.map(([id]) => id)));
    expect(independent).toHaveLength(28);
  });

  it('marks a country ranked in the revised data but not in the previous report as entering at the revision', () => {
    const entering = split.entities.filter((e) => e.entersAt === 2);
    expect(entering.length).toBeGreaterThan(0);
    for (const e of entering)
      expect([e.ranks[0], e.change, e.parts[1]!.rank]).toEqual([undefined, undefined, undefined]);
  });
});

describe('splitChange(…) when the previous report used another method', () => {
  const arithmetic = spec.replace('aggregation: geometric', 'aggregation: arithmetic');
  const split = splitChange({
    previous: compute('hdi-2021-as-published.csv', arithmetic),
    newMethodOldData: compute('hdi-2021-as-published.csv'),
    revised: compute('hdi-2021.csv'),
    current: compute('hdi-2022.csv'),
  });

  it('gives non-zero method parts, and the three parts still add up to the change', () => {
    const both = split.entities.filter((e) => e.change !== undefined);
    expect(both.length).toBe(191);
    expect(both.filter((e) => e.parts[0]!.rank !== 0).length).toBeGreaterThan(50);
    expect(both.filter((e) => e.parts.reduce((s, p) => s + p.rank!, 0) !== e.change)).toEqual([]);
  });
});

describe('splitChange(…) with a state missing', () => {
  it('without revised data, merges revision and real change into one part that still adds up', () => {
    const split = splitChange({
      previous: compute('hdi-2021-as-published.csv'),
      newMethodOldData: compute('hdi-2021-as-published.csv'),
      current: compute('hdi-2022.csv'),
    });
    expect(split.partNames).toEqual(['method', 'revision+real']);
    expect(split.reversals).toEqual([]);
    const japan = split.entities.find((e) => e.id === 'JPN')!;
    expect(japan.parts[0]!.rank! + japan.parts[1]!.rank!).toBe(publishedChange.get('JPN'));
  });
  it('without the new method on the old data (a column the old data lacks), merges method and revision', () => {
    const split = splitChange({
      previous: compute('hdi-2021-as-published.csv'),
      revised: compute('hdi-2021.csv'),
      current: compute('hdi-2022.csv'),
    });
    expect(split.partNames).toEqual(['method+revision', 'real']);
  });
});

describe('withinUncertainty(change, previous, current)', () => {
  it('is true for a change no larger than the overlap of the two rank intervals', () => {
    expect(withinUncertainty(2, { low: 3, high: 7 }, { low: 5, high: 9 })).toBe(true);
    expect(withinUncertainty(3, { low: 3, high: 7 }, { low: 5, high: 9 })).toBe(false);
    expect(withinUncertainty(1, { low: 1, high: 2 }, { low: 4, high: 6 })).toBe(false);
  });
});
