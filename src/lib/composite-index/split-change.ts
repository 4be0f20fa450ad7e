import type { RankingResult } from './ranking-types.ts';

/**
 * The four states a rank change between two editions passes through, in this order:
 * 0. the previous edition as published (its method, its data);
 * 1. this edition's method on the previous edition's data as published;
 * 2. this edition's method on the previous year's data as revised (declared by this edition);
 * 3. this edition as published.
 * A missing middle state (no revised data; a method that needs a column the old data lacks) merges the two parts
 * on either side of it, so the parts still add up.
 */
export interface ChangeStates {
  previous: RankingResult;
  newMethodOldData?: RankingResult | undefined;
  revised?: RankingResult | undefined;
  current: RankingResult;
}

/** method: 0 → 1, revision: 1 → 2, real: 2 → 3; a merged part names both ("method+revision"). */
export type PartName = 'method' | 'revision' | 'real' | 'method+revision' | 'revision+real' | 'method+revision+real';

export interface EntitySplit {
  id: string;
  label: string;
  /** Rank in each state (undefined: not ranked there, e.g. not in that state's data). */
  ranks: [number | undefined, number | undefined, number | undefined, number | undefined];
  /** Published score in each state. */
  scores: [number | undefined, number | undefined, number | undefined, number | undefined];
  /** Published change: previous rank − rank (positive: moved up); undefined unless ranked in both editions. */
  change?: number | undefined;
  scoreChange?: number | undefined;
  /** Each part of the change, in order; undefined where the entity is missing from a state on either side. */
  parts: { name: PartName; rank?: number | undefined; score?: number | undefined }[];
  /** The first state the entity is ranked in after one it is not (entered), or the reverse (left). */
  entersAt?: 1 | 2 | 3 | undefined;
  leavesAt?: 1 | 2 | 3 | undefined;
}

export interface ChangeSplit {
  /** The parts there are, in order: three with every state, fewer when a state is missing. */
  partNames: PartName[];
  entities: EntitySplit[];
  /** Entities whose published change and real change are both non-zero with opposite signs. */
  reversals: string[];
}

const NAMES: PartName[] = ['method', 'revision', 'real'];

/** Each entity's change from the previous edition split into method, revision and real change. */
export function splitChange(states: ChangeStates): ChangeSplit {
  const results = [states.previous, states.newMethodOldData, states.revised, states.current];
  const present = [0, 1, 2, 3].filter((i) => results[i]);
  // A part runs from one present state to the next; a missing state between them merges their names.
  const spans = present.slice(1).map((to, k) => {
    const from = present[k]!;
    return { from, to, name: NAMES.slice(from, to).join('+') as PartName };
  });
  const byState = results.map((r) => new Map(r?.entities.map((e) => [e.id, e]) ?? []));
  const ids = [...new Set(results.flatMap((r) => r?.entities.map((e) => e.id) ?? []))];
  const order = new Map(states.current.entities.map((e, i) => [e.id, i]));
  ids.sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));

  const entities = ids.map((id): EntitySplit => {
    const at = byState.map((m) => m.get(id));
    const ranks = at.map((e) => e?.rank) as EntitySplit['ranks'];
    const scores = at.map((e) => e?.published) as EntitySplit['scores'];
    const diff = (a: number | undefined, b: number | undefined) =>
      a === undefined || b === undefined ? undefined : a - b;
    const ranked = present.filter((i) => at[i]);
    const firstGap = present.findIndex((i, k) => k > 0 && !at[i] !== !at[present[k - 1]!]);
    const label = at.find((e) => e)!.label;
    const split: EntitySplit = {
      id,
      label,
      ranks,
      scores,
      change: diff(ranks[0], ranks[3]),
      scoreChange: diff(scores[3], scores[0]),
      parts: spans.map((s) => ({
        name: s.name,
        rank: diff(ranks[s.from], ranks[s.to]),
        score: diff(scores[s.to], scores[s.from]),
      })),
    };
    if (firstGap > 0 && ranked.length < present.length) {
      const state = present[firstGap] as 1 | 2 | 3;
      if (at[state]) split.entersAt = state;
      else split.leavesAt = state;
    }
    return split;
  });

  const real = spans.findIndex((s) => s.name === 'real');
  const reversals =
    real < 0
      ? []
      : entities
          .filter((e) => {
            const r = e.parts[real]!.rank;
            return e.change !== undefined && r !== undefined && e.change * r < 0;
          })
          .map((e) => e.id);
  return { partNames: spans.map((s) => s.name), entities, reversals };
}

/** Whether a change is smaller than the overlap of the two editions' rank intervals (Monte Carlo, 5–95 %). */
export function withinUncertainty(
  change: number,
  previous: { low: number; high: number },
  current: { low: number; high: number },
): boolean {
  const overlap = Math.min(previous.high, current.high) - Math.max(previous.low, current.low);
  return overlap >= 0 && Math.abs(change) <= overlap;
}
