import type { Ranking } from './load-rankings.ts';
import type { ExplorePayload } from './reweigh.ts';

/** A computed ranking as its page's explorer needs it: the published normalised values, hierarchy and weights. */
export function explorePayload(ranking: Pick<Ranking, 'model' | 'result'>): ExplorePayload {
  const { plan } = ranking.model;
  const matrix = ranking.model.matrix();
  const { spec } = ranking.result;
  const shares = new Map(
    ranking.result.weights.map((l) => [l.dimension, new Map(l.children.map((c) => [c.id, c.weight]))]),
  );
  const idOf = (k: number) => (k >= 0 ? plan.indicators[k]! : plan.dims[-1 - k]!);
  return {
    ids: [...ranking.model.prepared.ids],
    dims: [...plan.dims],
    children: plan.children.map((c) => Array.from(c)),
    methods: [...plan.methods],
    indicators: [...plan.indicators],
    weights: plan.dims.map((d, i) => Array.from(plan.children[i]!, (k) => shares.get(d)?.get(idOf(k)) ?? NaN)),
    columns: matrix.columns.map((c) => Array.from(c, (v) => (Number.isNaN(v) ? null : v))),
    shift: matrix.shift,
    decimals: spec.decimals,
    rankOn: spec.rankOn,
    bounds: spec.explore.weights,
  };
}
