// The explorer's re-ranking against the engine: for 1,000 random weightings of each of three specs, the payload
// the page ships, evaluated as the browser does, gives the scores and ranks `npm run rank` gives for the spec with
// those weights stated.
import { readFileSync } from 'node:fs';
import { randomLcg, randomUniform } from 'd3';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { Dataset } from '../../../src/lib/datasets/load-datapackage.ts';
import { loadDataPackage } from '../../../src/lib/datasets/load-datapackage.ts';
import { explorePayload } from '../../../src/lib/composite-index/explore-payload.ts';
import { loadRanking, type Ranking } from '../../../src/lib/composite-index/load-rankings.ts';
import { rankingDataset } from '../../../src/lib/composite-index/ranking-data.ts';
import { childIds, explorer, readWeights, reweigh, writeWeights } from '../../../src/lib/composite-index/reweigh.ts';
import { weightRange } from '../../../src/lib/composite-index/weight-range.ts';

const HDI = 'test/fixtures/rankings/hdi-2022';
const hdiData = rankingDataset(
  'hdi-2022',
  ['le', 'eys', 'mys', 'gnipc'],
  readFileSync(`${HDI}/hdi-2022.csv`, 'utf8'),
  `${HDI}/hdi-2022.csv`,
).dataset!;
const edition2018 = loadDataPackage('.', 2018).datasets;
const illustrative = readFileSync('data/2018/rankings/smart-city-index-illustrative.yaml', 'utf8');
// AHP at the top, entropy weights within each dimension, a geometric mean: computed weights and no arithmetic.
const computedWeights = stringify({
  ...parse(illustrative),
  id: 'ahp-entropy-geometric',
  aggregation: 'geometric',
  shift: 'auto',
  weighting: {
    method: 'ahp',
    order: ['infrastructure', 'services', 'safeguards'],
    matrix: [
      [1, 3, 2],
      ['1/3', 1, '1/2'],
      ['1/2', 2, 1],
    ],
  },
  dimensions: parse(illustrative).dimensions.map((d: object) => ({ ...d, weighting: 'entropy' })),
  uncertainty: undefined,
});

const specs: [string, string, Dataset[]][] = [
  ['the HDI fixture', readFileSync(`${HDI}/hdi.yaml`, 'utf8'), [hdiData]],
  ['the illustrative index', illustrative, edition2018],
  ['AHP and entropy weights with a geometric mean', computedWeights, edition2018],
];

function rank(text: string, datasets: Dataset[]): Ranking {
  const r = loadRanking('spec.yaml', text, datasets, { analyse: false });
  expect(r.problems).toEqual([]);
  return r.ranking!;
}

/** The spec with every weight stated as given (level by level, child by child). */
function stated(text: string, x: ReturnType<typeof explorer>, weights: readonly Float64Array[]): string {
  const spec = parse(text);
  const weightOf = new Map(weights.flatMap((w, d) => childIds(x, d).map((id, c) => [id, w[c]!] as const)));
  spec.weighting = 'stated';
  for (const d of spec.dimensions) {
    d.weight = weightOf.get(d.id);
    delete d.weighting;
  }
  for (const i of spec.indicators) i.weight = weightOf.get(i.id);
  return stringify(spec);
}

describe('reweigh(explorer(explorePayload(ranking)), weights)', () => {
  for (const [name, text, datasets] of specs) {
    it(`equals npm run rank with the same weights stated, for 1,000 random weightings of ${name}`, () => {
      const ranking = rank(text, datasets);
      const x = explorer(JSON.parse(JSON.stringify(explorePayload(ranking))));
      // The published weights reproduce the published ranking.
      const mine = reweigh(x);
      const order = new Map(x.payload.ids.map((id, e) => [id, e]));
      expect(ranking.result.entities.filter((e) => mine.ranks[order.get(e.id)!] !== e.rank)).toEqual([]);
      const factor = randomUniform.source(randomLcg(42))(...x.payload.bounds);
      const differences: string[] = [];
      for (let run = 0; run < 1000; run++) {
        const weights = x.published.map((w) => w.map((p) => p * factor()));
        const browser = reweigh(x, weights);
        const engine = rank(stated(text, x, weights), datasets).result.entities;
        for (const e of engine) {
          const i = order.get(e.id)!;
          if (browser.ranks[i] !== e.rank || Math.abs(browser.index[i]! - e.score) > 1e-9)
            differences.push(
              `run ${run} ${e.id}: rank ${browser.ranks[i]} vs ${e.rank}, ${browser.index[i]} vs ${e.score}`,
            );
        }
      }
      expect(differences).toEqual([]);
    }, 300_000);
  }
});

describe('writeWeights(x, weights) and readWeights(x, text)', () => {
  const x = explorer(explorePayload(rank(illustrative, edition2018)));
  it('writes only the changed weights as multiples of the published ones, and reads them back', () => {
    const weights = readWeights(x, 'services:2,egov:0.5');
    expect(writeWeights(x, weights)).toBe('egov:0.5,services:2');
    expect(writeWeights(x, x.published)).toBe('');
  });
  it('holds a factor to the bounds and ignores unknown ids and bad numbers', () => {
    expect(writeWeights(x, readWeights(x, 'services:50,nope:3,egov:abc,,response:0.1'))).toBe(
      'response:0.5,services:2',
    );
  });
});

describe('weightRange(x, draws, seed)', () => {
  const x = explorer(explorePayload(rank(illustrative, edition2018)));
  const r = weightRange(x, 500, 7);
  it('brackets the published rank of every entity, and counts who can lead', () => {
    const published = reweigh(x).ranks;
    for (let e = 0; e < published.length; e++) {
      expect(r.best[e]).toBeLessThanOrEqual(published[e]!);
      expect(r.worst[e]).toBeGreaterThanOrEqual(published[e]!);
    }
    expect(r.canLead).toBe(Array.from(r.best).filter((b) => b === 1).length);
    expect(r.canLead).toBeGreaterThanOrEqual(1);
    expect([r.corners, r.draws]).toEqual([8, 500]);
  });
  it('is the same for the same seed', () => {
    expect(weightRange(x, 500, 7)).toEqual(r);
  });
});
