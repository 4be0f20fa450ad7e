import type { RankingResult } from './compute.ts';

export interface Change {
  id: string;
  /** Positive = moved up (rank number went down). Undefined when the entity is new. */
  rankChange?: number;
  scoreChange?: number;
  isNew: boolean;
}

/** One difference between two editions' methods. */
export interface MethodChange {
  kind: 'setting' | 'indicator' | 'dimension';
  /** The setting's name or the indicator's or dimension's id. */
  id: string;
  change: 'added' | 'removed' | 'changed';
  from?: string;
  to?: string;
}

/** What differs between two specs' methods, so a comparison can say it is not like for like. */
export function methodDifferences(a: RankingResult['spec'], b: RankingResult['spec']): MethodChange[] {
  const out: MethodChange[] = [];
  for (const k of [
    'normalisation',
    'scale',
    'aggregation',
    'shift',
    'weighting',
    'decimals',
    'rankOn',
    'missing',
  ] as const) {
    const [x, y] = [JSON.stringify(a[k]), JSON.stringify(b[k])];
    if (x !== y) out.push({ kind: 'setting', id: k, change: 'changed', from: x, to: y });
  }
  const ind = (s: RankingResult['spec']) =>
    new Map(s.indicators.map(({ id, label: _l, unit: _u, ...rest }) => [id, JSON.stringify(rest)]));
  const dim = (s: RankingResult['spec']) =>
    new Map(s.dimensions.map(({ id, label: _l, ...rest }) => [id, JSON.stringify(rest)]));
  for (const [kind, of] of [
    ['indicator', ind],
    ['dimension', dim],
  ] as const) {
    const [ka, kb] = [of(a), of(b)];
    for (const [id, v] of kb)
      if (!ka.has(id)) out.push({ kind, id, change: 'added' });
      else if (ka.get(id) !== v) out.push({ kind, id, change: 'changed' });
    for (const id of ka.keys()) if (!kb.has(id)) out.push({ kind, id, change: 'removed' });
  }
  return out;
}

/** Rank and score change of each entity since the previous edition's result of the same ranking. */
export function compareRankings(
  previous: RankingResult,
  current: RankingResult,
): { changes: Map<string, Change>; methodChanged: MethodChange[] } {
  const before = new Map(previous.entities.map((e) => [e.id, e]));
  const changes = new Map<string, Change>();
  for (const e of current.entities) {
    const p = before.get(e.id);
    changes.set(
      e.id,
      p
        ? { id: e.id, rankChange: p.rank - e.rank, scoreChange: e.score - p.score, isNew: false }
        : { id: e.id, isNew: true },
    );
  }
  return { changes, methodChanged: methodDifferences(previous.spec, current.spec) };
}

/** "↑3", "↓1", "–" or "新". */
export function changeLabel(c: Change | undefined): string {
  if (!c) return '';
  if (c.isNew) return '新';
  if (!c.rankChange) return '–';
  return c.rankChange > 0 ? `↑${c.rankChange}` : `↓${-c.rankChange}`;
}
